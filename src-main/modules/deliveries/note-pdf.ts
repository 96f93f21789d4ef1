/**
 * The delivery note (Lieferschein) as an A4 PDF: sender = the company, the recipient's address,
 * number, date and reference, then position, SKU, name and quantity — no prices, it travels with
 * the goods. Texts follow the shop's language (the document is the shop's, not the reader's).
 */
import type { Delivery } from '../../../src-shared/contract/deliveries';
import { translations } from '../../../src-shared/i18n';
import type { Ctx } from '../../core/context';
import { localDay } from '../../core/clock';
import type { A4Document } from '../../pdf/a4';
import { companyFooter, countryLines, fillTemplate, formatDay, formatQuantity, letterDownload, PDF_LOCALE, senderLines } from '../../pdf/letter';
import { shopLanguage } from '../ledger/posting-texts';
import { getCompany } from '../settings/service';
import { getDelivery } from './read';

type PdfTexts = (typeof translations)['de']['deliveries']['pdf'];

/** The day the goods left, or the planned day while they have not. */
function noteDay(delivery: Delivery): string {
  return delivery.shippedAt ? localDay(new Date(delivery.shippedAt)) : delivery.plannedOn;
}

function recipientLines(d: Delivery, companyCountry: string, locale: string, texts: PdfTexts): string[] {
  const r = d.recipient;
  const lines = [r.name];
  if (r.contact) lines.push(fillTemplate(texts.attention, { contact: r.contact }));
  lines.push(r.street, `${r.postalCode} ${r.city}`, ...countryLines(r.countryCode, companyCountry, locale));
  return lines;
}

/** Everything the PDF says, read from the database (synchronously, in one transaction). */
export function deliveryNoteSpec(ctx: Ctx, id: number): { fileName: string; doc: A4Document } {
  const delivery = getDelivery(ctx, id);
  const company = getCompany(ctx);
  const lang = shopLanguage(ctx);
  const texts = translations[lang].deliveries.pdf;
  const locale = PDF_LOCALE[lang];
  const facts: [string, string][] = [[texts.number, String(delivery.number)], [texts.date, formatDay(noteDay(delivery), locale)]];
  if (delivery.reference) facts.push([texts.reference, delivery.reference]);
  if (delivery.recipient.phone) facts.push([texts.phone, delivery.recipient.phone]);
  const notes = [delivery.note, texts.received].filter((n) => n !== '');
  const title = fillTemplate(delivery.status === 'cancelled' ? texts.titleCancelled : texts.title, { number: delivery.number });
  return {
    fileName: fillTemplate(texts.fileName, { number: delivery.number }),
    doc: {
      title,
      sender: senderLines(company),
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
      footer: companyFooter(company, texts),
    },
  };
}

export function deliveryNotePdf(ctx: Ctx, id: number): Promise<{ fileName: string; base64: string }> {
  return letterDownload(ctx, () => deliveryNoteSpec(ctx, id));
}
