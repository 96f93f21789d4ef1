/**
 * Moving-average cost per product (cents per piece or kg), kept as an appended history so the
 * valuation of any past day uses the cost of that day. Before a product's first history row its
 * catalogue cost (products.cost_cents) is its cost. Goods receipts and productions change the
 * average; nothing else does.
 */
import type { Valuation, ValuationRow } from '../../../src-shared/contract/stock';
import { addDays } from '../../../src-shared/days';
import { divideRounded } from '../../../src-shared/money';
import type { Ctx } from '../../core/context';
import { localDayStart } from '../../core/clock';
import { AppError } from '../../core/errors';
import { locationRow, productRow } from './lookups';
import { onHand, recordMoves } from './service';

export function currentCost(ctx: Pick<Ctx, 'db'>, productId: number): number {
  const row = ctx.db.prepare('SELECT cost_cents FROM stock_costs WHERE product_id = ? ORDER BY at DESC, id DESC LIMIT 1').pluck().get(productId) as number | undefined;
  return row ?? productRow(ctx, productId).cost_cents;
}

/**
 * Goods entering stock at a cost per unit (a receipt from a supplier, or finished goods from a
 * production at their rolled-up cost): writes the move and the new average (old stock at the old
 * cost plus the new goods at theirs). Stock at or below zero carries no value, so then the new
 * goods' cost becomes the cost.
 */
function enterAtCost(ctx: Ctx, r: { productId: number; locationId: number; quantity: number; unitCostCents: number; reason: 'goodsReceipt' | 'production'; sourceType: string; sourceId: number | null }): number {
  productRow(ctx, r.productId);
  locationRow(ctx, r.locationId);
  if (!Number.isSafeInteger(r.quantity) || r.quantity <= 0 || !Number.isSafeInteger(r.unitCostCents) || r.unitCostCents < 0) {
    throw new AppError('VALIDATION', 'Goods entering stock need a positive quantity and a cost of at least 0.', { details: { reason: 'stockReceiptInvalid' } });
  }
  const before = onHand(ctx, r.productId);
  const oldCost = currentCost(ctx, r.productId);
  const cost = before <= 0 ? r.unitCostCents : divideRounded(before * oldCost + r.quantity * r.unitCostCents, before + r.quantity);
  recordMoves(ctx, [{ productId: r.productId, locationId: r.locationId, quantity: r.quantity, reason: r.reason, sourceType: r.sourceType, sourceId: r.sourceId ?? undefined }]);
  ctx.db.prepare('INSERT INTO stock_costs (product_id, at, cost_cents, source_type, source_id) VALUES (?, ?, ?, ?, ?)')
    .run(r.productId, ctx.now(), cost, r.sourceType, r.sourceId);
  return cost;
}

/** A goods receipt of `quantity` thousandths at `unitCostCents` per unit; returns the new average. */
export function receiveAtCost(ctx: Ctx, r: { productId: number; locationId: number; quantity: number; unitCostCents: number; sourceType: string; sourceId: number | null }): number {
  return enterAtCost(ctx, { ...r, reason: 'goodsReceipt' });
}

/** Finished goods of a production (source_type 'production'); returns the new average. */
export function produceAtCost(ctx: Ctx, r: { productId: number; locationId: number; quantity: number; unitCostCents: number; sourceId: number }): number {
  return enterAtCost(ctx, { ...r, reason: 'production', sourceType: 'production' });
}

/** The first instant after the local calendar day (moves are stamped in UTC). */
const endOfDay = (date: string): string => localDayStart(addDays(date, 1));

/**
 * What was held at the end of the day, per product over all locations (products holding nothing
 * are left out), with the cost of that day: the newest cost history row before the end of the day, else
 * the catalogue cost. The newest cost per product is ranked in one pass over the (short) cost
 * history and joined, rather than looked up product by product.
 */
const VALUED = `held AS (
    SELECT product_id, sum(quantity) AS quantity FROM stock_moves WHERE at < @end GROUP BY product_id HAVING sum(quantity) <> 0),
  latest AS (
    SELECT product_id, cost_cents FROM (
      SELECT product_id, cost_cents, row_number() OVER (PARTITION BY product_id ORDER BY at DESC, id DESC) AS newest
      FROM stock_costs WHERE at < @end)
    WHERE newest = 1),
  valued AS (
    SELECT p.id AS productId, p.sku, p.name, h.quantity, coalesce(l.cost_cents, p.cost_cents) AS costCents
    FROM held h JOIN products p ON p.id = h.product_id LEFT JOIN latest l ON l.product_id = h.product_id)`;

/** quantity (thousandths) × cost per unit / 1000, rounded half away from zero like divideRounded. */
const VALUE_CENTS = `CASE WHEN quantity * costCents < 0 THEN -((2 * -(quantity * costCents) + 1000) / 2000)
  ELSE (2 * (quantity * costCents) + 1000) / 2000 END`;

/**
 * Quantity × cost per product at the end of the day, all locations together, a page of it by
 * name. The count and the total value are computed over all products in the same query (window
 * aggregates), so only the page's rows leave SQLite. A shortfall (negative stock) is shown with a
 * negative value.
 */
export function valuation(ctx: Ctx, q: { date: string; offset: number; limit: number }): Valuation {
  const end = endOfDay(q.date);
  const page = ctx.db.prepare(
    `WITH ${VALUED}
     SELECT productId, sku, name, quantity, costCents, ${VALUE_CENTS} AS valueCents,
       count(*) OVER () AS total, sum(${VALUE_CENTS}) OVER () AS totalValueCents
     FROM valued ORDER BY name COLLATE NOCASE, productId LIMIT @limit OFFSET @offset`,
  ).all({ end, limit: q.limit, offset: q.offset }) as (ValuationRow & { total: number; totalValueCents: number })[];
  const first = page[0];
  // A page past the end has no rows to carry the totals: then they are counted on their own.
  const totals = first ?? (q.offset === 0 ? { total: 0, totalValueCents: 0 } : ctx.db.prepare(
    `WITH ${VALUED} SELECT count(*) AS total, coalesce(sum(${VALUE_CENTS}), 0) AS totalValueCents FROM valued`,
  ).get({ end }) as { total: number; totalValueCents: number });
  return {
    date: q.date,
    rows: page.map(({ total: _total, totalValueCents: _value, ...row }) => row),
    total: totals.total,
    totalValueCents: totals.totalValueCents,
  };
}
