/** Stock moves: append-only, each with a reason; on hand is always the sum of moves. */
import type { Ctx } from '../../core/context';
import { brokenLinks, lastLink, linkHash } from '../../core/row-chain';

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
    'INSERT INTO stock_moves (product_id, location_id, quantity, reason, source_type, source_id, at, staff_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  let prev = lastLink(ctx.db, 'stock_moves');
  for (const m of moves) {
    if (m.quantity === 0) continue;
    const values = [m.productId, m.locationId ?? shop, m.quantity, m.reason, m.sourceType ?? null, m.sourceId ?? null, ctx.now(), ctx.session?.staffId ?? null];
    const hash = linkHash(prev, values);
    insert.run(...values, prev, hash);
    prev = hash;
  }
}

interface MoveRow {
  id: number; product_id: number; location_id: number; quantity: number; reason: string; source_type: string | null; source_id: number | null;
  at: string; staff_id: number | null; prev_hash: string; hash: string;
}

/** Stock moves whose stored content no longer matches their link in the chain. */
export function alteredMoves(ctx: Pick<Ctx, 'db'>): { id: number }[] {
  const rows = ctx.db.prepare('SELECT * FROM stock_moves ORDER BY id').iterate() as IterableIterator<MoveRow>;
  return brokenLinks(rows, (m) => [m.product_id, m.location_id, m.quantity, m.reason, m.source_type, m.source_id, m.at, m.staff_id]).map((m) => ({ id: m.id }));
}

/** On hand of a product (thousandths): in one location or all, counting the moves up to a mark (a move id) or all. */
export function onHand(ctx: Pick<Ctx, 'db'>, productId: number, locationId?: number, upToMoveId?: number): number {
  return ctx.db.prepare(
    'SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE product_id = @productId AND (@locationId IS NULL OR location_id = @locationId) AND (@mark IS NULL OR id <= @mark)',
  ).pluck().get({ productId, locationId: locationId ?? null, mark: upToMoveId ?? null }) as number;
}
