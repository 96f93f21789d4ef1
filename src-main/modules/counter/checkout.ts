/**
 * `counter.checkout`: one command, one transaction. The cart is priced again from the catalogue
 * (only approved overrides and discounts count), payments are checked, and the receipt is written
 * with its number, lines, payments, vouchers, stock moves, journal entry and hash-chain link.
 */
import crypto from 'node:crypto';
import type { ParsedInput } from '../../../src-shared/contract';
import { parseBarcode } from '../../../src-shared/barcode';
import type { Language } from '../../../src-shared/countries';
import { translations } from '../../../src-shared/i18n';
import { priceCart, type Discount, type PricingLine } from '../../../src-shared/pricing';
import type { Receipt } from '../../../src-shared/contract/sell';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { readSetting } from '../settings/app-settings';
import { refuseFractionalPieces } from '../stock/lookups';
import { checkSaleCustomer } from '../customers/account';
import { authorise } from './approvals';
import { loadProduct } from './lookup';
import { earlierReceipt, requestHash } from './idempotency';
import { loadReceipt } from './receipts';
import type { ReceiptLineToWrite } from './receipt-writer';
import { writeReceipt } from './receipt-writer';
import { REGISTER_ID, requireOpenShift } from './shift-state';

type CartInput = ParsedInput<'counter.checkout'>['cart'];
type PaymentInput = ParsedInput<'counter.checkout'>['payments'][number];

const invalid = (reason: string, message: string, details: Record<string, string | number> = {}) =>
  new AppError('VALIDATION', message, { details: { reason, ...details } });

/**
 * A discount needs a manager when it exceeds the limit: a percentage by its own figure (so 10 %
 * at a 10 % limit is fine whatever the rounding), an amount by its share of what it applies to.
 */
function exceedsLimit(discount: Discount | null | undefined, baseCents: number, limitBp: number): boolean {
  if (!discount) return false;
  if (discount.kind === 'percent') return discount.basisPoints > limitBp;
  return Math.min(discount.cents, baseCents) * 10_000 > limitBp * baseCents;
}

function voucherCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.randomBytes(8);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `GS-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

interface BuiltLine extends Omit<ReceiptLineToWrite, 'grossCents' | 'discountCents' | 'totalCents'> {
  pricing: PricingLine;
  approvalId?: number;
}

/** Turns the cart's input lines into priced lines from the catalogue's current data. */
export function buildLines(ctx: Ctx, cart: CartInput, prefixes = readSetting(ctx.db, 'counter').embeddedPrefixes): BuiltLine[] {
  // Receipts are documents of the shop, so their texts follow the shop's language.
  const language = (ctx.db.prepare('SELECT language FROM company WHERE id = 1').pluck().get() as Language | undefined) ?? 'de';
  const voucherName = translations[language].documents.voucher;
  return cart.lines.map((line): BuiltLine => {
    if (line.type === 'voucher') {
      return {
        kind: 'voucher', productId: null, name: voucherName, sku: null, unit: 'piece', quantity: 1000, unitPriceCents: line.amountCents,
        vatRateId: null, vatRateBasisPoints: null, voucherCode: voucherCode(), originalLineId: null, priceOverridden: false,
        pricing: { unitPriceCents: line.amountCents, quantity: 1000, vatRateBp: null, vatRateId: null, basketDiscountable: false },
      };
    }
    const product = loadProduct(ctx, line.productId);
    let unitPrice = product.price_cents;
    if (line.barcode !== undefined) {
      const parsed = parseBarcode(line.barcode, prefixes);
      const owner = parsed.kind === 'embedded'
        ? ctx.db.prepare('SELECT product_id FROM product_barcodes WHERE code = ?').pluck().get(parsed.itemCode)
        : undefined;
      if (parsed.kind !== 'embedded' || owner !== product.id) throw invalid('barcodeMismatch', `The code ${line.barcode} does not belong to "${product.name}".`);
      if (parsed.embedded === 'price') {
        if (line.quantity !== 1000) throw invalid('embeddedQuantity', 'A price-labelled item is sold once per label.');
        unitPrice = parsed.value;
      } else if (line.quantity !== parsed.value) {
        throw invalid('embeddedQuantity', 'The weight comes from the label.');
      }
    }
    refuseFractionalPieces(product, line.quantity, 'fractionalPieces', 'is sold by the piece.');
    const overridden = line.priceOverrideCents !== undefined;
    if (overridden) unitPrice = line.priceOverrideCents!;
    const discount: Discount | null = line.discount ?? null;
    return {
      kind: 'product', productId: product.id, name: product.name, sku: product.sku, unit: product.unit, quantity: line.quantity, unitPriceCents: unitPrice,
      vatRateId: product.vat_rate_id, vatRateBasisPoints: product.rate_bp, voucherCode: null, originalLineId: null, priceOverridden: overridden,
      pricing: { unitPriceCents: unitPrice, quantity: line.quantity, vatRateBp: product.rate_bp, vatRateId: product.vat_rate_id, discount },
      approvalId: line.approvalId,
    };
  });
}

interface PaymentCheck {
  changeCents: number;
  voucherMoves: { code: string; amountCents: number }[];
}

function checkPayments(ctx: Ctx, totalCents: number, payments: PaymentInput[]): PaymentCheck {
  const paid = payments.reduce((a, p) => a + p.amountCents, 0);
  const nonCash = payments.filter((p) => p.method !== 'cash').reduce((a, p) => a + p.amountCents, 0);
  if (paid < totalCents) throw invalid('underpaid', `${totalCents - paid} cents are still open.`, { missingCents: totalCents - paid });
  if (nonCash > totalCents) throw invalid('overpaidNonCash', 'Card and voucher payments cannot exceed the total; only cash gives change.');
  const perVoucher = new Map<string, number>();
  for (const p of payments) {
    if (p.method !== 'voucher') {
      if (p.voucherCode) throw invalid('voucherCodeOnNonVoucher', 'Only voucher payments carry a voucher code.');
      continue;
    }
    if (!p.voucherCode) throw invalid('voucherCodeMissing', 'A voucher payment needs the voucher code.');
    perVoucher.set(p.voucherCode, (perVoucher.get(p.voucherCode) ?? 0) + p.amountCents);
  }
  const voucherMoves = [...perVoucher.entries()].map(([code, amount]) => {
    const balance = voucherBalance(ctx, code);
    if (balance < amount) {
      throw new AppError('CONFLICT', `Voucher ${code} holds only ${balance} cents.`, { details: { reason: 'voucherBalance', code, balanceCents: balance } });
    }
    return { code, amountCents: -amount };
  });
  return { changeCents: paid - totalCents, voucherMoves };
}

export function voucherBalance(ctx: Ctx, code: string): number {
  const exists = ctx.db.prepare('SELECT 1 FROM vouchers WHERE code = ?').get(code);
  if (!exists) throw new AppError('NOT_FOUND', `There is no voucher ${code}.`, { details: { reason: 'voucherNotFound', code } });
  return ctx.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM voucher_moves WHERE code = ?').pluck().get(code) as number;
}

export function checkout(ctx: Ctx, input: ParsedInput<'counter.checkout'>): Receipt {
  const request = requestHash('counter.checkout', input);
  const repeated = earlierReceipt(ctx, input.clientRef, 'sale', request);
  if (repeated !== undefined) return loadReceipt(ctx, repeated);
  const shift = requireOpenShift(ctx);
  const { discountLimitBasisPoints: limit, embeddedPrefixes } = readSetting(ctx.db, 'counter');

  const lines = buildLines(ctx, input.cart, embeddedPrefixes);
  const priced = priceCart(lines.map((l) => l.pricing), input.cart.basketDiscount ?? null);
  lines.forEach((line, i) => {
    const p = priced.lines[i]!;
    if (line.priceOverridden) authorise(ctx, 'priceOverride', line.approvalId, `product:${line.productId}`);
    else if (exceedsLimit(line.pricing.discount, p.grossCents, limit)) authorise(ctx, 'discount', line.approvalId, `product:${line.productId}`);
  });
  const basketBase = priced.lines.reduce((a, l, i) => a + (lines[i]!.kind === 'product' ? l.grossCents - l.lineDiscountCents : 0), 0);
  if (exceedsLimit(input.cart.basketDiscount, basketBase, limit)) authorise(ctx, 'discount', input.cart.basketApprovalId, 'basket');

  const payments = checkPayments(ctx, priced.totalCents, input.payments);
  // A sale without a customer costs nothing more here: the customer is only read when attached.
  const accountCents = input.payments.reduce((a, p) => a + (p.method === 'account' ? p.amountCents : 0), 0);
  if (input.customerId !== undefined) checkSaleCustomer(ctx, input.customerId, accountCents);
  else if (accountCents > 0) throw invalid('accountNeedsCustomer', 'A sale on account needs a customer who may buy on account.');
  const saleId = writeReceipt(ctx, {
    kind: 'sale', registerId: REGISTER_ID, shiftId: shift.id, originalSaleId: null, clientRef: input.clientRef, requestHash: request,
    customerId: input.customerId ?? null,
    lines: lines.map((l, i) => ({
      ...l, grossCents: priced.lines[i]!.grossCents, totalCents: priced.lines[i]!.totalCents,
      discountCents: priced.lines[i]!.lineDiscountCents + priced.lines[i]!.basketDiscountCents,
    })),
    vat: priced.vat,
    totalCents: priced.totalCents,
    discountCents: priced.discountCents,
    changeCents: payments.changeCents,
    payments: input.payments.map((p) => ({ method: p.method, amountCents: p.amountCents, voucherCode: p.voucherCode ?? null })),
    voucherMoves: [
      ...payments.voucherMoves,
      ...lines.flatMap((l) => (l.kind === 'voucher' ? [{ code: l.voucherCode!, amountCents: l.unitPriceCents }] : [])),
    ],
    vouchersIssued: lines.flatMap((l, i) => (l.kind === 'voucher' ? [{ lineIndex: i, code: l.voucherCode!, amountCents: l.unitPriceCents }] : [])),
  });
  return loadReceipt(ctx, saleId);
}
