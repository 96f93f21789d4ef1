/**
 * Moving-average cost per product (cents per piece or kg), kept as an appended history so the
 * valuation of any past day uses the cost of that day. Before a product's first history row its
 * catalogue cost (products.cost_cents) is its cost. Goods receipts (purchasing, to come) call
 * receiveAtCost; nothing else changes the average.
 */
import type { Valuation, ValuationRow } from '../../../src-shared/contract/stock';
import { divideRounded } from '../../../src-shared/money';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { locationRow, productRow } from './lookups';
import { recordMoves } from './service';

export function currentCost(ctx: Pick<Ctx, 'db'>, productId: number): number {
  const row = ctx.db.prepare('SELECT cost_cents FROM stock_costs WHERE product_id = ? ORDER BY at DESC, id DESC LIMIT 1').pluck().get(productId) as number | undefined;
  return row ?? productRow(ctx, productId).cost_cents;
}

/**
 * A goods receipt of `quantity` thousandths at `unitCostCents` per unit: writes the move and the
 * new average (old stock at the old cost plus the receipt at its cost). Stock at or below zero
 * carries no value, so then the receipt's cost becomes the cost.
 */
export function receiveAtCost(ctx: Ctx, r: { productId: number; locationId: number; quantity: number; unitCostCents: number; sourceType: string; sourceId: number | null }): number {
  productRow(ctx, r.productId);
  locationRow(ctx, r.locationId);
  if (!Number.isSafeInteger(r.quantity) || r.quantity <= 0 || !Number.isSafeInteger(r.unitCostCents) || r.unitCostCents < 0) {
    throw new AppError('VALIDATION', 'A receipt needs a positive quantity and a cost of at least 0.', { details: { reason: 'stockReceiptInvalid' } });
  }
  const before = ctx.db.prepare('SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE product_id = ?').pluck().get(r.productId) as number;
  const oldCost = currentCost(ctx, r.productId);
  const cost = before <= 0 ? r.unitCostCents : divideRounded(before * oldCost + r.quantity * r.unitCostCents, before + r.quantity);
  recordMoves(ctx, [{ productId: r.productId, locationId: r.locationId, quantity: r.quantity, reason: 'goodsReceipt', sourceType: r.sourceType, sourceId: r.sourceId ?? undefined }]);
  ctx.db.prepare('INSERT INTO stock_costs (product_id, at, cost_cents, source_type, source_id) VALUES (?, ?, ?, ?, ?)')
    .run(r.productId, ctx.now(), cost, r.sourceType, r.sourceId);
  return cost;
}

/** The first instant after the local calendar day (moves are stamped in UTC). */
function endOfDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).toISOString();
}

/** Quantity × cost per product at the end of the day, all locations together; products with no stock are left out. */
export function valuation(ctx: Ctx, q: { date: string; offset: number; limit: number }): Valuation {
  const end = endOfDay(q.date);
  const rows = (ctx.db.prepare(
    `WITH held AS (SELECT product_id, sum(quantity) AS quantity FROM stock_moves WHERE at < @end GROUP BY product_id HAVING sum(quantity) <> 0)
     SELECT p.id AS productId, p.sku, p.name, h.quantity,
       coalesce((SELECT c.cost_cents FROM stock_costs c WHERE c.product_id = p.id AND c.at < @end ORDER BY c.at DESC, c.id DESC LIMIT 1), p.cost_cents) AS costCents
     FROM held h JOIN products p ON p.id = h.product_id ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all({ end }) as Omit<ValuationRow, 'valueCents'>[])
    // Per unit cost × thousandths: a shortfall (negative stock) is shown with a negative value.
    .map((r) => ({ ...r, valueCents: divideRounded(r.quantity * r.costCents, 1000) }));
  return {
    date: q.date,
    rows: rows.slice(q.offset, q.offset + q.limit),
    total: rows.length,
    totalValueCents: rows.reduce((sum, r) => sum + r.valueCents, 0),
  };
}
