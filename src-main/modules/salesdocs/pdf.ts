/**
 * A sales document as an A4 PDF (laid out by renderA4), in the shop's language: the document is
 * the shop's, not the reader's. For invoices and credit notes it carries everything §14 Abs. 4
 * UStG asks for: the seller's name and address with tax number or VAT ID (sender line and
 * footer), the buyer's name and address and VAT ID, the document date, the consecutive number,
 * the delivery or performance date (a day or a period; the document date when none was given),
 * quantity and description of every line, unit prices, net per VAT rate, rate and tax per rate,
 * the gross total, and payment terms with the due day. A credit note names the invoice it
 * corrects. Drafts say so in the title and carry no number.
 */
import type { SalesDocument, SalesDocumentKind, SalesUnit } from '../../../src-shared/contract/salesdocs';
import type { Language } from '../../../src-shared/countries';
import { translations } from '../../../src-shared/i18n';
import { formatMoney, formatPercent } from '../../../src-shared/money';
import type { Ctx } from '../../core/context';
import type { A4Document } from '../../pdf/a4';
import { companyFooter, countryLines, fillTemplate, formatDay, letterDownload, PDF_LOCALE, senderLines } from '../../pdf/letter';
import { requireCustomer } from '../customers/records';
import { shopLanguage } from '../ledger/posting-texts';
import { getCompany } from '../settings/service';
import { documentRow, getDocument } from './read';

type Texts = (typeof translations)['de']['salesdocs']['pdf'];

interface Formats {
  texts: Texts;
  locale: string;
  money: (cents: number) => string;
  day: (day: string) => string;
  percent: (bp: number) => string;
}

function formats(lang: Language, currency: string): Formats {
  const locale = PDF_LOCALE[lang];
  return {
    texts: translations[lang].salesdocs.pdf,
    locale,
    money: (cents) => formatMoney(cents, currency, locale),
    day: (day) => formatDay(day, locale),
    percent: (bp) => formatPercent(bp, locale),
  };
}

function quantityText(thousandths: number, unit: SalesUnit, f: Formats): string {
  const amount = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 3 }).format(thousandths / 1000);
  return `${amount} ${f.texts.units[unit]}`;
}

/** Delivery or performance date as printed: a day, a period, or the document date. */
function deliveryText(d: SalesDocument, f: Formats): string | null {
  if (d.deliveryFrom && d.deliveryTo && d.deliveryTo !== d.deliveryFrom) return fillTemplate(f.texts.period, { from: f.day(d.deliveryFrom), to: f.day(d.deliveryTo) });
  if (d.deliveryFrom) return f.day(d.deliveryFrom);
  if (d.kind === 'invoice' || d.kind === 'creditNote') return d.documentDate ? f.day(d.documentDate) : f.texts.deliveryIsDocumentDate;
  return null;
}

function facts(ctx: Ctx, d: SalesDocument, f: Formats): [string, string][] {
  const t = f.texts;
  const out: [string, string][] = [];
  if (d.number) out.push([t.numberLabel[d.kind], d.number]);
  out.push([t.dateLabel[d.kind], d.documentDate ? f.day(d.documentDate) : t.notIssued]);
  out.push([t.customerNumber, String(requireCustomer(ctx, d.customerId, { allowInactive: true }).number)]);
  if (d.buyer.vatId) out.push([t.buyerVatId, d.buyer.vatId]);
  if (d.reference) out.push([t.reference, d.reference]);
  const delivery = deliveryText(d, f);
  if (delivery) out.push([d.deliveryTo ? t.deliveryPeriod : t.deliveryDate, delivery]);
  if (d.kind === 'creditNote' && d.sourceNumber) out.push([t.correctsInvoice, d.sourceNumber]);
  if (d.kind === 'invoice' && d.dueOn) out.push([t.dueOn, f.day(d.dueOn)]);
  if (d.kind === 'quote' && d.validUntil) out.push([t.validUntil, f.day(d.validUntil)]);
  return out;
}

function recipient(d: SalesDocument, companyCountry: string, f: Formats): string[] {
  const b = d.buyer;
  return [b.name, b.street, `${b.postalCode} ${b.city}`.trim()].filter((l) => l !== '').concat(countryLines(b.countryCode, companyCountry, f.locale));
}

function table(d: SalesDocument, f: Formats): Pick<A4Document, 'columns' | 'rows'> {
  const t = f.texts;
  const discounts = d.lines.some((l) => l.discountBasisPoints > 0);
  const columns: A4Document['columns'] = [
    { header: t.position, width: 0.5 },
    { header: t.description, width: discounts ? 3.2 : 3.8 },
    { header: t.quantity, width: 1.1, align: 'right' },
    { header: t.unitPrice, width: 1.3, align: 'right' },
    ...(discounts ? [{ header: t.discount, width: 0.8, align: 'right' as const }] : []),
    { header: t.vatRate, width: 0.7, align: 'right' },
    { header: t.lineNet, width: 1.4, align: 'right' },
  ];
  const rows = d.lines.map((l) => [
    String(l.position),
    l.sku ? `${l.description}\n${fillTemplate(t.sku, { sku: l.sku })}` : l.description,
    quantityText(l.quantity, l.unit, f),
    f.money(l.unitPriceCents),
    ...(discounts ? [l.discountBasisPoints > 0 ? f.percent(l.discountBasisPoints) : ''] : []),
    f.percent(l.rateBasisPoints),
    f.money(l.netCents),
  ]);
  return { columns, rows };
}

function totals(d: SalesDocument, f: Formats): [string, string][] {
  const t = f.texts;
  const out: [string, string][] = [];
  for (const r of d.rates) {
    const rate = f.percent(r.rateBasisPoints);
    out.push([fillTemplate(t.netAtRate, { rate }), f.money(r.netCents)]);
    out.push([fillTemplate(t.vatAtRate, { rate }), f.money(r.vatCents)]);
  }
  if (d.rates.length > 1) out.push([t.netTotal, f.money(d.netCents)], [t.vatTotal, f.money(d.vatCents)]);
  out.push([t.grossTotal[d.kind], f.money(d.grossCents)]);
  return out;
}

function notes(ctx: Ctx, d: SalesDocument, f: Formats): string[] {
  const t = f.texts;
  const out: string[] = [];
  if (d.status === 'draft') out.push(t.draftNote);
  if (d.intro) out.push(d.intro);
  if (d.kind === 'creditNote' && d.sourceId !== null) {
    const invoice = documentRow(ctx, d.sourceId);
    out.push(fillTemplate(t.correctionNote, { number: invoice.number ?? '', date: invoice.document_date ? f.day(invoice.document_date) : '' }));
  }
  if (d.kind === 'invoice') {
    const due = d.dueOn ? f.day(d.dueOn) : null;
    out.push(d.paymentTermsDays === 0 ? t.payNow : due ? fillTemplate(t.payBy, { date: due, days: d.paymentTermsDays }) : fillTemplate(t.payWithin, { days: d.paymentTermsDays }));
  }
  if (d.kind === 'quote' && d.validUntil) out.push(fillTemplate(t.quoteValid, { date: f.day(d.validUntil) }));
  if (d.note) out.push(d.note);
  return out;
}

/** Everything the PDF says, read from the database (synchronously, in one transaction). */
export function salesDocumentSpec(ctx: Ctx, id: number): { fileName: string; doc: A4Document } {
  const d = getDocument(ctx, id);
  const company = getCompany(ctx);
  const f = formats(shopLanguage(ctx), company.currency);
  const t = f.texts;
  const kindName = t.kinds[d.kind as SalesDocumentKind];
  const title = d.status === 'draft' ? fillTemplate(t.titleDraft, { kind: kindName }) : `${kindName} ${d.number}`;
  return {
    fileName: `${d.number ?? fillTemplate(t.draftFileName, { kind: kindName, id: d.id })}.pdf`,
    doc: {
      title,
      sender: senderLines(company),
      recipient: recipient(d, company.countryCode, f),
      facts: facts(ctx, d, f),
      ...table(d, f),
      totals: totals(d, f),
      notes: notes(ctx, d, f),
      footer: companyFooter(company, { vatId: t.sellerVatId, taxNumber: t.sellerTaxNumber }),
    },
  };
}

export function salesDocumentPdf(ctx: Ctx, id: number): Promise<{ fileName: string; base64: string }> {
  return letterDownload(ctx, () => salesDocumentSpec(ctx, id));
}
