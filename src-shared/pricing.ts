/**
 * Pricing a cart: line amounts, line and basket discounts, and the VAT breakdown per rate.
 * The screen, the receipt and the ledger all use this one function, so they agree to the cent.
 * Rounding: each line to the cent; VAT per rate over the whole document, half away from zero.
 */
import { assertCents, percentOf, splitGross } from './money';
import { lineAmount } from './quantity';

export type Discount = { kind: 'percent'; basisPoints: number } | { kind: 'amount'; cents: number };

export interface PricingLine {
  /** Gross price per unit (per piece, or per kg for weighed goods). */
  unitPriceCents: number;
  /** Thousandths: 1 piece = 1000, 0.250 kg = 250. Negative on returns. */
  quantity: number;
  /** null for items outside VAT (vouchers sold: a liability, not revenue). */
  vatRateBp: number | null;
  vatRateId: number | null;
  discount?: Discount | null;
  /** Vouchers are never discounted by a basket discount. */
  basketDiscountable?: boolean;
}

export interface PricedLine {
  /** Before any discount. */
  grossCents: number;
  lineDiscountCents: number;
  basketDiscountCents: number;
  /** What the customer pays for this line. */
  totalCents: number;
}

export interface VatBucket {
  vatRateId: number;
  rateBasisPoints: number;
  grossCents: number;
  netCents: number;
  vatCents: number;
}

export interface PricedCart {
  lines: PricedLine[];
  /** Sum of all discounts (line + basket). */
  discountCents: number;
  totalCents: number;
  vat: VatBucket[];
  /** Total of lines outside VAT (vouchers sold). */
  untaxedCents: number;
}

function discountAmount(base: number, discount: Discount | null | undefined): number {
  if (!discount) return 0;
  const amount = discount.kind === 'percent' ? percentOf(base, discount.basisPoints) : discount.cents;
  assertCents(amount, 'discount');
  // A discount never turns a sale into a refund or the other way round.
  return Math.sign(base) * Math.min(Math.abs(amount), Math.abs(base));
}

/** Spreads `total` over `weights` in proportion, to the cent, largest remainder first (integers only). */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const sign = Math.sign(total) * Math.sign(sum);
  const magnitude = BigInt(Math.abs(total));
  const absSum = BigInt(Math.abs(sum));
  const parts = weights.map((w) => BigInt(Math.abs(w)) * magnitude);
  const shares = parts.map((p) => p / absSum);
  let rest = magnitude - shares.reduce((a, b) => a + b, 0n);
  const order = parts
    .map((p, i) => [p % absSum, i] as const)
    .sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] > b[0] ? -1 : 1));
  for (const [, i] of order) {
    if (rest <= 0n) break;
    shares[i]! += 1n;
    rest -= 1n;
  }
  return shares.map((s) => (s === 0n ? 0 : Number(s) * sign));
}

export function priceCart(lines: PricingLine[], basketDiscount: Discount | null = null): PricedCart {
  const afterLine = lines.map((line) => {
    const grossCents = lineAmount(line.unitPriceCents, line.quantity);
    const lineDiscountCents = discountAmount(grossCents, line.discount);
    return { grossCents, lineDiscountCents, net: grossCents - lineDiscountCents };
  });
  const discountable = lines.map((l, i) => (l.basketDiscountable === false || l.vatRateBp === null ? 0 : afterLine[i]!.net));
  const basketTotal = discountAmount(discountable.reduce((a, b) => a + b, 0), basketDiscount);
  const basketShares = allocate(basketTotal, discountable);

  const priced: PricedLine[] = afterLine.map((l, i) => ({
    grossCents: l.grossCents,
    lineDiscountCents: l.lineDiscountCents,
    basketDiscountCents: basketShares[i]!,
    totalCents: l.net - basketShares[i]!,
  }));

  const { vat, untaxedCents } = vatBreakdown(lines.map((line, i) => ({ ...line, totalCents: priced[i]!.totalCents })));
  const totalCents = priced.reduce((a, l) => a + l.totalCents, 0);
  const discountCents = priced.reduce((a, l) => a + l.lineDiscountCents + l.basketDiscountCents, 0);
  return { lines: priced, discountCents, totalCents, vat, untaxedCents };
}

/** VAT per rate over a document's line totals: each rate's gross is split once (not per line). */
export function vatBreakdown(lines: { totalCents: number; vatRateId: number | null; vatRateBp: number | null }[]): { vat: VatBucket[]; untaxedCents: number } {
  const buckets = new Map<number, { rateBasisPoints: number; grossCents: number }>();
  let untaxedCents = 0;
  for (const line of lines) {
    if (line.vatRateBp === null || line.vatRateId === null) {
      untaxedCents += line.totalCents;
      continue;
    }
    const bucket = buckets.get(line.vatRateId) ?? { rateBasisPoints: line.vatRateBp, grossCents: 0 };
    bucket.grossCents += line.totalCents;
    buckets.set(line.vatRateId, bucket);
  }
  const vat = [...buckets.entries()]
    .map(([vatRateId, b]) => {
      const split = splitGross(b.grossCents, b.rateBasisPoints);
      return { vatRateId, rateBasisPoints: b.rateBasisPoints, grossCents: b.grossCents, netCents: split.net, vatCents: split.vat };
    })
    .sort((a, b) => b.rateBasisPoints - a.rateBasisPoints || a.vatRateId - b.vatRateId);
  return { vat, untaxedCents };
}

/** Cash change: what is handed back when the tendered cash exceeds what cash must cover. */
export function changeDue(totalCents: number, payments: { method: string; amountCents: number }[]): number {
  const paid = payments.reduce((a, p) => a + p.amountCents, 0);
  const cash = payments.filter((p) => p.method === 'cash').reduce((a, p) => a + p.amountCents, 0);
  return Math.max(0, Math.min(cash, paid - totalCents));
}
