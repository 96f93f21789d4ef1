/**
 * The purchase order as an A4 PDF to send to the supplier: our letterhead, the supplier's
 * address, order number, date, our customer number there, the expected delivery day and where the
 * goods go; then per line their article number and ours, the name, quantity, net unit price and
 * line net, and the net total. A draft can be printed too (for checking); its title says so.
 * Texts follow the shop's language: the document is the shop's, not the reader's.
 */
import type { PurchaseOrder } from '../../../src-shared/contract/purchasing';
import type { Language } from '../../../src-shared/countries';
import { translations } from '../../../src-shared/i18n';
import { formatMoney } from '../../../src-shared/money';
import { localDay } from '../../core/clock';
import type { Ctx } from '../../core/context';
import { renderA4, type A4Document } from '../../pdf/a4';
import { shopLanguage } from '../ledger/posting-texts';
import { getCompany } from '../settings/service';
import { supplierRow } from './lookups';
import { getOrder } from './orders';

type PdfTexts = (typeof translations)['de']['purchasingPdf'];

const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name] ?? ''));
}

function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

function formatQuantity(thousandths: number, unit: 'piece' | 'kg', locale: string, texts: PdfTexts): string {
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: unit === 'kg' ? 3 : 0, maximumFractionDigits: 3 }).format(thousandths / 1000);
  return `${amount} ${unit === 'kg' ? texts.kg : texts.piece}`;
}

function titleOf(order: PurchaseOrder, texts: PdfTexts): string {
  if (order.status === 'draft') return fill(texts.titleDraft, { number: order.number });
  if (order.status === 'cancelled') return fill(texts.titleCancelled, { number: order.number });
  return fill(texts.title, { number: order.number });
}

/** Everything the PDF says, read from the database (synchronously, in one transaction). */
export function orderPdfSpec(ctx: Ctx, orderId: number): { fileName: string; doc: A4Document } {
  const order = getOrder(ctx, orderId);
  const supplier = supplierRow(ctx, order.supplierId);
  const company = getCompany(ctx);
  const lang = shopLanguage(ctx);
  const texts = translations[lang].purchasingPdf;
  const locale = LOCALE[lang];
  const money = (cents: number) => formatMoney(cents, company.currency, locale);

  const recipient = [supplier.name];
  if (supplier.contact_person) recipient.push(fill(texts.attention, { contact: supplier.contact_person }));
  recipient.push(supplier.street, `${supplier.postal_code} ${supplier.city}`.trim());
  // Abroad, the country is the last line of the address, in the sender's language.
  if (supplier.country_code !== company.countryCode) {
    recipient.push(new Intl.DisplayNames([locale], { type: 'region' }).of(supplier.country_code) ?? supplier.country_code);
  }

  const facts: [string, string][] = [
    [texts.number, String(order.number)],
    [texts.date, formatDay(localDay(new Date(order.orderedAt ?? order.createdAt)), locale)],
  ];
  if (supplier.customer_number) facts.push([texts.customerNumber, supplier.customer_number]);
  if (order.expectedOn) facts.push([texts.expectedOn, formatDay(order.expectedOn, locale)]);
  facts.push([texts.location, order.locationName]);

  const footer = [
    company.name,
    company.vatId && fill(texts.vatId, { vatId: company.vatId }),
    company.taxNumber && fill(texts.taxNumber, { taxNumber: company.taxNumber }),
    company.email, company.phone,
  ].filter((part) => part !== '').join(' · ');

  return {
    fileName: fill(order.status === 'draft' ? texts.fileNameDraft : texts.fileName, { number: order.number }),
    doc: {
      title: titleOf(order, texts),
      sender: [company.name, company.street, `${company.postalCode} ${company.city}`.trim()].filter((s) => s !== ''),
      recipient: recipient.filter((line) => line !== ''),
      facts,
      columns: [
        { header: texts.position, width: 0.5 },
        { header: texts.supplierSku, width: 1.3 },
        { header: texts.sku, width: 1.1 },
        { header: texts.name, width: 3 },
        { header: texts.quantity, width: 1.2, align: 'right' },
        { header: texts.unitPrice, width: 1.3, align: 'right' },
        { header: texts.lineNet, width: 1.3, align: 'right' },
      ],
      rows: order.lines.map((l, i) => [
        String(i + 1), l.supplierSku, l.sku, l.name,
        formatQuantity(l.quantity, l.unit, locale, texts),
        fill(l.unit === 'kg' ? texts.pricePerKg : texts.pricePerPiece, { price: money(l.unitCostCents) }),
        money(l.lineNetCents),
      ]),
      totals: [[texts.netTotal, money(order.netCents)]],
      notes: [order.note, order.status === 'draft' ? '' : texts.pleaseConfirm].filter((n) => n !== ''),
      footer,
    },
  };
}

export async function orderPdf(ctx: Ctx, orderId: number): Promise<{ fileName: string; base64: string }> {
  const { fileName, doc } = ctx.db.transaction(() => orderPdfSpec(ctx, orderId)).deferred();
  const bytes = await renderA4(doc);
  return { fileName, base64: bytes.toString('base64') };
}
