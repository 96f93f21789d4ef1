/**
 * Work orders: created with a gap-free number (series 'workOrder'), never deleted, moved only along
 * the flow (WORK_ORDER_FLOW); every change appends an event and an audit row. Notes and time
 * entries are appended, never edited: a time correction is a negative entry with a reason.
 *
 * For the counter's reception (customer orders and service jobs taken in at the counter):
 * `createWorkOrder` takes an order in, `handOverWorkOrder` closes a ready one when the customer
 * collects it (the billing is the reception's), `workOrderDetail` / `counterWorkOrders` read them.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import { WORK_ORDER_FLOW, type WorkOrderDetail, type WorkOrderKind, type WorkOrderStatus } from '../../../src-shared/contract/production';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { requireCustomer } from '../customers/records';
import { today } from '../ledger/service';
import { productRow } from '../stock/lookups';
import { workOrderDetail } from './work-order-read';

export type WorkOrderInput = ParsedInput<'production.workOrders.create'>;

export interface WorkOrderRow {
  id: number; number: number; kind: WorkOrderKind; status: WorkOrderStatus; customer_id: number | null; title: string; fault: string;
  price_cents: number | null; price_is_estimate: number; promised_on: string | null; product_id: number | null; quantity: number | null;
  assignee_id: number | null;
}

export function workOrderRow(ctx: Ctx, id: number): WorkOrderRow {
  const row = ctx.db.prepare('SELECT * FROM work_orders WHERE id = ?').get(id) as WorkOrderRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no work order ${id}.`, { details: { reason: 'workOrderNotFound', id } });
  return row;
}

/** The order, refused when it is handed over or cancelled (those are final). */
export function openWorkOrder(ctx: Ctx, id: number): WorkOrderRow {
  const row = workOrderRow(ctx, id);
  if (row.status === 'handedOver' || row.status === 'cancelled') {
    throw new AppError('CONFLICT', `Work order ${row.number} is closed.`, { details: { reason: 'workOrderClosed', number: row.number } });
  }
  return row;
}

function addEvent(ctx: Ctx, workOrderId: number, kind: 'created' | 'status' | 'assigned' | 'details', from: string | null, to: string | null, note: string): void {
  ctx.db.prepare('INSERT INTO work_order_events (work_order_id, at, staff_id, kind, from_value, to_value, note) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(workOrderId, ctx.now(), ctx.session?.staffId ?? null, kind, from, to, note);
}

function requireStaff(ctx: Ctx, staffId: number, { allowInactive = false } = {}): string {
  const row = ctx.db.prepare('SELECT name, active FROM staff WHERE id = ?').get(staffId) as { name: string; active: number } | undefined;
  if (!row || (!allowInactive && row.active !== 1)) {
    throw new AppError('NOT_FOUND', `There is no active staff member ${staffId}.`, { details: { reason: 'workOrderStaffNotFound', staffId } });
  }
  return row.name;
}

function checkProduct(ctx: Ctx, kind: WorkOrderKind, productId: number | null): void {
  if (kind === 'stock' && productId === null) {
    throw new AppError('VALIDATION', 'Production for stock needs the product to make.', { details: { reason: 'workOrderStockNeedsProduct' } });
  }
  if (productId !== null) productRow(ctx, productId);
}

export function createWorkOrder(ctx: Ctx, input: WorkOrderInput): WorkOrderDetail {
  checkProduct(ctx, input.kind, input.productId);
  if (input.customerId !== null) requireCustomer(ctx, input.customerId);
  if (input.assigneeId !== null) requireStaff(ctx, input.assigneeId);
  const number = takeNumber(ctx.db, 'workOrder');
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO work_orders (number, kind, status, customer_id, title, fault, price_cents, price_is_estimate, promised_on, product_id, quantity,
       assignee_id, created_at, created_by) VALUES (?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(number, input.kind, input.customerId, input.title, input.fault, input.priceCents, input.priceIsEstimate ? 1 : 0, input.promisedOn,
    input.productId, input.quantity, input.assigneeId, ctx.now(), ctx.session?.staffId ?? null);
  const id = Number(lastInsertRowid);
  addEvent(ctx, id, 'created', null, 'received', '');
  ctx.audit('production.workOrders.create', `workOrder:${id}`, undefined, { number, ...input });
  return workOrderDetail(ctx, id);
}

const DETAIL_FIELDS = {
  title: 'title', fault: 'fault', customerId: 'customer_id', priceCents: 'price_cents', priceIsEstimate: 'price_is_estimate',
  promisedOn: 'promised_on', productId: 'product_id', quantity: 'quantity',
} as const;
type DetailField = keyof typeof DETAIL_FIELDS;

export function updateWorkOrder(ctx: Ctx, input: ParsedInput<'production.workOrders.update'>): WorkOrderDetail {
  const row = openWorkOrder(ctx, input.id);
  const next: Record<DetailField, string | number | null> = { ...input, priceIsEstimate: input.priceIsEstimate ? 1 : 0 };
  const changed = (Object.keys(DETAIL_FIELDS) as DetailField[]).filter((f) => next[f] !== row[DETAIL_FIELDS[f]]);
  if (changed.length === 0) return workOrderDetail(ctx, row.id);
  if (changed.includes('productId')) checkProduct(ctx, row.kind, input.productId);
  if (changed.includes('customerId') && input.customerId !== null) requireCustomer(ctx, input.customerId);
  ctx.db.prepare(`UPDATE work_orders SET ${changed.map((f) => `${DETAIL_FIELDS[f]} = @${f}`).join(', ')} WHERE id = @id`)
    .run({ ...Object.fromEntries(changed.map((f) => [f, next[f]])), id: row.id });
  addEvent(ctx, row.id, 'details', null, changed.join(','), '');
  ctx.audit('production.workOrders.update', `workOrder:${row.id}`,
    Object.fromEntries(changed.map((f) => [f, row[DETAIL_FIELDS[f]]])), Object.fromEntries(changed.map((f) => [f, next[f]])));
  return workOrderDetail(ctx, row.id);
}

export function assignWorkOrder(ctx: Ctx, input: { id: number; assigneeId: number | null; note: string }): WorkOrderDetail {
  const row = openWorkOrder(ctx, input.id);
  if (input.assigneeId === row.assignee_id) return workOrderDetail(ctx, row.id);
  if (input.assigneeId !== null) requireStaff(ctx, input.assigneeId);
  ctx.db.prepare('UPDATE work_orders SET assignee_id = ? WHERE id = ?').run(input.assigneeId, row.id);
  const text = (v: number | null) => (v === null ? null : String(v));
  addEvent(ctx, row.id, 'assigned', text(row.assignee_id), text(input.assigneeId), input.note);
  ctx.audit('production.workOrders.assign', `workOrder:${row.id}`, { assigneeId: row.assignee_id }, { assigneeId: input.assigneeId, note: input.note });
  return workOrderDetail(ctx, row.id);
}

/**
 * Moves an order to `status`, refusing anything the flow does not allow. Used by the board, by a
 * production (which completes the order it was made for) and by the counter's handover.
 */
export function moveWorkOrder(ctx: Ctx, row: WorkOrderRow, status: WorkOrderStatus, note: string, { byProduction = false } = {}): void {
  const allowed = byProduction ? status !== row.status : WORK_ORDER_FLOW[row.status].includes(status);
  if (!allowed) {
    throw new AppError('CONFLICT', `A work order cannot go from ${row.status} to ${status}.`, {
      details: { reason: 'workOrderStatusNotAllowed', from: row.status, to: status, number: row.number },
    });
  }
  if (status === 'cancelled' && note.trim() === '') {
    throw new AppError('VALIDATION', 'Cancelling a work order needs a reason.', { details: { reason: 'workOrderCancelReasonRequired' } });
  }
  const closed = status === 'handedOver' || status === 'cancelled';
  ctx.db.prepare('UPDATE work_orders SET status = ?, closed_at = ? WHERE id = ?').run(status, closed ? ctx.now() : null, row.id);
  addEvent(ctx, row.id, 'status', row.status, status, note);
  ctx.audit('production.workOrders.status', `workOrder:${row.id}`, { status: row.status }, { status, note });
}

/** The board's status buttons. Handing over is not theirs: the counter hands over customers' work, a production completes stock work. */
export function setWorkOrderStatus(ctx: Ctx, input: { id: number; status: WorkOrderStatus; note: string }): WorkOrderDetail {
  const row = openWorkOrder(ctx, input.id);
  if (input.status === 'handedOver') {
    const reason = row.kind === 'stock' ? 'workOrderCompletedByProduction' : 'workOrderHandoverAtCounter';
    throw new AppError('CONFLICT', row.kind === 'stock' ? 'Production for stock is completed by producing it.' : 'The counter hands the work over to the customer.', {
      details: { reason, number: row.number },
    });
  }
  moveWorkOrder(ctx, row, input.status, input.note);
  return workOrderDetail(ctx, row.id);
}

/**
 * For the counter's reception: the customer collects a ready customer order or service job. Runs
 * in the caller's transaction (together with the billing); refuses an order that is not ready.
 */
export function handOverWorkOrder(ctx: Ctx, workOrderId: number, note = ''): WorkOrderDetail {
  const row = openWorkOrder(ctx, workOrderId);
  if (row.kind === 'stock') {
    throw new AppError('CONFLICT', 'Production for stock is not handed over to a customer.', { details: { reason: 'workOrderCompletedByProduction', number: row.number } });
  }
  if (row.status !== 'ready') {
    throw new AppError('CONFLICT', `Work order ${row.number} is not ready yet.`, { details: { reason: 'workOrderNotReady', number: row.number, status: row.status } });
  }
  moveWorkOrder(ctx, row, 'handedOver', note);
  return workOrderDetail(ctx, row.id);
}

export function addWorkOrderNote(ctx: Ctx, input: { id: number; text: string; counterVisible: boolean }): WorkOrderDetail {
  const row = workOrderRow(ctx, input.id);
  const { lastInsertRowid } = ctx.db.prepare('INSERT INTO work_order_notes (work_order_id, at, staff_id, text, counter_visible) VALUES (?, ?, ?, ?, ?)')
    .run(row.id, ctx.now(), ctx.session?.staffId ?? null, input.text, input.counterVisible ? 1 : 0);
  ctx.audit('production.workOrders.note', `workOrder:${row.id}`, undefined, { noteId: Number(lastInsertRowid), counterVisible: input.counterVisible });
  return workOrderDetail(ctx, row.id);
}

/**
 * Time is appended. A correction is a negative entry: it needs a reason (the note) and may not take
 * the person's time on the order below zero. No time is booked on days still to come.
 */
export function addWorkOrderTime(ctx: Ctx, input: { id: number; staffId: number; workedOn: string; minutes: number; note: string }): WorkOrderDetail {
  const row = workOrderRow(ctx, input.id);
  requireStaff(ctx, input.staffId, { allowInactive: input.minutes < 0 });
  if (input.workedOn > today(ctx)) {
    throw new AppError('VALIDATION', 'Time cannot be booked on a day still to come.', { details: { reason: 'workOrderTimeInFuture' } });
  }
  if (input.minutes < 0) {
    if (input.note.trim() === '') throw new AppError('VALIDATION', 'A correction needs a reason.', { details: { reason: 'workOrderTimeCorrectionReason' } });
    const booked = ctx.db.prepare('SELECT coalesce(sum(minutes), 0) FROM work_order_time WHERE work_order_id = ? AND staff_id = ?').pluck().get(row.id, input.staffId) as number;
    if (booked + input.minutes < 0) {
      throw new AppError('CONFLICT', `Only ${booked} minutes are booked for this person.`, { details: { reason: 'workOrderTimeBelowZero', booked } });
    }
  }
  const { lastInsertRowid } = ctx.db.prepare(
    'INSERT INTO work_order_time (work_order_id, staff_id, worked_on, minutes, note, at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(row.id, input.staffId, input.workedOn, input.minutes, input.note, ctx.now(), ctx.session?.staffId ?? null);
  ctx.audit('production.workOrders.time', `workOrder:${row.id}`, undefined, { entryId: Number(lastInsertRowid), staffId: input.staffId, minutes: input.minutes, workedOn: input.workedOn });
  return workOrderDetail(ctx, row.id);
}
