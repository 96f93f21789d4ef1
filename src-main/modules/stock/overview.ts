/** What is in stock: per product (one location or all), paged and searchable; one product everywhere. */
import type { CounterStock, ProductStock, StockOverview, StockOverviewRow } from '../../../src-shared/contract/stock';
import type { Ctx } from '../../core/context';
import { likeContains } from '../../db/like';
import { incomingAtCounter } from '../purchasing/incoming';
import { locationRow, productRow } from './lookups';
import { shopLocationId } from './service';

export interface OverviewQuery {
  search: string;
  locationId: number | null;
  categoryId: number | null;
  onlyWithStock: boolean;
  offset: number;
  limit: number;
}

export function stockOverview(ctx: Ctx, q: OverviewQuery): StockOverview {
  if (q.locationId !== null) locationRow(ctx, q.locationId);
  const pattern = likeContains(q.search);
  const base = `
    SELECT * FROM (
      SELECT p.id AS productId, p.sku, p.name, p.unit, p.category_id AS categoryId,
        coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.product_id = p.id AND (@location IS NULL OR m.location_id = @location)), 0) AS quantity
      FROM products p
      WHERE (@search = '' OR p.name LIKE @pattern ESCAPE '\\' OR p.sku LIKE @pattern ESCAPE '\\'
             OR p.id IN (SELECT b.product_id FROM product_barcodes b WHERE b.code = @search))
        AND (@category IS NULL OR p.category_id = @category)
    ) WHERE (@only = 0 OR quantity <> 0)`;
  const params = { search: q.search, pattern, location: q.locationId, category: q.categoryId, only: q.onlyWithStock ? 1 : 0 };
  const total = ctx.db.prepare(`SELECT count(*) FROM (${base})`).pluck().get(params) as number;
  const rows = ctx.db.prepare(`${base} ORDER BY name COLLATE NOCASE, productId LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as StockOverviewRow[];
  return { rows, total };
}

export function productStock(ctx: Ctx, productId: number): ProductStock {
  const p = productRow(ctx, productId);
  const locations = ctx.db.prepare(
    `SELECT l.id AS locationId, l.name AS locationName,
       coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.product_id = @product AND m.location_id = l.id), 0) AS quantity,
       s.min_quantity AS minQuantity, s.max_quantity AS maxQuantity
     FROM stock_locations l LEFT JOIN stock_limits s ON s.product_id = @product AND s.location_id = l.id
     ORDER BY l.id`,
  ).all({ product: productId }) as ProductStock['locations'];
  return {
    productId: p.id, sku: p.sku, name: p.name, unit: p.unit,
    total: locations.reduce((sum, l) => sum + l.quantity, 0),
    locations,
  };
}

/** The counter's view of the back office for one product: here, elsewhere, and what is on order (earliest first). */
export function counterStock(ctx: Ctx, productId: number): CounterStock {
  const stock = productStock(ctx, productId);
  const shop = shopLocationId(ctx);
  return {
    productId, unit: stock.unit,
    here: stock.locations.find((l) => l.locationId === shop)?.quantity ?? 0,
    elsewhere: stock.locations.filter((l) => l.locationId !== shop && l.quantity !== 0)
      .map((l) => ({ locationId: l.locationId, locationName: l.locationName, quantity: l.quantity })),
    incoming: incomingAtCounter(ctx, productId),
  };
}
