/**
 * Handing a ready order over and billing it, in one transaction.
 *
 * Design: the receipt is a normal counter sale (numbered, hash-chained, in the shift, linked to
 * the customer) with two kinds of line: the work at its full price, and one negative line per
 * deposit ("less deposit of …") at the deposit's VAT rate. So the receipt prints price, minus
 * deposit, and the rest paid now, and its tenders add up to its total like any other receipt.
 * Its VAT per rate is the VAT on the whole price less the VAT already paid with the deposits
 * (the rule for final invoices after deposits, §14 Abs. 5 UStG), so in total exactly the VAT of
 * the full price is booked, without a rounding cent of drift.
 * The receipt's own journal entry also releases each deposit: customer-deposits liability (net)
 * to the revenue account of its rate (so a fully prepaid job still has an entry). Together:
 * revenue appears only now (the full net price), the liability returns to zero, and the VAT
 * booked at deposit time stays where it is.
 * The counter's checkout is not used because it prices catalogue products; the receipt writer is.
 */
import { splitGross } from '../../../src-shared/money';
import { vatBreakdown } from '../../../src-shared/pricing';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Receipt } from '../../../src-shared/contract/sell';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { vatAccounts } from '../ledger/service';
import { handOverWorkOrder, workOrderRow } from '../production/work-orders';
import { loadReceipt } from '../counter/receipts';
import { writeReceipt, type ReceiptLineToWrite } from '../counter/receipt-writer';
import { REGISTER_ID, requireOpenShift } from '../counter/shift-state';
import { openDeposits, workVatRate } from './deposits';
import { printedDay, receptionText } from './texts';

const invalid = (reason: string, message: string, details: Record<string, string | number> = {}) =>
  new AppError('VALIDATION', message, { details: { reason, ...details } });

/** The rate the work is sold at: chosen at take-in; for orders made elsewhere the product's, else the standard rate. */
function saleRate(ctx: Ctx, workOrderId: number, productId: number | null): { id: number; bp: number } {
  const chosen = ctx.db.prepare('SELECT vat_rate_id FROM reception_orders WHERE work_order_id = ?').pluck().get(workOrderId) as number | undefined;
  if (chosen !== undefined) return ctx.db.prepare('SELECT id, rate_bp AS bp FROM vat_rates WHERE id = ?').get(chosen) as { id: number; bp: number };
  const ofProduct = productId === null ? undefined : ctx.db.prepare('SELECT vat_rate_id FROM products WHERE id = ?').pluck().get(productId) as number | undefined;
  return workVatRate(ctx, ofProduct ?? null);
}

function finalPrice(row: { number: number; price_cents: number | null; price_is_estimate: number }, given: number | null): number {
  if (row.price_cents !== null && row.price_is_estimate === 0) {
    if (given !== null && given !== row.price_cents) throw invalid('priceAgreed', `Work order ${row.number} has an agreed price.`);
    return row.price_cents;
  }
  if (given === null) throw invalid('finalPriceRequired', `Work order ${row.number} needs its final price.`);
  return given;
}

export function handOver(ctx: Ctx, input: ParsedInput<'reception.handOver'>): Receipt | null {
  const row = workOrderRow(ctx, input.workOrderId);
  const shift = requireOpenShift(ctx);
  // Refuses anything but a ready customer order or service job before anything is written.
  handOverWorkOrder(ctx, row.id, input.note);
  const price = finalPrice(row, input.finalPriceCents);
  const deposits = openDeposits(ctx, row.id);
  const depositCents = deposits.reduce((a, d) => a + d.amount_cents, 0);
  if (depositCents > price) throw invalid('depositExceedsPrice', 'The deposit is more than the price.');
  const rest = price - depositCents;
  // Free work with nothing paid has nothing to bill: no receipt, no entry (an empty entry is refused).
  if (price === 0 && deposits.length === 0) {
    ctx.audit('reception.handOver', `workOrder:${row.id}`, undefined, { saleId: null, priceCents: 0, depositCents: 0, restCents: 0 });
    return null;
  }

  const payments = input.payments.filter((p) => p.amountCents > 0);
  const paid = payments.reduce((a, p) => a + p.amountCents, 0);
  const card = payments.reduce((a, p) => a + (p.method === 'card' ? p.amountCents : 0), 0);
  if (paid < rest) throw invalid('underpaid', `${rest - paid} cents are still open.`, { missingCents: rest - paid });
  if (card > rest) throw invalid('overpaidNonCash', 'Card payments cannot exceed the total; only cash gives change.');

  const rate = saleRate(ctx, row.id, row.product_id);
  const quantity = row.quantity ?? 1000;
  const product = row.product_id === null ? undefined
    : ctx.db.prepare('SELECT sku, unit FROM products WHERE id = ?').get(row.product_id) as { sku: string | null; unit: 'piece' | 'kg' };
  const line = (l: Pick<ReceiptLineToWrite, 'productId' | 'name' | 'sku' | 'unit' | 'quantity' | 'unitPriceCents' | 'vatRateId' | 'vatRateBasisPoints'> & { cents: number }): ReceiptLineToWrite => ({
    kind: 'product', ...l, grossCents: l.cents, discountCents: 0, totalCents: l.cents, voucherCode: null, originalLineId: null, priceOverridden: false,
  });
  const lines = [
    line({
      productId: row.product_id, name: receptionText(ctx, 'workLine', { number: row.number, title: row.title }), sku: product?.sku ?? null,
      unit: product?.unit ?? 'piece', quantity, unitPriceCents: Math.round((price * 1000) / quantity), vatRateId: rate.id, vatRateBasisPoints: rate.bp, cents: price,
    }),
    ...deposits.map((d) => line({
      productId: null, name: receptionText(ctx, 'depositLine', { day: printedDay(ctx, d.at.slice(0, 10)) }), sku: null, unit: 'piece', quantity: 1000,
      unitPriceCents: -d.amount_cents, vatRateId: d.vat_rate_id, vatRateBasisPoints: d.rate_bp, cents: -d.amount_cents,
    })),
  ];
  // Per rate: the VAT of the full price at that rate, less the VAT the deposits at that rate already paid.
  const vat = vatBreakdown(lines.map((l) => ({ totalCents: l.totalCents, vatRateId: l.vatRateId, vatRateBp: l.vatRateBasisPoints }))).vat.map((b) => {
    const full = b.vatRateId === rate.id ? splitGross(price, rate.bp).vat : 0;
    const paidVat = deposits.filter((d) => d.vat_rate_id === b.vatRateId).reduce((a, d) => a + d.vat_cents, 0);
    const vatCents = b.rateBasisPoints === 0 ? 0 : full - paidVat;
    return { ...b, vatCents, netCents: b.grossCents - vatCents };
  });

  const saleId = writeReceipt(ctx, {
    kind: 'sale', registerId: REGISTER_ID, shiftId: shift.id, originalSaleId: null, clientRef: null, requestHash: null, customerId: row.customer_id,
    lines, vat, totalCents: rest, discountCents: 0, changeCents: paid - rest,
    payments: payments.map((p) => ({ method: p.method, amountCents: p.amountCents, voucherCode: null })),
    voucherMoves: [], vouchersIssued: [],
    extraJournalLines: deposits.flatMap((d) => [
      { account: 'customerDeposits', amountCents: d.net_cents, vatRateId: d.vat_rate_id },
      { account: vatAccounts(ctx, d.rate_bp).revenue, amountCents: -d.net_cents, vatRateId: d.vat_rate_id },
    ]),
  });
  const entryId = ctx.db.prepare('SELECT journal_entry_id FROM sales WHERE id = ?').pluck().get(saleId) as number;
  const settle = ctx.db.prepare('UPDATE reception_deposits SET settled_sale_id = ?, settled_entry_id = ? WHERE id = ?');
  for (const d of deposits) settle.run(saleId, entryId, d.id);
  ctx.audit('reception.handOver', `workOrder:${row.id}`, undefined, { saleId, priceCents: price, depositCents, restCents: rest });
  return loadReceipt(ctx, saleId);
}
