/**
 * Typed amounts and weights → integers, without floating point: "150,00" → 15000 cents,
 * "0,350" → 350 thousandths (kg). Both comma and dot are accepted as the decimal separator.
 */

import { formatMoneyInput } from '../../../src-shared/money-input';

function clean(text: string): string {
  return text.replace(/[\s\u00a0€]/g, '');
}

/** Money as typed by a person → cents (the catalogue and the counter share one parser). */
export { parseMoneyInput } from '../../../src-shared/money-input';

/** A weight in kg as typed ("0,350", "1.5", "2") → thousandths, or null. */
export function parseWeightInput(text: string): number | null {
  const match = /^(\d{1,6})(?:[.,](\d{0,3}))?$/.exec(clean(text).replace(/kg$/i, ''));
  if (!match) return null;
  return Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
}

/** Cents → the plain text a person would type ("150,00" in German, "150.00" in English). */
export function centsToInput(cents: number, locale: string): string {
  return formatMoneyInput(cents, locale.startsWith('de') ? ',' : '.');
}

/** Thousandths → "0,350" (kg) or a whole piece count ("3"). */
export function quantityText(quantity: number, unit: 'piece' | 'kg', locale: string): string {
  if (unit === 'piece' && quantity % 1000 === 0) return String(quantity / 1000);
  const separator = locale.startsWith('de') ? ',' : '.';
  return `${Math.trunc(quantity / 1000)}${separator}${String(Math.abs(quantity % 1000)).padStart(3, '0')}`;
}
