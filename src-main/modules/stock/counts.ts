/**
 * Stock counts. Starting a count snapshots the expected quantity of every product on the sheet
 * (active products of the location's scope, and any product with moves there) up to the newest
 * move. Several people can record while the shop keeps selling: each entry is appended with the
 * newest move id at that moment (its mark). For a product,
 *   counted  = the last 'set' entry + every 'add' entry after it (scanning adds, typing sets);
 *   expected = snapshot + the product's moves in the location after the snapshot, up to the mark
 *              of the product's last entry (so sales during the count are accounted for);
 * posting writes one countDifference move (counted − expected) per differing product as one
 * 'count' document, and closes the count. Products nobody counted are left as they are.
 */
import type { CountEntryMode, StockCountLine, StockCountSheet, StockCountSummary } from '../../../src-shared/contract/stock';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { writeDocument } from './documents';
import { lastMoveId, locationRow, productRow } from './lookups';
import { onHand } from './service';

interface CountRow {
  id: number; location_id: number; category_id: number | null; note: string; started_at: string;
  snapshot_move_id: number; status: 'open' | 'posted' | 'cancelled'; document_id: number | null; closed_at: string | null;
}

function countRow(ctx: Ctx, countId: number): CountRow {
  const row = ctx.db.prepare('SELECT * FROM stock_counts WHERE id = ?').get(countId) as CountRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no stock count ${countId}.`, { details: { reason: 'stockCountNotFound', countId } });
  return row;
}

function openCountRow(ctx: Ctx, countId: number): CountRow {
  const row = countRow(ctx, countId);
  if (row.status !== 'open') throw new AppError('CONFLICT', `Stock count ${countId} is closed.`, { details: { reason: 'stockCountClosed', countId } });
  return row;
}

const SUMMARY = `SELECT c.id, c.location_id AS locationId, l.name AS locationName, c.category_id AS categoryId, c.note,
  c.started_at AS startedAt, c.status, c.document_id AS documentId, c.closed_at AS closedAt
  FROM stock_counts c JOIN stock_locations l ON l.id = c.location_id`;

export function listCounts(ctx: Ctx, status: 'open' | 'posted' | 'cancelled' | 'all'): StockCountSummary[] {
  return ctx.db.prepare(`${SUMMARY} WHERE ? = 'all' OR c.status = ? ORDER BY c.id DESC`).all(status, status) as StockCountSummary[];
}

function summary(ctx: Ctx, countId: number): StockCountSummary {
  return ctx.db.prepare(`${SUMMARY} WHERE c.id = ?`).get(countId) as StockCountSummary;
}

export function startCount(ctx: Ctx, input: { locationId: number; categoryId: number | null; note: string }): StockCountSheet {
  locationRow(ctx, input.locationId);
  if (input.categoryId !== null && ctx.db.prepare('SELECT id FROM categories WHERE id = ?').get(input.categoryId) === undefined) {
    throw new AppError('NOT_FOUND', `There is no category ${input.categoryId}.`, { details: { reason: 'stockCategoryNotFound', categoryId: input.categoryId } });
  }
  // Two open counts of one location would count (and correct) the same goods twice.
  const open = ctx.db.prepare("SELECT id FROM stock_counts WHERE location_id = ? AND status = 'open'").pluck().get(input.locationId) as number | undefined;
  if (open !== undefined) throw new AppError('CONFLICT', `Stock count ${open} of this location is still open.`, { details: { reason: 'stockCountOpen', countId: open } });
  const mark = lastMoveId(ctx);
  const { lastInsertRowid } = ctx.db.prepare(
    "INSERT INTO stock_counts (location_id, category_id, note, started_at, started_by, snapshot_move_id, status) VALUES (?, ?, ?, ?, ?, ?, 'open')",
  ).run(input.locationId, input.categoryId, input.note, ctx.now(), ctx.session?.staffId ?? null, mark);
  const countId = Number(lastInsertRowid);
  ctx.db.prepare(
    `INSERT INTO stock_count_lines (count_id, product_id, expected_quantity)
     SELECT @count, p.id, coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.product_id = p.id AND m.location_id = @location AND m.id <= @mark), 0)
     FROM products p
     WHERE (@category IS NULL OR p.category_id = @category)
       AND (p.active = 1 OR EXISTS (SELECT 1 FROM stock_moves m WHERE m.product_id = p.id AND m.location_id = @location))`,
  ).run({ count: countId, location: input.locationId, category: input.categoryId, mark });
  ctx.audit('stock.count.start', `stockCount:${countId}`, undefined, { locationId: input.locationId, categoryId: input.categoryId, snapshotMoveId: mark });
  return countSheet(ctx, countId);
}

interface Tally { counted: number; mark: number; entries: number }

function tallies(ctx: Ctx, countId: number, productId: number | null): Map<number, Tally> {
  const entries = ctx.db.prepare('SELECT product_id, mode, quantity, move_mark FROM stock_count_entries WHERE count_id = ? AND (? IS NULL OR product_id = ?) ORDER BY id')
    .all(countId, productId, productId) as { product_id: number; mode: CountEntryMode; quantity: number; move_mark: number }[];
  const byProduct = new Map<number, Tally>();
  for (const e of entries) {
    const t = byProduct.get(e.product_id) ?? { counted: 0, mark: 0, entries: 0 };
    t.counted = e.mode === 'set' ? e.quantity : t.counted + e.quantity;
    t.mark = e.move_mark;
    t.entries += 1;
    byProduct.set(e.product_id, t);
  }
  return byProduct;
}

function sheetLines(ctx: Ctx, count: CountRow, productId: number | null): StockCountLine[] {
  const lines = ctx.db.prepare(
    `SELECT cl.product_id AS productId, p.sku, p.name, p.unit, cl.expected_quantity AS snapshotQuantity
     FROM stock_count_lines cl JOIN products p ON p.id = cl.product_id
     WHERE cl.count_id = ? AND (? IS NULL OR cl.product_id = ?) ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all(count.id, productId, productId) as Pick<StockCountLine, 'productId' | 'sku' | 'name' | 'unit' | 'snapshotQuantity'>[];
  const counted = tallies(ctx, count.id, productId);
  // Moves after the snapshot in this location: few while a count runs, read once.
  const later = ctx.db.prepare('SELECT id, product_id, quantity FROM stock_moves WHERE location_id = ? AND id > ? AND (? IS NULL OR product_id = ?) ORDER BY id')
    .all(count.location_id, count.snapshot_move_id, productId, productId) as { id: number; product_id: number; quantity: number }[];
  const movesOf = new Map<number, { id: number; quantity: number }[]>();
  for (const m of later) movesOf.set(m.product_id, [...(movesOf.get(m.product_id) ?? []), m]);
  return lines.map((l) => {
    const tally = counted.get(l.productId);
    const until = tally ? tally.mark : Number.MAX_SAFE_INTEGER;
    const since = (movesOf.get(l.productId) ?? []).filter((m) => m.id <= until).reduce((sum, m) => sum + m.quantity, 0);
    const expectedQuantity = l.snapshotQuantity + since;
    return {
      ...l, expectedQuantity,
      countedQuantity: tally ? tally.counted : null,
      difference: tally ? tally.counted - expectedQuantity : null,
      entries: tally?.entries ?? 0,
    };
  });
}

export function countSheet(ctx: Ctx, countId: number): StockCountSheet {
  const count = countRow(ctx, countId);
  return { ...summary(ctx, countId), lines: sheetLines(ctx, count, null) };
}

export function recordCount(ctx: Ctx, input: { countId: number; productId: number; mode: CountEntryMode; quantity: number }): StockCountLine {
  const count = openCountRow(ctx, input.countId);
  const product = productRow(ctx, input.productId);
  const onSheet = ctx.db.prepare('SELECT 1 FROM stock_count_lines WHERE count_id = ? AND product_id = ?').get(count.id, product.id) !== undefined;
  if (!onSheet) {
    // A product found on the shelf that the sheet did not list (inactive, no moves here yet).
    if (count.category_id !== null && product.category_id !== count.category_id) {
      throw new AppError('VALIDATION', `"${product.name}" is not part of this count.`, { details: { reason: 'stockCountProductNotOnSheet', name: product.name } });
    }
    ctx.db.prepare('INSERT INTO stock_count_lines (count_id, product_id, expected_quantity) VALUES (?, ?, ?)')
      .run(count.id, product.id, onHand(ctx, product.id, count.location_id, count.snapshot_move_id));
  }
  ctx.db.prepare('INSERT INTO stock_count_entries (count_id, product_id, mode, quantity, move_mark, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(count.id, product.id, input.mode, input.quantity, lastMoveId(ctx), ctx.now(), ctx.session?.staffId ?? null);
  const [line] = sheetLines(ctx, count, product.id);
  return line!;
}

export function postCount(ctx: Ctx, countId: number): StockCountSheet {
  const count = openCountRow(ctx, countId);
  const differing = sheetLines(ctx, count, null).filter((l) => l.difference !== null && l.difference !== 0);
  const location = locationRow(ctx, count.location_id);
  const note = count.note || `${location.name} #${count.id}`;
  const documentId = writeDocument(ctx, 'count', note, differing.map((l) => ({
    productId: l.productId, locationId: count.location_id, quantity: l.difference!, reason: 'countDifference' as const,
  })));
  ctx.db.prepare("UPDATE stock_counts SET status = 'posted', document_id = ?, closed_at = ? WHERE id = ?").run(documentId, ctx.now(), count.id);
  ctx.audit('stock.count.post', `stockCount:${count.id}`, undefined, { documentId, differences: differing.length });
  return countSheet(ctx, count.id);
}

export function cancelCount(ctx: Ctx, countId: number): StockCountSummary {
  const count = openCountRow(ctx, countId);
  ctx.db.prepare("UPDATE stock_counts SET status = 'cancelled', closed_at = ? WHERE id = ?").run(ctx.now(), count.id);
  ctx.audit('stock.count.cancel', `stockCount:${count.id}`);
  return summary(ctx, count.id);
}
