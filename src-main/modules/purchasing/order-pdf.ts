/**
 * The purchase order as an A4 PDF to send to the supplier: our letterhead, the supplier's
 * address, order number, date, our customer number there, the expected delivery day and where the
 * goods go; then per line their article number and ours, the name, quantity, net unit price and
 * line net, and the net total. A draft can be printed too (for checking); its title says so.
 * Texts follow the shop's language: the document is the shop's, not the reader's.
 */
import type { PurchaseOrder } from '../../../src-shared/contract/purchasing';
import { translations } from '../../../src-shared/i18n';
import { formatMoney } from '../../../src-shared/money';
import { localDay } from '../../core/clock';
import type { Ctx } from '../../core/context';
import type { A4Document } from '../../pdf/a4';
import { companyFooter, countryLines, fillTemplate, formatDay, formatQuantity, letterDownload, PDF_LOCALE, senderLines } from '../../pdf/letter';
import { shopLanguage } from '../ledger/posting-texts';
import { getCompany } from '../settings/service';
import { supplierRow } from './lookups';
import { getOrder } from './orders';

type PdfTexts = (typeof translations)['de']['purchasingPdf'];

function titleOf(order: PurchaseOrder, texts: PdfTexts): string {
  if (order.status === 'draft') return fillTemplate(texts.titleDraft, { number: order.number });
  if (order.status === 'cancelled') return fillTemplate(texts.titleCancelled, { number: order.number });
  return fillTemplate(texts.title, { number: order.number });
}

/** Everything the PDF says, read from the database (synchronously, in one transaction). */
export function orderPdfSpec(ctx: Ctx, orderId: number): { fileName: string; doc: A4Document } {
  const order = getOrder(ctx, orderId);
  const supplier = supplierRow(ctx, order.supplierId);
  const company = getCompany(ctx);
  const lang = shopLanguage(ctx);
  const texts = translations[lang].purchasingPdf;
  const locale = PDF_LOCALE[lang];
  const money = (cents: number) => formatMoney(cents, company.currency, locale);

  const recipient = [supplier.name];
  if (supplier.contact_person) recipient.push(fillTemplate(texts.attention, { contact: supplier.contact_person }));
  recipient.push(supplier.street, `${supplier.postal_code} ${supplier.city}`.trim(), ...countryLines(supplier.country_code, company.countryCode, locale));

  const facts: [string, string][] = [
    [texts.number, String(order.number)],
    [texts.date, formatDay(localDay(new Date(order.orderedAt ?? order.createdAt)), locale)],
  ];
  if (supplier.customer_number) facts.push([texts.customerNumber, supplier.customer_number]);
  if (order.expectedOn) facts.push([texts.expectedOn, formatDay(order.expectedOn, locale)]);
  facts.push([texts.location, order.locationName]);

  return {
    fileName: fillTemplate(order.status === 'draft' ? texts.fileNameDraft : texts.fileName, { number: order.number }),
    doc: {
      title: titleOf(order, texts),
      sender: senderLines(company),
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
        fillTemplate(l.unit === 'kg' ? texts.pricePerKg : texts.pricePerPiece, { price: money(l.unitCostCents) }),
        money(l.lineNetCents),
      ]),
      totals: [[texts.netTotal, money(order.netCents)]],
      notes: [order.note, order.status === 'draft' ? '' : texts.pleaseConfirm].filter((n) => n !== ''),
      // The address already stands in the letterhead's sender line.
      footer: companyFooter(company, texts, { address: false }),
    },
  };
}

export function orderPdf(ctx: Ctx, orderId: number): Promise<{ fileName: string; base64: string }> {
  return letterDownload(ctx, () => orderPdfSpec(ctx, orderId));
}
