/**
 * Money and VAT arithmetic in integer minor units (cents). No floating point touches an amount:
 * every division goes through `divideRounded`, which rounds half away from zero so that a refund
 * (negative amount) is always the exact negation of its sale.
 */

/** A VAT rate in basis points: 19 % = 1900, 8.1 % = 810. */
export type RateBasisPoints = number;

export function assertCents(value: number, what = 'amount'): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number of cents`);
}

/** n / d rounded half away from zero; d > 0; both safe integers. */
export function divideRounded(n: number, d: number): number {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d <= 0) {
    throw new RangeError('divideRounded needs safe integers and a positive divisor');
  }
  const magnitude = Math.abs(n);
  if (magnitude > Number.MAX_SAFE_INTEGER / 2) throw new RangeError('amount too large');
  const q = Math.floor((2 * magnitude + d) / (2 * d));
  return n < 0 && q !== 0 ? -q : q; // never -0: it would print as "-0,00 €"
}

export interface VatSplit {
  net: number;
  vat: number;
}

/** Splits a gross amount into net and VAT for one rate. net + vat === gross, always. */
export function splitGross(gross: number, rate: RateBasisPoints): VatSplit {
  assertCents(gross, 'gross');
  assertRate(rate);
  const vat = divideRounded(gross * rate, 10_000 + rate);
  return { net: gross - vat + 0, vat }; // + 0 turns a -0 input into 0
}

/** VAT on top of a net amount (for invoices written net). */
export function vatOnNet(net: number, rate: RateBasisPoints): number {
  assertCents(net, 'net');
  assertRate(rate);
  return divideRounded(net * rate, 10_000);
}

export function assertRate(rate: RateBasisPoints): void {
  if (!Number.isSafeInteger(rate) || rate < 0 || rate > 10_000) {
    throw new RangeError('VAT rate must be whole basis points between 0 and 10000');
  }
}

/** A percentage of an amount (discounts), percent in basis points (10 % = 1000). */
export function percentOf(amount: number, basisPoints: number): number {
  assertCents(amount);
  return divideRounded(amount * basisPoints, 10_000);
}

/**
 * Parses a user-typed percentage ("19", "8,1", "7.70") into basis points without floats.
 * Returns null for anything that is not a plain number with at most two decimals.
 */
export function parsePercent(text: string): RateBasisPoints | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  const bp = whole * 100 + fraction;
  return bp <= 10_000 ? bp : null;
}

/** Formats basis points as a percentage for the given locale ("19 %", "8,1 %"). */
export function formatPercent(rate: RateBasisPoints, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(rate / 10_000);
}

/** Formats cents for display. Division here is display-only, never stored. */
export function formatMoney(cents: number, currency: string, locale: string): string {
  assertCents(cents);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}
