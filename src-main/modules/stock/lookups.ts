/** Looking up what a stock command names; an unknown product or location is a clear NOT_FOUND. */
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';

export interface ProductRow { id: number; sku: string; name: string; unit: 'piece' | 'kg'; category_id: number | null; cost_cents: number }
export interface LocationRow { id: number; name: string; role: string | null }

export function productRow(ctx: Pick<Ctx, 'db'>, productId: number): ProductRow {
  const row = ctx.db.prepare('SELECT id, sku, name, unit, category_id, cost_cents FROM products WHERE id = ?').get(productId) as ProductRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no product ${productId}.`, { details: { reason: 'stockProductNotFound', productId } });
  return row;
}

export function locationRow(ctx: Pick<Ctx, 'db'>, locationId: number): LocationRow {
  const row = ctx.db.prepare('SELECT id, name, role FROM stock_locations WHERE id = ?').get(locationId) as LocationRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no stock location ${locationId}.`, { details: { reason: 'stockLocationNotFound', locationId } });
  return row;
}

/** The newest stock move's id (0 when there is none): a mark in the append-only history. */
export function lastMoveId(ctx: Pick<Ctx, 'db'>): number {
  return ctx.db.prepare('SELECT coalesce(max(id), 0) FROM stock_moves').pluck().get() as number;
}

/**
 * What is counted in pieces moves in whole pieces: the counter, deliveries, purchase orders and
 * goods receipts all refuse 1.5 loaves. `reason` names the place for the translated message.
 */
export function refuseFractionalPieces(product: Pick<ProductRow, 'name' | 'unit'>, quantity: number, reason: string, message: string): void {
  if (product.unit === 'piece' && quantity % 1000 !== 0) {
    throw new AppError('VALIDATION', `"${product.name}" ${message}`, { details: { reason, name: product.name } });
  }
}
