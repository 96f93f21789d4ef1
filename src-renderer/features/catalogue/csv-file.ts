/**
 * Reading a product CSV in the renderer: papaparse splits the file (semicolon, comma or tab,
 * whichever the header line uses; a BOM is dropped), the header names the columns, every later record
 * becomes a row for `catalogue.csv.preview` / `catalogue.csv.import`. Row numbers count records
 * with the header as row 1 (a quoted value spanning lines is still one row).
 */
import Papa from 'papaparse';
import { CSV_COLUMNS, type CsvColumn, type CsvPreviewRow, type CsvRow } from '../../../src-shared/contract/catalogue';

/** The longest value each column may carry to the core (longer ones are cut here and reported there). */
const MAX: Record<CsvColumn, number> = { sku: 200, name: 500, category: 200, price: 50, vat_rate: 50, unit: 50, cost: 50, active: 50, barcodes: 2000 };

export interface ParsedCsv {
  rows: CsvRow[];
  missing: CsvColumn[];
  unknown: string[];
  parseError: { line: number; message: string } | null;
}

/** The separator the header line uses most: semicolon (preferred on a tie), comma or tab. */
function headerDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return [';', ',', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

export function parseProductCsv(text: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, { delimiter: headerDelimiter(body), skipEmptyLines: false });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) return { rows: [], missing: [], unknown: [], parseError: { line: (fatal.row ?? 0) + 1, message: fatal.message } };
  const [header = [], ...records] = result.data;
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => n !== '' && !(CSV_COLUMNS as readonly string[]).includes(n));
  const missing = (['sku'] as const).filter((c) => !names.includes(c));
  const rows: CsvRow[] = [];
  records.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row: CsvRow = { line: index + 2 };
    names.forEach((name, i) => {
      if ((CSV_COLUMNS as readonly string[]).includes(name)) row[name as CsvColumn] = (cells[i] ?? '').slice(0, MAX[name as CsvColumn]);
    });
    rows.push(row);
  });
  return { rows, missing, unknown, parseError: null };
}

export function batches<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * The core checks duplicates inside each batch; this adds the ones across batches: a SKU or a
 * barcode on an earlier row of the file makes the later row an error.
 */
export function markDuplicates(rows: readonly CsvRow[], preview: CsvPreviewRow[]): CsvPreviewRow[] {
  const skus = new Map<string, number>();
  const codes = new Map<string, number>();
  const byLine = new Map(rows.map((r) => [r.line, r]));
  return preview.map((p) => {
    const issues = [...p.issues];
    const sku = p.sku.toLowerCase();
    if (sku) {
      const first = skus.get(sku);
      if (first === undefined) skus.set(sku, p.line);
      else if (!issues.some((i) => i.reason === 'duplicateSku')) issues.push({ column: 'sku', reason: 'duplicateSku', value: p.sku });
    }
    for (const code of (byLine.get(p.line)?.barcodes ?? '').split(/[\s,|]+/).filter(Boolean)) {
      const first = codes.get(code);
      if (first === undefined) codes.set(code, p.line);
      else if (first !== p.line && !issues.some((i) => i.reason === 'barcodeDuplicate' && i.value === code)) issues.push({ column: 'barcodes', reason: 'barcodeDuplicate', value: code });
    }
    return issues.length === p.issues.length ? p : { ...p, issues, action: 'error' };
  });
}
