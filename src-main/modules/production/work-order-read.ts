/**
 * Reading work orders: the board (open work by promised date, late ones flagged), the full list,
 * one order in detail, and the counter's list of open customer orders and service jobs.
 */
import type {
  Assignee, CounterWorkOrder, WorkOrderBoard, WorkOrderCard, WorkOrderDetail, WorkOrderEvent, WorkOrderKind, WorkOrderMaterial,
  WorkOrderNote, WorkOrderStatus, WorkOrderTimeEntry,
} from '../../../src-shared/contract/production';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { today } from '../ledger/service';
import { productionsOfWorkOrder } from './production-read';

/** Late means: the promised day has passed and the work is not ready yet (a ready job waits for its customer). */
const LATE_STATUSES: readonly WorkOrderStatus[] = ['received', 'inProgress', 'waitingForParts'];
const CLOSED = "('handedOver', 'cancelled')";

const CARD_SELECT = `SELECT w.id, w.number, w.kind, w.status, w.title, w.customer_id AS customerId, c.name AS customerName,
    w.promised_on AS promisedOn, w.assignee_id AS assigneeId, s.name AS assigneeName, w.product_id AS productId,
    p.name AS productName, p.unit, w.quantity, w.price_cents AS priceCents, w.price_is_estimate AS priceIsEstimate,
    w.created_at AS createdAt, w.closed_at AS closedAt
  FROM work_orders w
  LEFT JOIN customers c ON c.id = w.customer_id
  LEFT JOIN staff s ON s.id = w.assignee_id
  LEFT JOIN products p ON p.id = w.product_id`;

type CardRow = Omit<WorkOrderCard, 'daysLate' | 'priceIsEstimate'> & { priceIsEstimate: number };

/** Whole calendar days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function daysLate(status: WorkOrderStatus, promisedOn: string | null, day: string): number {
  if (promisedOn === null || !LATE_STATUSES.includes(status)) return 0;
  return Math.max(0, daysBetween(promisedOn, day));
}

function toCard(row: CardRow, day: string): WorkOrderCard {
  return { ...row, priceIsEstimate: row.priceIsEstimate === 1, daysLate: daysLate(row.status, row.promisedOn, day) };
}

export function workOrderBoard(ctx: Ctx, q: { assigneeId: number | null; kind: WorkOrderKind | null }): WorkOrderBoard {
  const day = today(ctx);
  const rows = ctx.db.prepare(
    `${CARD_SELECT} WHERE w.status NOT IN ${CLOSED} AND (@assignee IS NULL OR w.assignee_id = @assignee) AND (@kind IS NULL OR w.kind = @kind)
     ORDER BY w.promised_on IS NULL, w.promised_on, w.number`,
  ).all({ assignee: q.assigneeId, kind: q.kind }) as CardRow[];
  return { today: day, cards: rows.map((r) => toCard(r, day)) };
}

export function listWorkOrders(ctx: Ctx, q: { status: 'open' | 'closed' | 'all'; kind: WorkOrderKind | null; search: string; offset: number; limit: number; customerWorkOnly?: boolean }) {
  const statusFilter = q.status === 'open' ? `w.status NOT IN ${CLOSED}` : q.status === 'closed' ? `w.status IN ${CLOSED}` : '1';
  const search = q.search.trim();
  const where = `${statusFilter} AND (@kind IS NULL OR w.kind = @kind) AND (@customerWork = 0 OR w.kind <> 'stock')
    AND (@search = '' OR CAST(w.number AS TEXT) = @search OR instr(lower(w.title), lower(@search)) > 0 OR instr(lower(w.fault), lower(@search)) > 0
      OR instr(lower(coalesce(c.name, '')), lower(@search)) > 0)`;
  const params = { kind: q.kind, search, customerWork: q.customerWorkOnly ? 1 : 0 };
  const total = ctx.db.prepare(`SELECT count(*) FROM work_orders w LEFT JOIN customers c ON c.id = w.customer_id WHERE ${where}`).pluck().get(params) as number;
  const rows = ctx.db.prepare(`${CARD_SELECT} WHERE ${where} ORDER BY w.number DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as CardRow[];
  const day = today(ctx);
  return { rows: rows.map((r) => toCard(r, day)), total };
}

export function workOrderCard(ctx: Ctx, id: number): WorkOrderCard {
  const row = ctx.db.prepare(`${CARD_SELECT} WHERE w.id = ?`).get(id) as CardRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no work order ${id}.`, { details: { reason: 'workOrderNotFound', id } });
  return toCard(row, today(ctx));
}

function events(ctx: Ctx, id: number): WorkOrderEvent[] {
  const rows = ctx.db.prepare(
    `SELECT e.id, e.at, s.name AS staffName, e.kind, e.from_value AS "from", e.to_value AS "to", e.note
     FROM work_order_events e LEFT JOIN staff s ON s.id = e.staff_id WHERE e.work_order_id = ? ORDER BY e.id`,
  ).all(id) as WorkOrderEvent[];
  // Assignments store staff ids; the history shows names.
  const nameOf = ctx.db.prepare('SELECT name FROM staff WHERE id = ?').pluck();
  const name = (value: string | null) => (value === null ? null : ((nameOf.get(Number(value)) as string | undefined) ?? value));
  return rows.map((e) => (e.kind === 'assigned' ? { ...e, from: name(e.from), to: name(e.to) } : e));
}

function notes(ctx: Ctx, id: number, counterOnly: boolean): WorkOrderNote[] {
  return (ctx.db.prepare(
    `SELECT n.id, n.at, s.name AS staffName, n.text, n.counter_visible AS counterVisible
     FROM work_order_notes n LEFT JOIN staff s ON s.id = n.staff_id
     WHERE n.work_order_id = ? AND (? = 0 OR n.counter_visible = 1) ORDER BY n.id`,
  ).all(id, counterOnly ? 1 : 0) as (Omit<WorkOrderNote, 'counterVisible'> & { counterVisible: number })[])
    .map((n) => ({ ...n, counterVisible: n.counterVisible === 1 }));
}

function timeEntries(ctx: Ctx, id: number): WorkOrderTimeEntry[] {
  return ctx.db.prepare(
    `SELECT t.id, t.staff_id AS staffId, s.name AS staffName, t.worked_on AS workedOn, t.minutes, t.note, t.at, r.name AS recordedByName
     FROM work_order_time t JOIN staff s ON s.id = t.staff_id LEFT JOIN staff r ON r.id = t.recorded_by
     WHERE t.work_order_id = ? ORDER BY t.id`,
  ).all(id) as WorkOrderTimeEntry[];
}

function materials(ctx: Ctx, id: number): WorkOrderMaterial[] {
  return ctx.db.prepare(
    `SELECT m.id, m.product_id AS productId, p.sku, p.name, p.unit, m.location_id AS locationId, l.name AS locationName, m.quantity,
       m.unit_cost_cents AS unitCostCents, m.cost_cents AS costCents, m.at, s.name AS staffName, m.note
     FROM work_order_materials m JOIN products p ON p.id = m.product_id JOIN stock_locations l ON l.id = m.location_id
     LEFT JOIN staff s ON s.id = m.staff_id WHERE m.work_order_id = ? ORDER BY m.id`,
  ).all(id) as WorkOrderMaterial[];
}

/** The whole order; without back-office access (the counter) only the notes meant for the counter, no time or materials. */
export function workOrderDetail(ctx: Ctx, id: number): WorkOrderDetail {
  const card = workOrderCard(ctx, id);
  const full = ctx.session?.permissions.has('backoffice.access') ?? true;
  const head = ctx.db.prepare('SELECT w.fault, s.name AS createdByName FROM work_orders w LEFT JOIN staff s ON s.id = w.created_by WHERE w.id = ?')
    .get(id) as { fault: string; createdByName: string | null };
  const time = full ? timeEntries(ctx, id) : [];
  const used = full ? materials(ctx, id) : [];
  return {
    ...card,
    ...head,
    notes: notes(ctx, id, !full),
    time,
    materials: used,
    events: full ? events(ctx, id) : [],
    totalMinutes: time.reduce((sum, t) => sum + t.minutes, 0),
    materialCostCents: used.reduce((sum, m) => sum + m.costCents, 0),
    productions: full ? productionsOfWorkOrder(ctx, id) : [],
  };
}

export function counterWorkOrders(ctx: Ctx, q: { search: string }): CounterWorkOrder[] {
  // Open customer work is what is in the shop now: a few dozen at most, so the counter gets all of it.
  const list = listWorkOrders(ctx, { status: 'open', kind: null, search: q.search, offset: 0, limit: 1000, customerWorkOnly: true });
  const counterNotes = ctx.db.prepare('SELECT at, text FROM work_order_notes WHERE work_order_id = ? AND counter_visible = 1 ORDER BY id');
  return list.rows
    .filter((r): r is WorkOrderCard & { kind: CounterWorkOrder['kind'] } => r.kind !== 'stock')
    .sort((a, b) => (a.promisedOn ?? '9999').localeCompare(b.promisedOn ?? '9999') || a.number - b.number)
    .map((r) => ({
      id: r.id, number: r.number, kind: r.kind, status: r.status as CounterWorkOrder['status'], title: r.title, customerId: r.customerId,
      customerName: r.customerName, promisedOn: r.promisedOn, daysLate: r.daysLate, priceCents: r.priceCents, priceIsEstimate: r.priceIsEstimate,
      counterNotes: counterNotes.all(r.id) as { at: string; text: string }[],
    }));
}

export function assignees(ctx: Ctx): Assignee[] {
  return (ctx.db.prepare('SELECT id, name, active FROM staff ORDER BY active DESC, name COLLATE NOCASE').all() as (Omit<Assignee, 'active'> & { active: number })[])
    .map((s) => ({ ...s, active: s.active === 1 }));
}
