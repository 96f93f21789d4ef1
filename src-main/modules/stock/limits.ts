/** Minimum and maximum per product and location; the low-stock list suggests ordering up to the maximum. */
import type { LowStockRow, ProductStock } from '../../../src-shared/contract/stock';
import type { Ctx } from '../../core/context';
import { locationRow, productRow } from './lookups';
import { productStock } from './overview';

export function setLimits(ctx: Ctx, input: { productId: number; locationId: number; minQuantity: number | null; maxQuantity: number | null }): ProductStock {
  productRow(ctx, input.productId);
  locationRow(ctx, input.locationId);
  const before = ctx.db.prepare('SELECT min_quantity AS min, max_quantity AS max FROM stock_limits WHERE product_id = ? AND location_id = ?').get(input.productId, input.locationId);
  if (input.minQuantity === null || input.maxQuantity === null) {
    ctx.db.prepare('DELETE FROM stock_limits WHERE product_id = ? AND location_id = ?').run(input.productId, input.locationId);
  } else {
    ctx.db.prepare(
      `INSERT INTO stock_limits (product_id, location_id, min_quantity, max_quantity) VALUES (?, ?, ?, ?)
       ON CONFLICT (product_id, location_id) DO UPDATE SET min_quantity = excluded.min_quantity, max_quantity = excluded.max_quantity`,
    ).run(input.productId, input.locationId, input.minQuantity, input.maxQuantity);
  }
  ctx.audit('stock.limits.set', `product:${input.productId}@stockLocation:${input.locationId}`, before, { min: input.minQuantity, max: input.maxQuantity });
  return productStock(ctx, input.productId);
}

/** Products whose on hand lies below their minimum (only products with limits are looked at). */
export function lowStock(ctx: Ctx, q: { locationId: number | null; offset: number; limit: number }): { rows: LowStockRow[]; total: number } {
  if (q.locationId !== null) locationRow(ctx, q.locationId);
  const base = `
    SELECT * FROM (
      SELECT s.product_id AS productId, p.sku, p.name, p.unit, s.location_id AS locationId, l.name AS locationName,
        coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.product_id = s.product_id AND m.location_id = s.location_id), 0) AS quantity,
        s.min_quantity AS minQuantity, s.max_quantity AS maxQuantity
      FROM stock_limits s JOIN products p ON p.id = s.product_id JOIN stock_locations l ON l.id = s.location_id
      WHERE (@location IS NULL OR s.location_id = @location)
    ) WHERE quantity < minQuantity`;
  const total = ctx.db.prepare(`SELECT count(*) FROM (${base})`).pluck().get({ location: q.locationId }) as number;
  const rows = (ctx.db.prepare(`${base} ORDER BY name COLLATE NOCASE, productId, locationId LIMIT @limit OFFSET @offset`)
    .all({ location: q.locationId, limit: q.limit, offset: q.offset }) as Omit<LowStockRow, 'suggestedQuantity'>[])
    .map((r) => ({ ...r, suggestedQuantity: r.maxQuantity - r.quantity }));
  return { rows, total };
}
