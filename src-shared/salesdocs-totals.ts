/**
 * The arithmetic of a sales document (quote, order confirmation, invoice, credit note), shared so
 * the editor in the renderer shows exactly the numbers the main process stores and prints.
 *
 * Lines are written net: quantity (thousandths) × unit price net (cents), less an optional
 * discount in basis points, each line rounded to the cent (half away from zero). The VAT is then
 * computed ONCE PER RATE on the sum of the net lines of that rate, not per line — the way German
 * invoices show it ("Nettobetrag 19 %: x, USt 19 %: y") and what §14 Abs. 4 Nr. 8 UStG asks for
 * (the tax amount per rate). Gross = Σ per rate (net + VAT).
 */
import { divideRounded, vatOnNet } from './money';

/**
 * Limits that keep every product below Number.MAX_SAFE_INTEGER: a document's net at most
 * 1 000 000 000,00 (so net × rate in basis points stays exact).
 */
export const MAX_DOCUMENT_NET_CENTS = 100_000_000_000;

export interface TotalsLine {
  quantity: number;
  unitPriceCents: number;
  discountBasisPoints: number;
  vatRateId: number;
  rateBasisPoints: number;
}

export interface RateTotal {
  vatRateId: number;
  rateBasisPoints: number;
  netCents: number;
  vatCents: number;
}

export interface DocumentTotals {
  /** Per VAT rate, the highest rate first. */
  rates: RateTotal[];
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/**
 * quantity × unit price before the discount, to the cent. Computed with BigInt because the
 * product of the two input limits exceeds the safe integers; null when the line alone is larger
 * than a document may be.
 */
export function lineBaseCents(quantity: number, unitPriceCents: number): number | null {
  const product = BigInt(quantity) * BigInt(unitPriceCents);
  const cents = (2n * product + 1000n) / 2000n; // half away from zero; both factors are ≥ 0
  return cents > BigInt(MAX_DOCUMENT_NET_CENTS) ? null : Number(cents);
}

/** The line's net amount (after its discount), or null when it is too large for a document. */
export function lineNetCents(line: Pick<TotalsLine, 'quantity' | 'unitPriceCents' | 'discountBasisPoints'>): number | null {
  const base = lineBaseCents(line.quantity, line.unitPriceCents);
  if (base === null) return null;
  return base - divideRounded(base * line.discountBasisPoints, 10_000);
}

/** The document's totals per rate; null when the net would exceed MAX_DOCUMENT_NET_CENTS. */
export function documentTotals(lines: readonly TotalsLine[]): DocumentTotals | null {
  const byRate = new Map<number, RateTotal>();
  let netCents = 0;
  for (const line of lines) {
    const net = lineNetCents(line);
    if (net === null) return null;
    netCents += net;
    if (netCents > MAX_DOCUMENT_NET_CENTS) return null;
    const rate = byRate.get(line.vatRateId) ?? { vatRateId: line.vatRateId, rateBasisPoints: line.rateBasisPoints, netCents: 0, vatCents: 0 };
    rate.netCents += net;
    byRate.set(line.vatRateId, rate);
  }
  const rates = [...byRate.values()]
    .map((r) => ({ ...r, vatCents: vatOnNet(r.netCents, r.rateBasisPoints) }))
    .sort((a, b) => b.rateBasisPoints - a.rateBasisPoints || a.vatRateId - b.vatRateId);
  const vatCents = rates.reduce((sum, r) => sum + r.vatCents, 0);
  return { rates, netCents, vatCents, grossCents: netCents + vatCents };
}
