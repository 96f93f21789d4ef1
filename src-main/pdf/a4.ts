/**
 * A4 business documents (purchase orders, delivery notes, invoices) drawn with pdfkit in the main
 * process, so the desktop app and browser mode produce the same file. The caller passes text that
 * is already translated and formatted; this module only lays it out: sender line, address window,
 * title and facts, a table that breaks across pages, totals and notes.
 */
import PDFDocument from 'pdfkit';

export interface A4Column {
  header: string;
  /** Share of the table width (the shares are normalised). */
  width: number;
  align?: 'left' | 'right';
}

export interface A4Document {
  /** Shown in the PDF's metadata and as the big heading. */
  title: string;
  /** The sender's lines (company name first); the first line also heads the page. */
  sender: string[];
  /** The address window (recipient). */
  recipient: string[];
  /** Label/value pairs on the right: number, dates, customer number … */
  facts: [string, string][];
  columns: A4Column[];
  rows: string[][];
  totals?: [string, string][];
  notes?: string[];
  /** Small print at the bottom of every page (tax number, bank …). */
  footer?: string;
}

const MARGIN = 56;
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const BOTTOM = PAGE_HEIGHT - MARGIN - 30;

export function renderA4(spec: A4Document): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: spec.title, Creator: 'Kontor' }, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawHead(doc, spec);
  drawTable(doc, spec.columns, spec.rows);
  drawTotals(doc, spec.totals ?? []);
  for (const note of spec.notes ?? []) {
    ensureSpace(doc, 30);
    doc.font('Helvetica').fontSize(9).text(note, MARGIN, doc.y + 6, { width: CONTENT_WIDTH });
  }
  drawFooters(doc, spec.footer ?? '');
  doc.end();
  return done;
}

function drawHead(doc: PDFKit.PDFDocument, spec: A4Document): void {
  doc.font('Helvetica-Bold').fontSize(14).text(spec.sender[0] ?? '', MARGIN, MARGIN);
  doc.font('Helvetica').fontSize(8).text(spec.sender.join(' · '), MARGIN, 128, { width: 260 });
  doc.fontSize(10).text(spec.recipient.join('\n'), MARGIN, 144, { width: 260 });
  let y = 128;
  for (const [label, value] of spec.facts) {
    doc.font('Helvetica').fontSize(9).text(label, 340, y, { width: 95 });
    doc.font('Helvetica-Bold').text(value, 435, y, { width: CONTENT_WIDTH - 379, align: 'right' });
    y += 14;
  }
  doc.font('Helvetica-Bold').fontSize(16).text(spec.title, MARGIN, Math.max(250, y + 20));
  doc.moveDown(0.8);
}

function columnEdges(columns: A4Column[]): { x: number; width: number }[] {
  const share = columns.reduce((s, c) => s + c.width, 0);
  let x = MARGIN;
  return columns.map((c) => {
    const width = (c.width / share) * CONTENT_WIDTH;
    const edge = { x, width };
    x += width;
    return edge;
  });
}

function drawRow(doc: PDFKit.PDFDocument, columns: A4Column[], cells: string[], bold: boolean): void {
  const edges = columnEdges(columns);
  const top = doc.y;
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: edges[i]!.width - 6 }));
  cells.forEach((cell, i) => {
    doc.text(cell, edges[i]!.x + 3, top, { width: edges[i]!.width - 6, align: columns[i]!.align ?? 'left' });
  });
  const bottom = top + Math.max(12, ...heights) + 4;
  doc.moveTo(MARGIN, bottom - 1).lineTo(MARGIN + CONTENT_WIDTH, bottom - 1).lineWidth(bold ? 0.8 : 0.3).strokeColor('#888').stroke();
  doc.x = MARGIN;
  doc.y = bottom + 2;
}

function drawTable(doc: PDFKit.PDFDocument, columns: A4Column[], rows: string[][]): void {
  const header = columns.map((c) => c.header);
  drawRow(doc, columns, header, true);
  for (const row of rows) {
    if (doc.y > BOTTOM - 20) {
      doc.addPage();
      drawRow(doc, columns, header, true);
    }
    drawRow(doc, columns, row, false);
  }
}

function drawTotals(doc: PDFKit.PDFDocument, totals: [string, string][]): void {
  if (totals.length === 0) return;
  ensureSpace(doc, totals.length * 14 + 10);
  doc.y += 6;
  totals.forEach(([label, value], i) => {
    const last = i === totals.length - 1;
    const y = doc.y;
    doc.font(last ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    doc.text(label, 300, y, { width: 140 });
    doc.text(value, 440, y, { width: CONTENT_WIDTH - 384, align: 'right' });
    doc.y = y + 15;
  });
  doc.x = MARGIN;
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

function drawFooters(doc: PDFKit.PDFDocument, footer: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font('Helvetica').fontSize(7.5).fillColor('#555');
    // Writing below the bottom margin would make pdfkit add a page; lift the margin while drawing.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.text(`${footer}${footer ? '   ' : ''}${i + 1}/${range.count}`, MARGIN, PAGE_HEIGHT - 40, { width: CONTENT_WIDTH, align: 'center' });
    doc.page.margins.bottom = bottomMargin;
    doc.fillColor('black');
  }
}
