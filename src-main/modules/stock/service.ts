/** Stock moves: append-only, each with a reason; on hand is always the sum of moves. */
import type { Ctx } from '../../core/context';

export type StockReason = 'sale' | 'return' | 'void' | 'goodsReceipt' | 'adjustment' | 'countDifference' | 'transfer' | 'production' | 'waste' | 'opening';

export interface StockMove {
  productId: number;
  quantity: number;
  reason: StockReason;
  locationId?: number;
  sourceType?: string;
  sourceId?: number;
}

export function shopLocationId(ctx: Ctx): number {
  return ctx.db.prepare("SELECT id FROM stock_locations WHERE role = 'shop'").pluck().get() as number;
}

export function recordMoves(ctx: Ctx, moves: StockMove[]): void {
  if (moves.length === 0) return;
  const shop = shopLocationId(ctx);
  const insert = ctx.db.prepare(
    'INSERT INTO stock_moves (product_id, location_id, quantity, reason, source_type, source_id, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const m of moves) {
    if (m.quantity === 0) continue;
    insert.run(m.productId, m.locationId ?? shop, m.quantity, m.reason, m.sourceType ?? null, m.sourceId ?? null, ctx.now(), ctx.session?.staffId ?? null);
  }
}

export function onHand(ctx: Ctx, productId: number, locationId?: number): number {
  return ctx.db.prepare('SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE product_id = ? AND (? IS NULL OR location_id = ?)')
    .pluck().get(productId, locationId ?? null, locationId ?? null) as number;
}
