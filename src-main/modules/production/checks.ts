/**
 * Checks the production commands share: integer arithmetic for quantities × costs that refuses,
 * rather than rounds, what a double cannot hold exactly; and lines naming a product twice.
 */
import { AppError } from '../../core/errors';

export function exactProduct(a: number, b: number): number {
  const product = a * b;
  if (!Number.isSafeInteger(product)) {
    throw new AppError('VALIDATION', 'The quantity is too large to compute exactly.', { details: { reason: 'productionQuantityTooLarge' } });
  }
  return product;
}

export function exactSum(values: number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(sum)) {
    throw new AppError('VALIDATION', 'The quantity is too large to compute exactly.', { details: { reason: 'productionQuantityTooLarge' } });
  }
  return sum;
}

export function refuseDuplicateProducts(lines: { productId: number }[], reason: string): void {
  const seen = new Set<number>();
  for (const l of lines) {
    if (seen.has(l.productId)) throw new AppError('VALIDATION', `Product ${l.productId} appears twice.`, { details: { reason, productId: l.productId } });
    seen.add(l.productId);
  }
}
