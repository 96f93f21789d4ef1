/**
 * Reception at the counter: a deposit at order time is a liability with its VAT due at once;
 * revenue appears only at handover, the liability returns to zero and the VAT in total is the
 * VAT of the full price. Refusals write nothing.
 */
import { counterCore, type TestCore } from '../helpers/counter';
import { logicalDump } from '../helpers/core';

const balance = (t: TestCore, role: string) =>
  t.core.db.prepare('SELECT coalesce(sum(l.amount_cents), 0) FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.role = ?').pluck().get(role) as number;
const trialBalance = (t: TestCore) => t.core.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM journal_lines').pluck().get() as number;
const rate19 = (t: TestCore) => t.core.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = 1900').pluck().get() as number;
/** The demo shop has no customers: the first call creates one at the counter. */
function customerId(t: TestCore): number {
  const found = t.core.db.prepare('SELECT id FROM customers WHERE active = 1 ORDER BY id LIMIT 1').pluck().get() as number | undefined;
  return found ?? t.call('customers.create', { kind: 'person', name: 'Erika Muster', phone: '030 1234567' }).id;
}

function snapshot(t: TestCore) {
  return { cash: balance(t, 'cash'), card: balance(t, 'cardClearing'), deposits: balance(t, 'customerDeposits'), vat: balance(t, 'vat1900'), revenue: balance(t, 'revenue1900') };
}
const diff = (a: ReturnType<typeof snapshot>, b: ReturnType<typeof snapshot>) =>
  Object.fromEntries(Object.keys(a).map((k) => [k, b[k as keyof typeof a] - a[k as keyof typeof a]]));

function refusal(t: TestCore, channel: Parameters<TestCore['invoke']>[0], input: unknown) {
  const before = logicalDump(t.core.db);
  const result = t.invoke(channel, input);
  expect(logicalDump(t.core.db)).toBe(before);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

function repair(t: TestCore, extra: Record<string, unknown> = {}) {
  return t.call('reception.takeIn', {
    kind: 'serviceJob', customerId: customerId(t), title: 'Fahrrad Damen, blau', fault: 'Schaltung springt', priceCents: 11_900, priceIsEstimate: false,
    promisedOn: '2026-01-20', deposit: { amountCents: 5000, method: 'cash' }, vatRateId: rate19(t), ...extra,
  });
}

/** The workshop's part: the manager moves the job along the board to ready. */
function makeReady(t: TestCore, workOrderId: number) {
  t.signInPin('2222');
  t.call('production.workOrders.setStatus', { id: workOrderId, status: 'inProgress' });
  t.call('production.workOrders.setStatus', { id: workOrderId, status: 'ready' });
  t.signInPin('1111');
}

test('a deposit at order time, handover later: revenue only at handover, the deposit liability back to zero, VAT right', () => {
  const t = counterCore();
  const start = snapshot(t);
  const ticket = repair(t);
  expect(ticket).toMatchObject({ title: 'Fahrrad Damen, blau', fault: 'Schaltung springt', priceCents: 11_900, promisedOn: '2026-01-20' });
  // 50,00 € gross at 19 %: net 5000 / 1.19 = 4201.68 → 4202, VAT 798.
  expect(ticket.deposit).toMatchObject({ amountCents: 5000, method: 'cash', netCents: 4202, vatCents: 798 });
  expect(diff(start, snapshot(t))).toEqual({ cash: 5000, card: 0, deposits: -4202, vat: -798, revenue: 0 });
  expect(trialBalance(t)).toBe(0);
  // The drawer expects the cash: a cash-in move of the open shift.
  expect(t.core.db.prepare("SELECT direction, amount_cents FROM cash_moves WHERE reason = 'customerDeposit'").all()).toEqual([{ direction: 'in', amount_cents: 5000 }]);
  const x = t.call('shift.xReport', {});
  expect(x.expectedCashCents).toBe(10_000 + 5000);

  const open = t.call('reception.open', { search: '' });
  expect(open.find((j) => j.id === ticket.workOrderId)).toMatchObject({ status: 'received', depositCents: 5000, priceCents: 11_900 });

  // Not ready yet: refused, nothing written.
  expect(refusal(t, 'reception.handOver', { workOrderId: ticket.workOrderId, payments: [{ method: 'cash', amountCents: 6900 }] }).details)
    .toMatchObject({ reason: 'workOrderNotReady' });

  makeReady(t, ticket.workOrderId);
  const receipt = t.call('reception.handOver', { workOrderId: ticket.workOrderId, payments: [{ method: 'cash', amountCents: 6900 }] })!;
  expect(receipt.lines.map((l) => [l.name, l.totalCents])).toEqual([
    [`Auftrag ${ticket.number}: Fahrrad Damen, blau`, 11_900],
    ['abzgl. Anzahlung vom 15.01.2026', -5000],
  ]);
  expect(receipt.totalCents).toBe(6900);
  expect(receipt.payments).toEqual([{ method: 'cash', amountCents: 6900, voucherCode: null }]);
  // The receipt's VAT: on the whole price 1900, less the 798 paid with the deposit.
  expect(receipt.vat).toMatchObject([{ rateBasisPoints: 1900, grossCents: 6900, vatCents: 1102, netCents: 5798 }]);
  expect(receipt.customer?.id).toBe(customerId(t));

  expect(diff(start, snapshot(t))).toEqual({ cash: 11_900, card: 0, deposits: 0, vat: -1900, revenue: -10_000 });
  expect(trialBalance(t)).toBe(0);
  expect(t.call('production.workOrders.get', { id: ticket.workOrderId }).status).toBe('handedOver');
  expect(t.call('reception.open', { search: '' }).some((j) => j.id === ticket.workOrderId)).toBe(false);
  expect(t.call('shift.xReport', {}).expectedCashCents).toBe(10_000 + 11_900);
  // Handed over once only.
  expect(refusal(t, 'reception.handOver', { workOrderId: ticket.workOrderId, payments: [{ method: 'cash', amountCents: 6900 }] }).details)
    .toMatchObject({ reason: 'workOrderClosed' });
  // Its receipt released the deposit too, so the till cannot return or void it.
  expect(refusal(t, 'counter.return', { saleId: receipt.id, lines: [{ saleLineId: receipt.lines[0]!.id, quantity: 1000 }], refundMethod: 'cash', clientRef: 'handover-return-1' }).details)
    .toMatchObject({ reason: 'handoverWithDeposit' });
  expect(refusal(t, 'counter.void', { saleId: receipt.id }).details).toMatchObject({ reason: 'handoverWithDeposit' });
  t.close();
});

test('a fully prepaid order by card, and an estimate billed at its final price', () => {
  const t = counterCore();
  const start = snapshot(t);
  const prepaid = repair(t, { deposit: { amountCents: 11_900, method: 'card' } });
  const estimate = repair(t, { priceCents: 5000, priceIsEstimate: true, deposit: { amountCents: 1000, method: 'card' } });
  makeReady(t, prepaid.workOrderId);
  makeReady(t, estimate.workOrderId);
  const zero = t.call('reception.handOver', { workOrderId: prepaid.workOrderId, payments: [] })!;
  expect(zero.totalCents).toBe(0);
  expect(refusal(t, 'reception.handOver', { workOrderId: estimate.workOrderId, payments: [{ method: 'card', amountCents: 4950 }] }).details)
    .toMatchObject({ reason: 'finalPriceRequired' });
  const billed = t.call('reception.handOver', { workOrderId: estimate.workOrderId, finalPriceCents: 5950, payments: [{ method: 'card', amountCents: 4950 }] })!;
  expect(billed.totalCents).toBe(4950);
  // 119,00 + 59,50 gross at 19 %: net 10000 + 5000, VAT 1900 + 950.
  expect(diff(start, snapshot(t))).toEqual({ cash: 0, card: 11_900 + 5950, deposits: 0, vat: -2850, revenue: -15_000 });
  expect(trialBalance(t)).toBe(0);
  // Free work (a warranty repair) is handed over without a receipt or an entry.
  const free = repair(t, { priceCents: 0, deposit: null });
  makeReady(t, free.workOrderId);
  const entries = t.core.db.prepare('SELECT count(*) FROM journal_entries').pluck().get();
  expect(t.call('reception.handOver', { workOrderId: free.workOrderId, payments: [] })).toBeNull();
  expect(t.core.db.prepare('SELECT count(*) FROM journal_entries').pluck().get()).toBe(entries);
  expect(t.call('production.workOrders.get', { id: free.workOrderId }).status).toBe('handedOver');
  t.close();
});

test('refusals write nothing: a deposit above the price, an unknown customer, cash without a shift, a handover short of money', () => {
  const t = counterCore();
  expect(refusal(t, 'reception.takeIn', {
    kind: 'serviceJob', customerId: customerId(t), title: 'Uhr', priceCents: 1000, deposit: { amountCents: 1001, method: 'cash' },
  }).details).toMatchObject({ reason: 'depositExceedsPrice' });
  expect(refusal(t, 'reception.takeIn', { kind: 'customerOrder', customerId: 999_999, title: 'Torte' }).details).toMatchObject({ reason: 'customerNotFound' });
  const job = repair(t);
  makeReady(t, job.workOrderId);
  expect(refusal(t, 'reception.handOver', { workOrderId: job.workOrderId, payments: [{ method: 'cash', amountCents: 6899 }] }).details)
    .toMatchObject({ reason: 'underpaid' });
  expect(refusal(t, 'reception.handOver', { workOrderId: job.workOrderId, finalPriceCents: 12_000, payments: [{ method: 'cash', amountCents: 7000 }] }).details)
    .toMatchObject({ reason: 'priceAgreed' });
  t.call('shift.close', { counted: [{ denominationCents: t.call('shift.xReport', {}).expectedCashCents, count: 1 }] });
  expect(refusal(t, 'reception.takeIn', {
    kind: 'serviceJob', customerId: customerId(t), title: 'Uhr', priceCents: 1000, deposit: { amountCents: 500, method: 'cash' },
  }).details).toMatchObject({ reason: 'noOpenShift' });
  t.close();
});

test('a database from before the reception gains the deposits account of its chart', async () => {
  const { addDepositAccount } = await import('../../src-main/modules/reception/deposit-account');
  const t = counterCore();
  const db = t.core.db;
  expect(db.prepare("SELECT number FROM accounts WHERE role = 'customerDeposits'").pluck().get()).toBe('1710');
  db.prepare("UPDATE accounts SET role = NULL WHERE role = 'customerDeposits'").run();
  db.prepare("DELETE FROM accounts WHERE number = '1710'").run();
  addDepositAccount(db);
  expect(db.prepare("SELECT number, name, type FROM accounts WHERE role = 'customerDeposits'").get())
    .toEqual({ number: '1710', name: 'Erhaltene Anzahlungen auf Bestellungen', type: 'liability' });
  t.close();
});
