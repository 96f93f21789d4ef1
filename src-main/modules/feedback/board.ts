/**
 * The improvement board: everything recorded, grouped by product (items without a product form one
 * group) and within it by kind. Counts come from SQL over every matching item, so they stay exact
 * when the item lists are capped.
 */
import {
  FEEDBACK_KINDS, FEEDBACK_STATUSES, OPEN_FEEDBACK_STATUSES,
  type FeedbackBoard, type FeedbackGroup, type FeedbackKind, type FeedbackOwner, type FeedbackStatus, type KindCounts,
} from '../../../src-shared/contract/feedback';
import type { Ctx } from '../../core/context';
import { ITEM_SELECT, toItem, type ItemRow } from './lookups';

/** The newest this many items are listed; the counts cover all. */
export const BOARD_ITEM_LIMIT = 1000;

export interface BoardQuery {
  status: FeedbackStatus | 'open' | 'all';
  kind: FeedbackKind | 'all';
  from: string | null;
  to: string | null;
}

const zeroCounts = (): KindCounts => ({ complaint: 0, wish: 0, lostSale: 0, question: 0 });
const OPEN_LIST = OPEN_FEEDBACK_STATUSES.map((s) => `'${s}'`).join(', ');

/** The WHERE clause of a query; `withStatus` false leaves the status filter out (for the status counts). */
function where(q: BoardQuery, withStatus = true): string {
  const parts = [
    '(@kind = \'all\' OR f.kind = @kind)',
    '(@from IS NULL OR f.recorded_on >= @from)',
    '(@to IS NULL OR f.recorded_on <= @to)',
  ];
  if (withStatus) parts.push(`(@status = 'all' OR f.status = @status OR (@status = 'open' AND f.status IN (${OPEN_LIST})))`);
  return `WHERE ${parts.join(' AND ')}`;
}

export function feedbackBoard(ctx: Ctx, q: BoardQuery): FeedbackBoard {
  const params = { kind: q.kind, from: q.from, to: q.to, status: q.status };
  const aggregates = ctx.db.prepare(
    `SELECT f.product_id AS productId, p.name AS productName, p.sku, f.kind, count(*) AS n,
       sum(f.status IN (${OPEN_LIST})) AS open, coalesce(sum(f.quantity), 0) AS quantity, coalesce(sum(f.value_cents), 0) AS value
     FROM feedback_items f LEFT JOIN products p ON p.id = f.product_id ${where(q)}
     GROUP BY f.product_id, f.kind`,
  ).all(params) as { productId: number | null; productName: string | null; sku: string | null; kind: FeedbackKind; n: number; open: number; quantity: number; value: number }[];

  const groups = new Map<number | null, FeedbackGroup>();
  const counts = zeroCounts();
  for (const a of aggregates) {
    let group = groups.get(a.productId);
    if (!group) {
      group = { productId: a.productId, productName: a.productName, sku: a.sku, counts: zeroCounts(), total: 0, open: 0, lostQuantity: 0, lostValueCents: 0, items: [] };
      groups.set(a.productId, group);
    }
    group.counts[a.kind] += a.n;
    group.total += a.n;
    group.open += a.open;
    group.lostQuantity += a.quantity;
    group.lostValueCents += a.value;
    counts[a.kind] += a.n;
  }

  const rows = ctx.db.prepare(`${ITEM_SELECT} ${where(q)} ORDER BY f.id DESC LIMIT ${BOARD_ITEM_LIMIT + 1}`).all(params) as ItemRow[];
  const truncated = rows.length > BOARD_ITEM_LIMIT;
  for (const row of rows.slice(0, BOARD_ITEM_LIMIT)) groups.get(row.productId)?.items.push(toItem(row));
  const kindOrder = (k: FeedbackKind) => FEEDBACK_KINDS.indexOf(k);
  for (const group of groups.values()) group.items.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || b.id - a.id);

  const statusCounts = Object.fromEntries(FEEDBACK_STATUSES.map((s) => [s, 0])) as Record<FeedbackStatus, number>;
  const byStatus = ctx.db.prepare(`SELECT f.status, count(*) AS n FROM feedback_items f ${where(q, false)} GROUP BY f.status`).all(params) as { status: FeedbackStatus; n: number }[];
  for (const s of byStatus) statusCounts[s.status] = s.n;

  // Most feedback first; the group without a product after the products with as much.
  const sorted = [...groups.values()].sort((a, b) => b.total - a.total || Number(a.productId === null) - Number(b.productId === null)
    || (a.productName ?? '').localeCompare(b.productName ?? ''));
  return { groups: sorted, total: Object.values(counts).reduce((s, n) => s + n, 0), counts, statusCounts, truncated };
}

/** Who can own an item: active staff, by name. */
export function feedbackOwners(ctx: Ctx): FeedbackOwner[] {
  return ctx.db.prepare('SELECT id, name FROM staff WHERE active = 1 ORDER BY name COLLATE NOCASE, id').all() as FeedbackOwner[];
}
