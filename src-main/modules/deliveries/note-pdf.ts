/**
 * The delivery note (Lieferschein) as an A4 PDF: sender = the company, the recipient's address,
 * number, date and reference, then position, SKU, name and quantity — no prices, it travels with
 * the goods. Texts follow the shop's language (the document is the shop's, not the reader's).
 */
import type { Delivery } from '../../../src-shared/contract/deliveries';
import type { Language } from '../../../src-shared/countries';
import { translations } from '../../../src-shared/i18n';
import type { Ctx } from '../../core/context';
import { localDay } from '../../core/clock';
import { renderA4, type A4Document } from '../../pdf/a4';
import { shopLanguage } from '../ledger/posting-texts';
import { getCompany } from '../settings/service';
import { getDelivery } from './read';

type PdfTexts = (typeof translations)['de']['deliveries']['pdf'];

const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name] ?? ''));
}

function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

function formatQuantity(thousandths: number, unit: 'piece' | 'kg', locale: string, texts: PdfTexts): string {
  const digits = unit === 'kg' ? 3 : 0;
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: 3 }).format(thousandths / 1000);
  return `${amount} ${unit === 'kg' ? texts.kg : texts.piece}`;
}

/** The day the goods left, or the planned day while they have not. */
function noteDay(delivery: Delivery): string {
  return delivery.shippedAt ? localDay(new Date(delivery.shippedAt)) : delivery.plannedOn;
}

function recipientLines(d: Delivery, companyCountry: string, locale: string, texts: PdfTexts): string[] {
  const r = d.recipient;
  const lines = [r.name];
  if (r.contact) lines.push(fill(texts.attention, { contact: r.contact }));
  lines.push(r.street, `${r.postalCode} ${r.city}`);
  // Abroad, the country is the last line of the address, in the sender's language.
  if (r.countryCode !== companyCountry) lines.push(new Intl.DisplayNames([locale], { type: 'region' }).of(r.countryCode) ?? r.countryCode);
  return lines;
}

/** Everything the PDF says, read from the database (synchronously, in one transaction). */
export function deliveryNoteSpec(ctx: Ctx, id: number): { fileName: string; doc: A4Document } {
  const delivery = getDelivery(ctx, id);
  const company = getCompany(ctx);
  const lang = shopLanguage(ctx);
  const texts = translations[lang].deliveries.pdf;
  const locale = LOCALE[lang];
  const facts: [string, string][] = [[texts.number, String(delivery.number)], [texts.date, formatDay(noteDay(delivery), locale)]];
  if (delivery.reference) facts.push([texts.reference, delivery.reference]);
  if (delivery.recipient.phone) facts.push([texts.phone, delivery.recipient.phone]);
  const notes = [delivery.note, texts.received].filter((n) => n !== '');
  const footer = [
    company.name, company.street, `${company.postalCode} ${company.city}`.trim(),
    company.vatId && fill(texts.vatId, { vatId: company.vatId }), company.taxNumber && fill(texts.taxNumber, { taxNumber: company.taxNumber }),
    company.email, company.phone,
  ].filter((part) => part !== '').join(' · ');
  const title = fill(delivery.status === 'cancelled' ? texts.titleCancelled : texts.title, { number: delivery.number });
  return {
    fileName: fill(texts.fileName, { number: delivery.number }),
    doc: {
      title,
      sender: [company.name, company.street, `${company.postalCode} ${company.city}`.trim()].filter((s) => s !== ''),
      recipient: recipientLines(delivery, company.countryCode, locale, texts),
      facts,
      columns: [
        { header: texts.position, width: 0.6 },
        { header: texts.sku, width: 1.4 },
        { header: texts.name, width: 4 },
        { header: texts.quantity, width: 1.4, align: 'right' },
      ],
      rows: delivery.lines.map((l) => [String(l.position), l.sku, l.name, formatQuantity(l.quantity, l.unit, locale, texts)]),
      notes,
      footer,
    },
  };
}

export async function deliveryNotePdf(ctx: Ctx, id: number): Promise<{ fileName: string; base64: string }> {
  const { fileName, doc } = ctx.db.transaction(() => deliveryNoteSpec(ctx, id)).deferred();
  const bytes = await renderA4(doc);
  return { fileName, base64: bytes.toString('base64') };
}
