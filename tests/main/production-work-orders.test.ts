/**
 * Work orders: gap-free numbers, the status flow and its refusals, events and audit, the board's
 * order and lateness (the test clock moves), notes for the counter, time entries with corrections,
 * materials booked on a service job, and the counter's handover service.
 */
import { handOverWorkOrder } from '../../src-main/modules/production/work-orders';
import { productId, type TestCore } from '../helpers/counter';
import { logicalDump, testCore } from '../helpers/core';
import { ctxOf } from '../helpers/stock';

function demo(): TestCore {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  return t;
}

function refusal(t: TestCore, channel: Parameters<TestCore['invoke']>[0], input: unknown) {
  const before = logicalDump(t.core.db);
  const result = t.invoke(channel, input);
  expect(logicalDump(t.core.db)).toBe(before);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

const job = (t: TestCore, fields: Record<string, unknown> = {}) =>
  t.call('production.workOrders.create', { kind: 'serviceJob', title: 'Armbanduhr', fault: 'bleibt stehen', priceCents: 2500, priceIsEstimate: true, ...fields });

test('numbers are gap-free: a refused order takes no number', () => {
  const t = demo();
  expect(job(t).number).toBe(1);
  expect(refusal(t, 'production.workOrders.create', { kind: 'serviceJob', title: 'Radio', customerId: 999 }).details).toMatchObject({ reason: 'customerNotFound' });
  expect(refusal(t, 'production.workOrders.create', { kind: 'serviceJob', title: 'Radio', assigneeId: 999 }).details).toMatchObject({ reason: 'workOrderStaffNotFound' });
  expect(refusal(t, 'production.workOrders.create', { kind: 'stock', title: 'Körbe' }).code).toBe('VALIDATION');
  expect(refusal(t, 'production.workOrders.create', { kind: 'customerOrder', title: 'Körbe', productId: 1 }).code).toBe('VALIDATION');
  expect(refusal(t, 'production.workOrders.create', { kind: 'serviceJob', title: '  ' }).code).toBe('VALIDATION');
  expect(job(t).number).toBe(2);
  const customer = t.call('customers.create', { kind: 'person', name: 'Erika Muster', phone: '0761 55555' });
  const withCustomer = job(t, { customerId: customer.id });
  expect(withCustomer).toMatchObject({ number: 3, customerId: customer.id, customerName: 'Erika Muster', status: 'received', priceIsEstimate: true });
  expect(t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'production.workOrders.create'").pluck().get()).toBe(3);
  expect(() => t.core.db.prepare('DELETE FROM work_orders WHERE id = 1').run()).toThrow(/never deleted/);
  t.close();
});

test('status moves only along the flow; every move is an event and audited; closed orders are final', () => {
  const t = demo();
  const order = job(t);
  const move = (status: string, note = '') => t.call('production.workOrders.setStatus', { id: order.id, status, note });
  expect(refusal(t, 'production.workOrders.setStatus', { id: order.id, status: 'ready' }).details).toMatchObject({ reason: 'workOrderStatusNotAllowed', from: 'received', to: 'ready' });
  expect(refusal(t, 'production.workOrders.setStatus', { id: order.id, status: 'received' }).code).toBe('VALIDATION');
  move('inProgress');
  move('waitingForParts', 'Batterie bestellt');
  move('inProgress');
  move('ready');
  expect(refusal(t, 'production.workOrders.setStatus', { id: order.id, status: 'inProgress' }).details).toMatchObject({ reason: 'workOrderStatusNotAllowed' });
  // Handing over is the counter's (with the billing), not the board's.
  expect(refusal(t, 'production.workOrders.setStatus', { id: order.id, status: 'handedOver' }).details).toMatchObject({ reason: 'workOrderHandoverAtCounter' });
  const detail = t.call('production.workOrders.get', { id: order.id });
  expect(detail.events.map((e) => [e.kind, e.from, e.to, e.note, e.staffName])).toEqual([
    ['created', null, 'received', '', 'Anna Becker'],
    ['status', 'received', 'inProgress', '', 'Anna Becker'],
    ['status', 'inProgress', 'waitingForParts', 'Batterie bestellt', 'Anna Becker'],
    ['status', 'waitingForParts', 'inProgress', '', 'Anna Becker'],
    ['status', 'inProgress', 'ready', '', 'Anna Becker'],
  ]);
  expect(t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'production.workOrders.status'").pluck().get()).toBe(4);

  // The reception's service: hands a ready job over inside the caller's transaction.
  const ctx = ctxOf(t)();
  const other = job(t);
  expect(() => handOverWorkOrder(ctx, other.id)).toThrow(/not ready/);
  const handed = t.core.db.transaction(() => handOverWorkOrder(ctx, order.id, 'abgeholt'))();
  expect(handed).toMatchObject({ status: 'handedOver', closedAt: '2026-01-15T09:00:00.000Z' });
  expect(refusal(t, 'production.workOrders.setStatus', { id: order.id, status: 'cancelled', note: 'zu spät' }).details).toMatchObject({ reason: 'workOrderClosed' });
  expect(refusal(t, 'production.workOrders.update', { id: order.id, title: 'Neu' }).details).toMatchObject({ reason: 'workOrderClosed' });
  expect(() => t.core.db.prepare("UPDATE work_orders SET title = 'x' WHERE id = ?").run(order.id)).toThrow(/final/);

  // Cancelling needs a reason and works from any open state.
  expect(refusal(t, 'production.workOrders.setStatus', { id: other.id, status: 'cancelled', note: ' ' }).details).toMatchObject({ reason: 'workOrderCancelReasonRequired' });
  t.call('production.workOrders.setStatus', { id: other.id, status: 'cancelled', note: 'Kunde verzichtet' });
  expect(t.call('production.workOrders.get', { id: other.id })).toMatchObject({ status: 'cancelled', events: [{ kind: 'created' }, { to: 'cancelled', note: 'Kunde verzichtet' }] });
  const stock = t.call('production.workOrders.create', { kind: 'stock', title: 'Körbe', productId: productId(t, 'Geschenkkorb klein'), quantity: 5000 });
  t.call('production.workOrders.setStatus', { id: stock.id, status: 'inProgress' });
  t.call('production.workOrders.setStatus', { id: stock.id, status: 'ready' });
  expect(refusal(t, 'production.workOrders.setStatus', { id: stock.id, status: 'handedOver' }).details).toMatchObject({ reason: 'workOrderCompletedByProduction' });
  t.close();
});

test('the board: open work by promised date; late jobs count their days as the clock moves; filters', () => {
  const t = demo();
  const a = job(t, { title: 'A', promisedOn: '2026-01-20' });
  const b = job(t, { title: 'B', promisedOn: '2026-01-16', assigneeId: 2 });
  const c = job(t, { title: 'C' });
  const d = t.call('production.workOrders.create', { kind: 'customerOrder', title: 'D', promisedOn: '2026-01-18' });
  const e = job(t, { title: 'E', promisedOn: '2026-01-17' });
  const gone = job(t, { title: 'storniert', promisedOn: '2026-01-10' });
  t.call('production.workOrders.setStatus', { id: gone.id, status: 'cancelled', note: 'doppelt' });
  for (const status of ['inProgress', 'ready']) t.call('production.workOrders.setStatus', { id: e.id, status });

  let board = t.call('production.workOrders.board', {});
  expect(board.today).toBe('2026-01-15');
  expect(board.cards.map((x) => x.title)).toEqual(['B', 'E', 'D', 'A', 'C']);
  expect(board.cards.every((x) => x.daysLate === 0)).toBe(true);

  t.clock.set('2026-01-19T10:00:00.000Z');
  t.signInOwner(); // the session of four days ago has expired
  board = t.call('production.workOrders.board', {});
  expect(Object.fromEntries(board.cards.map((x) => [x.title, x.daysLate]))).toEqual({ B: 3, E: 0, D: 1, A: 0, C: 0 });
  // A ready job waits for its customer: not late. Nor are jobs without a promised date.
  expect(t.call('production.workOrders.board', { assigneeId: 2 }).cards.map((x) => x.id)).toEqual([b.id]);
  expect(t.call('production.workOrders.board', { kind: 'customerOrder' }).cards.map((x) => x.id)).toEqual([d.id]);
  expect(t.call('production.workOrders.list', { status: 'closed' }).rows.map((x) => x.title)).toEqual(['storniert']);
  expect(t.call('production.workOrders.list', { search: String(a.number) }).rows.map((x) => x.id)).toEqual([a.id]);
  expect(t.call('production.workOrders.list', { search: 'STEHEN' }).total).toBe(5);
  expect(c.promisedOn).toBeNull();
  t.close();
});

test('details and the assignee change with an event each; notes are appended, some for the counter', () => {
  const t = demo();
  const order = job(t, { promisedOn: '2026-01-20' });
  t.call('production.workOrders.update', { id: order.id, title: 'Armbanduhr Junghans', fault: 'bleibt stehen', priceCents: 3900, priceIsEstimate: false, promisedOn: '2026-01-20' });
  t.call('production.workOrders.assign', { id: order.id, assigneeId: 2, note: 'Markus kann Uhren' });
  expect(refusal(t, 'production.workOrders.assign', { id: order.id, assigneeId: 999 }).details).toMatchObject({ reason: 'workOrderStaffNotFound' });
  t.call('production.workOrders.addNote', { id: order.id, text: 'Gehäuse verkratzt, Kunde weiß Bescheid' });
  t.call('production.workOrders.addNote', { id: order.id, text: 'Fertig ab Dienstag', counterVisible: true });
  const detail = t.call('production.workOrders.get', { id: order.id });
  expect(detail).toMatchObject({ title: 'Armbanduhr Junghans', priceCents: 3900, priceIsEstimate: false, assigneeName: 'Markus Wolf' });
  expect(detail.events.slice(1).map((e) => [e.kind, e.from, e.to, e.note])).toEqual([
    ['details', null, 'title,priceCents,priceIsEstimate', ''],
    ['assigned', null, 'Markus Wolf', 'Markus kann Uhren'],
  ]);
  expect(t.core.db.prepare("SELECT before, after FROM audit_log WHERE action = 'production.workOrders.update'").get())
    .toEqual({ before: '{"title":"Armbanduhr","priceCents":2500,"priceIsEstimate":1}', after: '{"title":"Armbanduhr Junghans","priceCents":3900,"priceIsEstimate":0}' });
  expect(detail.notes.map((n) => [n.text, n.counterVisible])).toEqual([['Gehäuse verkratzt, Kunde weiß Bescheid', false], ['Fertig ab Dienstag', true]]);
  t.call('production.workOrders.addTime', { id: order.id, staffId: 2, workedOn: '2026-01-15', minutes: 45 });
  const stockOrder = t.call('production.workOrders.create', { kind: 'stock', title: 'Körbe', productId: productId(t, 'Geschenkkorb klein'), quantity: 5000 });

  // At the counter: the open customer work, the notes meant for it, and no more.
  t.signInPin('1111');
  const counterView = t.call('production.workOrders.get', { id: order.id });
  expect(counterView.notes.map((n) => n.text)).toEqual(['Fertig ab Dienstag']);
  expect([counterView.time, counterView.events, counterView.materials]).toEqual([[], [], []]);
  const list = t.call('production.workOrders.counterList', {});
  expect(list.map((o) => [o.number, o.status, o.counterNotes.map((n) => n.text)])).toEqual([[order.number, 'received', ['Fertig ab Dienstag']]]);
  expect(list.some((o) => o.id === stockOrder.id)).toBe(false);
  expect(t.invoke('production.workOrders.board', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  t.close();
});

test('time is appended; a correction is a negative entry with a reason that cannot go below zero', () => {
  const t = demo();
  const order = job(t);
  t.call('production.workOrders.addTime', { id: order.id, staffId: 2, workedOn: '2026-01-14', minutes: 90, note: 'Fehlersuche' });
  t.call('production.workOrders.addTime', { id: order.id, staffId: 1, workedOn: '2026-01-15', minutes: 20 });
  expect(refusal(t, 'production.workOrders.addTime', { id: order.id, staffId: 2, workedOn: '2026-01-15', minutes: -30 }).details).toMatchObject({ reason: 'workOrderTimeCorrectionReason' });
  expect(refusal(t, 'production.workOrders.addTime', { id: order.id, staffId: 2, workedOn: '2026-01-15', minutes: -91, note: 'zu viel' }).details).toMatchObject({ reason: 'workOrderTimeBelowZero', booked: 90 });
  expect(refusal(t, 'production.workOrders.addTime', { id: order.id, staffId: 2, workedOn: '2026-01-16', minutes: 10 }).details).toMatchObject({ reason: 'workOrderTimeInFuture' });
  expect(refusal(t, 'production.workOrders.addTime', { id: order.id, staffId: 2, workedOn: '2026-01-15', minutes: 0 }).code).toBe('VALIDATION');
  const detail = t.call('production.workOrders.addTime', { id: order.id, staffId: 2, workedOn: '2026-01-14', minutes: -30, note: 'doppelt erfasst' });
  expect(detail.time.map((e) => [e.staffName, e.workedOn, e.minutes, e.note])).toEqual([
    ['Markus Wolf', '2026-01-14', 90, 'Fehlersuche'],
    ['Anna Becker', '2026-01-15', 20, ''],
    ['Markus Wolf', '2026-01-14', -30, 'doppelt erfasst'],
  ]);
  expect(detail.totalMinutes).toBe(80);
  expect(() => t.core.db.prepare('UPDATE work_order_time SET minutes = 1').run()).toThrow(/appended/);
  t.close();
});

test('materials on a service job: production moves against the job at moving-average cost; unused parts go back', () => {
  const t = demo();
  const batteries = productId(t, 'Batterien AA 4 Stk.');
  const onHand = (location: number) => t.core.db.prepare('SELECT sum(quantity) FROM stock_moves WHERE product_id = ? AND location_id = ?').pluck().get(batteries, location) as number;
  const start = onHand(1);
  const order = job(t);
  const detail = t.call('production.workOrders.addMaterials', { id: order.id, locationId: 1, note: 'für die Uhr', lines: [{ productId: batteries, quantity: 2000 }] });
  expect(detail.materials.map((m) => [m.name, m.quantity, m.unitCostCents, m.costCents, m.locationName])).toEqual([['Batterien AA 4 Stk.', 2000, 299, 598, 'Laden']]);
  expect(onHand(1)).toBe(start - 2000);
  const moves = t.core.db.prepare("SELECT quantity, reason, source_type AS source FROM stock_moves WHERE product_id = ? AND source_type = 'workOrderMaterial'").all(batteries);
  expect(moves).toEqual([{ quantity: -2000, reason: 'production', source: 'workOrderMaterial' }]);

  expect(refusal(t, 'production.workOrders.addMaterials', { id: order.id, locationId: 1, lines: [{ productId: batteries, quantity: -3000 }] }).details)
    .toMatchObject({ reason: 'workOrderMaterialReturnTooMuch', booked: 2000 });
  expect(refusal(t, 'production.workOrders.addMaterials', { id: order.id, locationId: 2, lines: [{ productId: batteries, quantity: 1000 }] }))
    .toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { reason: 'productionStockInsufficient', location: 'Lager' } });
  expect(refusal(t, 'production.workOrders.addMaterials', { id: order.id, locationId: 1, lines: [{ productId: batteries, quantity: 1000 }, { productId: batteries, quantity: 1000 }] }).details)
    .toMatchObject({ reason: 'workOrderMaterialDuplicate' });
  expect(refusal(t, 'production.workOrders.addMaterials', { id: order.id, locationId: 9, lines: [{ productId: batteries, quantity: 1000 }] }).details).toMatchObject({ reason: 'stockLocationNotFound' });

  const back = t.call('production.workOrders.addMaterials', { id: order.id, locationId: 1, note: 'eine übrig', lines: [{ productId: batteries, quantity: -1000 }] });
  expect(back.materials.map((m) => [m.quantity, m.costCents])).toEqual([[2000, 598], [-1000, -299]]);
  expect(back.materialCostCents).toBe(299);
  expect(onHand(1)).toBe(start - 1000);
  t.call('production.workOrders.setStatus', { id: order.id, status: 'cancelled', note: 'nicht reparierbar' });
  expect(refusal(t, 'production.workOrders.addMaterials', { id: order.id, locationId: 1, lines: [{ productId: batteries, quantity: 1000 }] }).details).toMatchObject({ reason: 'workOrderClosed' });
  t.close();
});
