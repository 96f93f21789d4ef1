/**
 * Quantities in integer thousandths: 1 piece = 1000, 0.250 kg = 250. Weighed goods need no
 * floating point, and a line amount is price × quantity / 1000 rounded half away from zero.
 */
import { assertCents, divideRounded } from './money';

export const ONE = 1000;

export function lineAmount(unitPriceCents: number, quantityThousandths: number): number {
  assertCents(unitPriceCents, 'unit price');
  if (!Number.isSafeInteger(quantityThousandths)) throw new RangeError('quantity must be whole thousandths');
  return divideRounded(unitPriceCents * quantityThousandths, ONE);
}
