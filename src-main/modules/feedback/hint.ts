/**
 * The counter's view of the improvement loop, for the product on screen and the sale's customer:
 * "asked for 5× · resolution: in the range from December".
 */
import { OPEN_FEEDBACK_STATUSES, type FeedbackHintData } from '../../../src-shared/contract/feedback';
import type { Ctx } from '../../core/context';
import { assertCustomer } from './customers';
import { productRow } from './lookups';

/** How many resolutions the counter shows at most. */
const RESOLUTIONS_SHOWN = 3;
const OPEN_LIST = OPEN_FEEDBACK_STATUSES.map((s) => `'${s}'`).join(', ');

export function counterHint(ctx: Ctx, q: { productId: number | null; customerId: number | null }): FeedbackHintData {
  if (q.productId !== null) productRow(ctx, q.productId);
  if (q.customerId !== null) assertCustomer(ctx, q.customerId);
  const counts = ctx.db.prepare(
    `SELECT coalesce(sum(product_id = @product AND kind IN ('wish', 'lostSale')), 0) AS asked,
       coalesce(sum(product_id = @product AND kind = 'complaint'), 0) AS complaints,
       coalesce(sum(status IN (${OPEN_LIST})), 0) AS open
     FROM feedback_items WHERE product_id = @product OR customer_id = @customer`,
  ).get({ product: q.productId, customer: q.customerId }) as { asked: number; complaints: number; open: number };

  // A resolution counts once it is written down: planned actions ("in the range from December")
  // as much as done or declined items. Reopened items are back in review and show none.
  const rows = ctx.db.prepare(
    `SELECT id AS itemId, kind, status, resolution, updated_at AS at, CASE WHEN product_id = @product THEN 'product' ELSE 'customer' END AS about
     FROM feedback_items
     WHERE (product_id = @product OR customer_id = @customer) AND status IN ('actionPlanned', 'done', 'declined') AND resolution <> ''
     ORDER BY updated_at DESC, id DESC`,
  ).all({ product: q.productId, customer: q.customerId }) as FeedbackHintData['resolutions'];
  const seen = new Set<string>();
  const resolutions = rows.filter((r) => !seen.has(r.resolution) && seen.add(r.resolution)).slice(0, RESOLUTIONS_SHOWN);
  return { productId: q.productId, customerId: q.customerId, ...counts, resolutions };
}
