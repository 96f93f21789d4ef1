/**
 * Typed amounts and weights → integers, without floating point: "150,00" → 15000 cents,
 * "0,350" → 350 thousandths (kg). Both comma and dot are accepted as the decimal separator;
 * a dot or space between groups of three digits before a comma is a thousands separator.
 */

function clean(text: string): string {
  return text.replace(/[\s\u00a0€]/g, '');
}

/** Money as typed by a person → cents, or null when it is not a plain non-negative amount. */
export function parseMoneyInput(text: string): number | null {
  const value = clean(text);
  if (value === '') return null;
  let match = /^(\d{1,3}(?:\.\d{3})+),(\d{1,2})?$/.exec(value) ?? /^(\d{1,3}(?:,\d{3})+)\.(\d{1,2})?$/.exec(value);
  let whole: string;
  let fraction: string;
  if (match) {
    whole = match[1]!.replace(/[.,]/g, '');
    fraction = match[2] ?? '';
  } else {
    match = /^(\d+)(?:[.,](\d{0,2}))?$/.exec(value);
    if (!match) return null;
    whole = match[1]!;
    fraction = match[2] ?? '';
  }
  if (whole.length > 9) return null;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** A weight in kg as typed ("0,350", "1.5", "2") → thousandths, or null. */
export function parseWeightInput(text: string): number | null {
  const match = /^(\d{1,6})(?:[.,](\d{0,3}))?$/.exec(clean(text).replace(/kg$/i, ''));
  if (!match) return null;
  return Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
}

/** Cents → the plain text a person would type ("150,00" in German, "150.00" in English). */
export function centsToInput(cents: number, locale: string): string {
  const separator = locale.startsWith('de') ? ',' : '.';
  const whole = Math.trunc(cents / 100);
  return `${whole}${separator}${String(Math.abs(cents % 100)).padStart(2, '0')}`;
}

/** Thousandths → "0,350" (kg) or a whole piece count ("3"). */
export function quantityText(quantity: number, unit: 'piece' | 'kg', locale: string): string {
  if (unit === 'piece' && quantity % 1000 === 0) return String(quantity / 1000);
  const separator = locale.startsWith('de') ? ',' : '.';
  return `${Math.trunc(quantity / 1000)}${separator}${String(Math.abs(quantity % 1000)).padStart(3, '0')}`;
}
