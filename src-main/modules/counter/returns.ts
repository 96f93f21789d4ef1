/**
 * Returns against an original receipt, and voids of the last sale. Both are receipts of their own
 * (with their own numbers) that point at the original; nothing is ever changed or deleted.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { PaymentMethod, Receipt } from '../../../src-shared/contract/sell';
import { divideRounded, splitGross } from '../../../src-shared/money';
import { vatBreakdown, type VatBucket } from '../../../src-shared/pricing';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { readSetting } from '../settings/app-settings';
import { customerOfSale, returnCredit } from '../customers/account';
import { authorise } from './approvals';
import { earlierReceipt, requestHash } from './idempotency';
import { loadReceipt } from './receipts';
import { writeReceipt, type ReceiptLineToWrite } from './receipt-writer';
import { REGISTER_ID, requireOpenShift } from './shift-state';

interface OriginalLine {
  id: number; sale_id: number; kind: 'product' | 'voucher'; product_id: number | null; name: string; sku: string | null; unit: 'piece' | 'kg';
  quantity: number; unit_price_cents: number; gross_cents: number; discount_cents: number; total_cents: number;
  vat_rate_id: number | null; vat_rate_bp: number | null; voucher_code: string | null; price_overridden: number;
}

const conflict = (reason: string, message: string, details: Record<string, string | number> = {}) =>
  new AppError('CONFLICT', message, { details: { reason, ...details } });

function originalSale(ctx: Ctx, saleId: number) {
  const sale = ctx.db.prepare('SELECT id, kind, shift_id, register_id, number, change_cents FROM sales WHERE id = ?').get(saleId) as
    { id: number; kind: string; shift_id: number; register_id: number; number: number; change_cents: number } | undefined;
  if (!sale) throw new AppError('NOT_FOUND', 'There is no such receipt.', { details: { reason: 'receiptNotFound' } });
  if (sale.kind !== 'sale') throw conflict('notASale', 'Only sales can be returned or voided.');
  if (ctx.db.prepare("SELECT 1 FROM sales WHERE original_sale_id = ? AND kind = 'void'").get(saleId)) throw conflict('alreadyVoided', 'This sale was voided.');
  // A handover receipt also released a deposit in the same entry; reversing only its lines would
  // turn the deposit into revenue. Such a receipt is corrected in the books, not at the till.
  if (ctx.db.prepare('SELECT 1 FROM reception_deposits WHERE settled_sale_id = ?').get(saleId)) {
    throw conflict('handoverWithDeposit', 'This receipt handed over work with a deposit; it cannot be returned or voided at the counter.');
  }
  return sale;
}

/** The amount for returning `part` of `whole`, taken cumulatively so partial returns add up exactly. */
const share = (amount: number, part: number, whole: number) => divideRounded(amount * part, whole);

/**
 * VAT of a return, taken cumulatively per rate over all returns of the original sale, so that
 * returning everything in several parts gives back exactly the VAT of the sale, to the cent.
 */
function returnVat(ctx: Ctx, originalSaleId: number, lines: ReceiptLineToWrite[]): VatBucket[] {
  const { vat } = vatBreakdown(lines.map((l) => ({ totalCents: l.totalCents, vatRateId: l.vatRateId, vatRateBp: l.vatRateBasisPoints })));
  return vat.map((bucket) => {
    const earlier = ctx.db.prepare(
      "SELECT coalesce(sum(v.gross_cents), 0) FROM sale_vat v JOIN sales s ON s.id = v.sale_id WHERE s.original_sale_id = ? AND s.kind = 'return' AND v.vat_rate_id = ?",
    ).pluck().get(originalSaleId, bucket.vatRateId) as number;
    const vatCents = splitGross(earlier + bucket.grossCents, bucket.rateBasisPoints).vat - splitGross(earlier, bucket.rateBasisPoints).vat;
    return { ...bucket, vatCents, netCents: bucket.grossCents - vatCents };
  });
}

export function returnSale(ctx: Ctx, input: ParsedInput<'counter.return'>): Receipt {
  const request = requestHash('counter.return', input);
  const repeated = earlierReceipt(ctx, input.clientRef, 'return', request);
  if (repeated !== undefined) return loadReceipt(ctx, repeated);
  const shift = requireOpenShift(ctx);
  originalSale(ctx, input.saleId);
  if (new Set(input.lines.map((l) => l.saleLineId)).size !== input.lines.length) {
    throw new AppError('VALIDATION', 'Each line may appear once.', { details: { reason: 'duplicateLine' } });
  }

  const lines: ReceiptLineToWrite[] = input.lines.map(({ saleLineId, quantity }) => {
    const line = ctx.db.prepare('SELECT * FROM sale_lines WHERE id = ? AND sale_id = ?').get(saleLineId, input.saleId) as OriginalLine | undefined;
    if (!line) throw new AppError('NOT_FOUND', 'This line is not on the receipt.', { details: { reason: 'lineNotOnReceipt' } });
    if (line.kind !== 'product') throw conflict('voucherNotReturnable', 'A sold voucher is not returned; it stays valid.');
    const returned = -(ctx.db.prepare('SELECT coalesce(sum(quantity), 0) FROM sale_lines WHERE original_line_id = ?').pluck().get(line.id) as number);
    if (returned + quantity > line.quantity) {
      throw conflict('returnTooMuch', `Only ${line.quantity - returned} of "${line.name}" can still be returned.`, { name: line.name, returnable: line.quantity - returned });
    }
    const total = share(line.total_cents, returned + quantity, line.quantity) - share(line.total_cents, returned, line.quantity);
    const gross = share(line.gross_cents, returned + quantity, line.quantity) - share(line.gross_cents, returned, line.quantity);
    return {
      kind: 'product', productId: line.product_id, name: line.name, sku: line.sku, unit: line.unit, quantity: -quantity,
      unitPriceCents: line.unit_price_cents, grossCents: -gross, discountCents: -(gross - total), totalCents: -total,
      vatRateId: line.vat_rate_id, vatRateBasisPoints: line.vat_rate_bp, voucherCode: null, originalLineId: line.id, priceOverridden: line.price_overridden === 1,
    };
  });
  const totalCents = lines.reduce((a, l) => a + l.totalCents, 0);
  if (-totalCents > readSetting(ctx.db, 'counter').refundLimitCents) authorise(ctx, 'refund', input.approvalId, `sale:${input.saleId}`);
  const vat = returnVat(ctx, input.saleId, lines);
  // What the sale put on the customer's account comes off it first; the rest is paid out.
  const customerId = customerOfSale(ctx, input.saleId);
  const creditCents = returnCredit(ctx, input.saleId, customerId, -totalCents);
  const payments = [
    ...(creditCents > 0 ? [{ method: 'account' as const, amountCents: -creditCents, voucherCode: null }] : []),
    ...(totalCents + creditCents < 0 ? [{ method: input.refundMethod, amountCents: totalCents + creditCents, voucherCode: null }] : []),
  ];

  const saleId = writeReceipt(ctx, {
    kind: 'return', registerId: REGISTER_ID, shiftId: shift.id, originalSaleId: input.saleId, clientRef: input.clientRef, requestHash: request, lines, vat, totalCents,
    discountCents: lines.reduce((a, l) => a + l.discountCents, 0), changeCents: 0,
    payments, voucherMoves: [], vouchersIssued: [], customerId,
  });
  ctx.audit('counter.return', `sale:${input.saleId}`, undefined, { returnSaleId: saleId, refundCents: -totalCents, method: input.refundMethod, ...(creditCents ? { creditedToAccountCents: creditCents } : {}) });
  return loadReceipt(ctx, saleId);
}

/** Voids the register's last sale in the open shift: an exact, full reversal receipt. */
export function voidSale(ctx: Ctx, input: ParsedInput<'counter.void'>): Receipt {
  const shift = requireOpenShift(ctx);
  const sale = originalSale(ctx, input.saleId);
  const last = ctx.db.prepare('SELECT max(number) FROM sales WHERE register_id = ?').pluck().get(sale.register_id) as number;
  if (sale.number !== last || sale.shift_id !== shift.id) throw conflict('notLastSale', 'Only the last sale of the open shift can be voided; use a return for older sales.');
  authorise(ctx, 'void', input.approvalId, `sale:${sale.id}`);

  const original = ctx.db.prepare('SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no').all(sale.id) as OriginalLine[];
  const voucherMoves: { code: string; amountCents: number }[] = [];
  for (const line of original.filter((l) => l.kind === 'voucher')) {
    const balance = ctx.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM voucher_moves WHERE code = ?').pluck().get(line.voucher_code) as number;
    if (balance !== line.total_cents) throw conflict('voucherUsed', `Voucher ${line.voucher_code} has been used; the sale can only be returned.`);
    voucherMoves.push({ code: line.voucher_code!, amountCents: -line.total_cents });
  }
  const payments = ctx.db.prepare('SELECT method, amount_cents, voucher_code FROM sale_payments WHERE sale_id = ? ORDER BY id').all(sale.id) as
    { method: PaymentMethod; amount_cents: number; voucher_code: string | null }[];
  for (const p of payments) if (p.method === 'voucher') voucherMoves.push({ code: p.voucher_code!, amountCents: p.amount_cents });
  const cashNet = payments.filter((p) => p.method === 'cash').reduce((a, p) => a + p.amount_cents, 0) - sale.change_cents;
  const vat = (ctx.db.prepare('SELECT vat_rate_id, rate_bp, gross_cents, net_cents, vat_cents FROM sale_vat WHERE sale_id = ?').all(sale.id) as
    { vat_rate_id: number; rate_bp: number; gross_cents: number; net_cents: number; vat_cents: number }[])
    .map((v) => ({ vatRateId: v.vat_rate_id, rateBasisPoints: v.rate_bp, grossCents: -v.gross_cents, netCents: -v.net_cents, vatCents: -v.vat_cents }));
  const totals = ctx.db.prepare('SELECT total_cents, discount_cents FROM sales WHERE id = ?').get(sale.id) as { total_cents: number; discount_cents: number };

  const saleId = writeReceipt(ctx, {
    kind: 'void', registerId: sale.register_id, shiftId: shift.id, originalSaleId: sale.id, clientRef: null, requestHash: null,
    lines: original.map((l) => ({
      kind: l.kind, productId: l.product_id, name: l.name, sku: l.sku, unit: l.unit, quantity: -l.quantity, unitPriceCents: l.unit_price_cents,
      grossCents: -l.gross_cents, discountCents: -l.discount_cents, totalCents: -l.total_cents, vatRateId: l.vat_rate_id,
      vatRateBasisPoints: l.vat_rate_bp, voucherCode: l.voucher_code, originalLineId: l.id, priceOverridden: l.price_overridden === 1,
    })),
    vat, totalCents: -totals.total_cents, discountCents: -totals.discount_cents, changeCents: 0,
    payments: [
      ...(cashNet !== 0 ? [{ method: 'cash' as const, amountCents: -cashNet, voucherCode: null }] : []),
      ...payments.filter((p) => p.method !== 'cash').map((p) => ({ method: p.method, amountCents: -p.amount_cents, voucherCode: p.voucher_code })),
    ],
    voucherMoves, vouchersIssued: [], customerId: customerOfSale(ctx, sale.id),
  });
  ctx.audit('counter.void', `sale:${sale.id}`, undefined, { voidSaleId: saleId });
  return loadReceipt(ctx, saleId);
}
