/**
 * The staff screens' one way to show durations and vacation: minutes as `h:mm` (7:42), balances
 * signed (+1:15 / −0:30), half days as days with a decimal in the locale (12,5).
 */
const MINUS = '\u2212';

/** Whole minutes as h:mm; negative values get a minus sign. */
export function hm(minutes: number): string {
  const abs = Math.abs(minutes);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
  return minutes < 0 ? `${MINUS}${text}` : text;
}

/** A balance: always signed (+0:00 for none). */
export function signedHm(minutes: number): string {
  return minutes < 0 ? hm(minutes) : `+${hm(minutes)}`;
}

/** The colour of a balance: green over, red short, plain when even. */
export function balanceColor(minutes: number): string | undefined {
  if (minutes > 0) return 'green.8';
  if (minutes < 0) return 'red.7';
  return undefined;
}

/** Half days as days: 25 → "12,5" (de) / "12.5" (en). */
export function days(halfDays: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(halfDays / 2);
}
