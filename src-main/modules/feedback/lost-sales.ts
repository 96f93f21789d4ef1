/** What the improvement loop tells purchasing: lost sales per product, for the reorder suggestions. */
import type { Ctx } from '../../core/context';

/**
 * Lost sales per product since a moment (ISO), in thousandths, for the reorder suggestions.
 * Declined items are left out: declining says the shop will not stock it.
 */
export function lostSalesByProduct(ctx: Pick<Ctx, 'db'>, sinceIso: string): Map<number, number> {
  const rows = ctx.db.prepare(
    `SELECT product_id AS productId, sum(quantity) AS quantity FROM feedback_items
     WHERE kind = 'lostSale' AND product_id IS NOT NULL AND status <> 'declined' AND recorded_at >= ?
     GROUP BY product_id`,
  ).all(sinceIso) as { productId: number; quantity: number }[];
  return new Map(rows.map((r) => [r.productId, r.quantity]));
}
