/**
 * Purchase orders: draft → ordered (placed) → partly received → received (both set by goods
 * receipts) → closed; a draft, or an order with nothing received, can be cancelled instead. The
 * number is taken when the draft is created, so a cancelled draft keeps it and the series has no
 * gaps. Only a draft changes; a placed order's lines are fixed (the database refuses it too).
 * Every status is an event row with who, when and why.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { OrderStatus, PurchaseOrder, PurchaseOrderEvent, PurchaseOrderLine, PurchaseOrderSummary } from '../../../src-shared/contract/purchasing';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { today } from '../ledger/service';
import { locationRow, productRow, refuseFractionalPieces } from '../stock/lookups';
import { activeSupplierRow, addDays, lineNet, refuseDuplicateProducts, staffOf, supplierProductRow } from './lookups';

export interface OrderRow {
  id: number; number: number; supplier_id: number; location_id: number; status: OrderStatus; expected_on: string | null; note: string;
  created_at: string; ordered_at: string | null;
}

/** Placed and still to arrive (in full or in part): what counts as on order. */
export const PLACED_STATUSES: readonly OrderStatus[] = ['ordered', 'partlyReceived'];
export const PLACED = "('ordered', 'partlyReceived')";

export function orderRow(ctx: Pick<Ctx, 'db'>, orderId: number): OrderRow {
  const row = ctx.db.prepare('SELECT * FROM purchase_orders WHERE id = ?').get(orderId) as OrderRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no purchase order ${orderId}.`, { details: { reason: 'purchaseOrderNotFound', orderId } });
  return row;
}

// The net per line is quantity × cost / 1000 rounded half away from zero (lineNet); for the
// non-negative values here that is (2·q·c + 1000) / 2000 in SQLite's integer division.
const SUMMARY = `
  SELECT o.id, o.number, o.supplier_id AS supplierId, s.name AS supplierName, o.status, o.location_id AS locationId, l.name AS locationName,
    o.expected_on AS expectedOn,
    (o.status IN ${PLACED} AND o.expected_on IS NOT NULL AND o.expected_on < @today) AS overdue,
    (SELECT coalesce(sum((2 * ol.quantity * ol.unit_cost_cents + 1000) / 2000), 0) FROM purchase_order_lines ol WHERE ol.order_id = o.id) AS netCents,
    o.created_at AS createdAt, o.ordered_at AS orderedAt
  FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id JOIN stock_locations l ON l.id = o.location_id`;

type SummaryRow = Omit<PurchaseOrderSummary, 'overdue'> & { overdue: 0 | 1 };
const toSummary = (r: SummaryRow): PurchaseOrderSummary => ({ ...r, overdue: r.overdue === 1 });

export function listOrders(ctx: Ctx, q: ParsedInput<'purchasing.orders.list'>): { orders: PurchaseOrderSummary[]; total: number } {
  const where: string[] = ['(@supplier IS NULL OR o.supplier_id = @supplier)'];
  if (q.status === 'open') where.push(`o.status IN ${PLACED}`);
  else if (q.status === 'overdue') where.push(`o.status IN ${PLACED} AND o.expected_on < @today`);
  else if (q.status !== 'all') where.push('o.status = @status');
  const filter = `WHERE ${where.join(' AND ')}`;
  const params = { supplier: q.supplierId, status: q.status, today: today(ctx) };
  const total = ctx.db.prepare(`SELECT count(*) FROM purchase_orders o ${filter}`).pluck().get(params) as number;
  const rows = ctx.db.prepare(`${SUMMARY} ${filter} ORDER BY o.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as SummaryRow[];
  return { orders: rows.map(toSummary), total };
}

export function orderLines(ctx: Pick<Ctx, 'db'>, orderId: number): PurchaseOrderLine[] {
  const rows = ctx.db.prepare(
    `SELECT l.id, l.product_id AS productId, p.sku, p.name, p.unit, l.supplier_sku AS supplierSku, l.quantity,
       coalesce((SELECT sum(r.quantity) FROM goods_receipt_lines r WHERE r.order_line_id = l.id), 0) AS received,
       l.unit_cost_cents AS unitCostCents
     FROM purchase_order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.position`,
  ).all(orderId) as Omit<PurchaseOrderLine, 'outstanding' | 'lineNetCents'>[];
  return rows.map((r) => ({ ...r, outstanding: Math.max(0, r.quantity - r.received), lineNetCents: lineNet(r.quantity, r.unitCostCents) }));
}

export function getOrder(ctx: Ctx, orderId: number): PurchaseOrder {
  const row = orderRow(ctx, orderId);
  const summary = toSummary(ctx.db.prepare(`${SUMMARY} WHERE o.id = @id`).get({ id: orderId, today: today(ctx) }) as SummaryRow);
  const events = ctx.db.prepare(
    `SELECT e.at, e.status, s.name AS staffName, e.note FROM purchase_order_events e LEFT JOIN staff s ON s.id = e.staff_id
     WHERE e.order_id = ? ORDER BY e.id`,
  ).all(orderId) as PurchaseOrderEvent[];
  const receiptIds = ctx.db.prepare('SELECT id FROM goods_receipts WHERE order_id = ? ORDER BY id').pluck().all(orderId) as number[];
  return { ...summary, note: row.note, lines: orderLines(ctx, orderId), events, receiptIds };
}

export function recordEvent(ctx: Ctx, orderId: number, status: OrderStatus, note = ''): void {
  ctx.db.prepare('INSERT INTO purchase_order_events (order_id, at, status, staff_id, note) VALUES (?, ?, ?, ?, ?)')
    .run(orderId, ctx.now(), status, staffOf(ctx), note);
}

type OrderFields = ParsedInput<'purchasing.orders.create'>;

/** Checks every line before anything is written, then writes them with the supplier's article numbers. */
function writeLines(ctx: Ctx, orderId: number, supplierId: number, lines: OrderFields['lines']): void {
  refuseDuplicateProducts(lines);
  for (const line of lines) {
    refuseFractionalPieces(productRow(ctx, line.productId), line.quantity, 'purchaseFractionalPieces', 'is bought in whole pieces.');
    lineNet(line.quantity, line.unitCostCents);
  }
  const insert = ctx.db.prepare(
    'INSERT INTO purchase_order_lines (order_id, position, product_id, supplier_sku, quantity, unit_cost_cents) VALUES (?, ?, ?, ?, ?, ?)',
  );
  lines.forEach((line, i) => {
    const sku = supplierProductRow(ctx, supplierId, line.productId)?.supplier_sku ?? '';
    insert.run(orderId, i + 1, line.productId, sku, line.quantity, line.unitCostCents);
  });
}

export function createOrder(ctx: Ctx, input: OrderFields): PurchaseOrder {
  activeSupplierRow(ctx, input.supplierId);
  locationRow(ctx, input.locationId);
  const number = takeNumber(ctx.db, 'purchasing.order');
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO purchase_orders (number, supplier_id, location_id, status, expected_on, note, created_at, created_by)
     VALUES (?, ?, ?, 'draft', ?, ?, ?, ?)`,
  ).run(number, input.supplierId, input.locationId, input.expectedOn, input.note, ctx.now(), staffOf(ctx));
  const orderId = Number(lastInsertRowid);
  writeLines(ctx, orderId, input.supplierId, input.lines);
  recordEvent(ctx, orderId, 'draft');
  ctx.audit('purchasing.orders.create', `purchaseOrder:${orderId}`, undefined, { number, supplierId: input.supplierId, lines: input.lines.length });
  return getOrder(ctx, orderId);
}

function draftRow(ctx: Ctx, orderId: number): OrderRow {
  const row = orderRow(ctx, orderId);
  if (row.status !== 'draft') {
    throw new AppError('CONFLICT', `Purchase order ${row.number} is no draft any more.`, { details: { reason: 'orderNotDraft', number: row.number } });
  }
  return row;
}

export function updateOrder(ctx: Ctx, input: ParsedInput<'purchasing.orders.update'>): PurchaseOrder {
  const before = getOrder(ctx, draftRow(ctx, input.id).id);
  activeSupplierRow(ctx, input.supplierId);
  locationRow(ctx, input.locationId);
  ctx.db.prepare('UPDATE purchase_orders SET supplier_id = ?, location_id = ?, expected_on = ?, note = ? WHERE id = ?')
    .run(input.supplierId, input.locationId, input.expectedOn, input.note, input.id);
  ctx.db.prepare('DELETE FROM purchase_order_lines WHERE order_id = ?').run(input.id);
  writeLines(ctx, input.id, input.supplierId, input.lines);
  const after = getOrder(ctx, input.id);
  const brief = (o: PurchaseOrder) => ({ supplierId: o.supplierId, locationId: o.locationId, expectedOn: o.expectedOn, note: o.note,
    lines: o.lines.map((l) => [l.productId, l.quantity, l.unitCostCents]) });
  ctx.audit('purchasing.orders.update', `purchaseOrder:${input.id}`, brief(before), brief(after));
  return after;
}

/**
 * Placing fixes the order. The supplier's article numbers are copied once more (they may have
 * changed since the draft); the expected day is the one given, else the draft's, else today plus
 * the longest lead time of the supplier's data for the lines (none known: no expected day).
 */
export function placeOrder(ctx: Ctx, orderId: number, expectedOn: string | null): PurchaseOrder {
  const row = draftRow(ctx, orderId);
  activeSupplierRow(ctx, row.supplier_id);
  const lines = ctx.db.prepare('SELECT id, product_id, supplier_sku FROM purchase_order_lines WHERE order_id = ?').all(orderId) as
    { id: number; product_id: number; supplier_sku: string }[];
  let longestLead: number | null = null;
  const setSku = ctx.db.prepare('UPDATE purchase_order_lines SET supplier_sku = ? WHERE id = ?');
  for (const line of lines) {
    const data = supplierProductRow(ctx, row.supplier_id, line.product_id);
    if (!data) continue;
    longestLead = Math.max(longestLead ?? 0, data.lead_time_days);
    if (data.supplier_sku !== line.supplier_sku) setSku.run(data.supplier_sku, line.id);
  }
  const expected = expectedOn ?? row.expected_on ?? (longestLead === null ? null : addDays(today(ctx), longestLead));
  ctx.db.prepare("UPDATE purchase_orders SET status = 'ordered', ordered_at = ?, expected_on = ? WHERE id = ?").run(ctx.now(), expected, orderId);
  recordEvent(ctx, orderId, 'ordered');
  ctx.audit('purchasing.orders.place', `purchaseOrder:${orderId}`, { status: 'draft' }, { status: 'ordered', expectedOn: expected });
  return getOrder(ctx, orderId);
}

export function cancelOrder(ctx: Ctx, orderId: number, reason: string): PurchaseOrder {
  const row = orderRow(ctx, orderId);
  const anyReceipt = ctx.db.prepare('SELECT 1 FROM goods_receipts WHERE order_id = ?').get(orderId) !== undefined;
  if (!(row.status === 'draft' || (row.status === 'ordered' && !anyReceipt))) {
    throw new AppError('CONFLICT', `Purchase order ${row.number} cannot be cancelled (${row.status}).`, {
      details: { reason: 'orderNotCancellable', number: row.number, status: row.status },
    });
  }
  ctx.db.prepare("UPDATE purchase_orders SET status = 'cancelled' WHERE id = ?").run(orderId);
  recordEvent(ctx, orderId, 'cancelled', reason);
  ctx.audit('purchasing.orders.cancel', `purchaseOrder:${orderId}`, { status: row.status }, { status: 'cancelled', reason });
  return getOrder(ctx, orderId);
}

/** Nothing more is expected: what is still outstanding leaves the incoming list and the reorder sums. */
export function closeOrder(ctx: Ctx, orderId: number, reason: string): PurchaseOrder {
  const row = orderRow(ctx, orderId);
  if (row.status !== 'partlyReceived' && row.status !== 'received') {
    throw new AppError('CONFLICT', `Purchase order ${row.number} cannot be closed (${row.status}).`, {
      details: { reason: 'orderNotClosable', number: row.number, status: row.status },
    });
  }
  ctx.db.prepare("UPDATE purchase_orders SET status = 'closed' WHERE id = ?").run(orderId);
  recordEvent(ctx, orderId, 'closed', reason);
  ctx.audit('purchasing.orders.close', `purchaseOrder:${orderId}`, { status: row.status }, { status: 'closed', reason });
  return getOrder(ctx, orderId);
}

/** After a goods receipt: received once every line has arrived in full, else partly received. */
export function updateReceivedStatus(ctx: Ctx, orderId: number, note: string): void {
  const row = orderRow(ctx, orderId);
  const complete = orderLines(ctx, orderId).every((l) => l.received >= l.quantity);
  const status: OrderStatus = complete ? 'received' : 'partlyReceived';
  if (status === row.status) return;
  ctx.db.prepare('UPDATE purchase_orders SET status = ? WHERE id = ?').run(status, orderId);
  recordEvent(ctx, orderId, status, note);
}
