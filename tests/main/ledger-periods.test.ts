/**
 * Closing periods: a lock date refuses every posting on or before it — manual entries, expenses,
 * reversals and the counter — and corrections land in the open period; closing a year moves its
 * result into retained earnings and locks it.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { logicalDump, testCore } from '../helpers/core';
import { productId, ref, sell } from '../helpers/counter';

type T = ReturnType<typeof testCore>;
let t: T;

const id = (number: string) => t.core.db.prepare('SELECT id FROM accounts WHERE number = ?').pluck().get(number) as number;
const rate = (bp: number) => t.core.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = ?').pluck().get(bp) as number;
function refused(channel: string, input: unknown) {
  const before = logicalDump(t.core.db);
  const envelope = t.invoke(channel, input);
  expect(envelope.ok, channel).toBe(false);
  expect(logicalDump(t.core.db)).toBe(before);
  return (envelope as { error: { code: string; message: string; details: Record<string, unknown> } }).error;
}
const expense = (bookedOn: string, grossCents = 1_190) => t.call('ledger.recordExpense', {
  bookedOn, text: 'Bürobedarf', grossCents, vatRateId: rate(1900), expenseAccountId: id('4930'), paidFrom: 'bank', attachment: null,
});

beforeEach(() => {
  t = testCore();
  t.clock.set('2025-12-01T09:00:00Z');
  t.loadDemo(); // opening balances on 2025-12-01
  t.clock.set('2026-02-10T09:00:00Z');
  t.signInOwner();
});
afterEach(() => t.close());

describe('lock date', () => {
  test('only past days can be locked, and a lock only moves forward; the history is kept', () => {
    expect(refused('ledger.lock', { lockDate: '2026-02-10' }).details.reason).toBe('lockNotPast');
    t.call('ledger.lock', { lockDate: '2026-01-31' });
    expect(refused('ledger.lock', { lockDate: '2026-01-15' }).details.reason).toBe('lockBackwards');
    const status = t.call('ledger.lock', { lockDate: '2026-02-05' });
    expect(status).toMatchObject({ lockDate: '2026-02-05', firstOpenDay: '2026-02-06' });
    expect(status.locks.map((l) => l.lockDate)).toEqual(['2026-02-05', '2026-01-31']);
    expect(() => t.core.db.prepare('DELETE FROM period_locks').run()).toThrow(/permanent/);
  });

  test('postings dated in a locked period are refused everywhere, with the first open day in the message', () => {
    const january = expense('2026-01-20');
    t.call('ledger.lock', { lockDate: '2026-01-31' });
    const error = refused('ledger.recordExpense', {
      bookedOn: '2026-01-31', text: 'zu spät', grossCents: 100, vatRateId: null, expenseAccountId: id('4930'), paidFrom: 'bank', attachment: null,
    });
    expect(error.details).toMatchObject({ reason: 'periodLocked', lockDate: '2026-01-31', firstOpenDay: '2026-02-01' });
    expect(error.message).toContain('2026-02-01');
    expect(refused('ledger.postManual', {
      bookedOn: '2025-12-31', text: 'x', lines: [{ accountId: id('1200'), amountCents: 1 }, { accountId: id('1000'), amountCents: -1 }],
    }).details.reason).toBe('periodLocked');
    expect(refused('ledger.reverse', { id: january.id, reason: 'falsch', bookedOn: '2026-01-25' }).details.reason).toBe('periodLocked');
    // The correction goes into the open period: a reversal without a date is booked today.
    expect(t.call('ledger.reverse', { id: january.id, reason: 'falsch' }).bookedOn).toBe('2026-02-10');
    expect(expense('2026-02-01').bookedOn).toBe('2026-02-01');
  });

  test('the counter books into the open period; a till whose clock lies in a locked period is refused and says why', () => {
    t.signInPin('1111');
    t.call('shift.open', { floatCents: 10_000 });
    const bread = productId(t, 'Bauernbrot');
    const sale = sell(t, [{ productId: bread }]);
    t.signInOwner();
    t.clock.set('2026-02-12T09:00:00Z');
    t.signInOwner();
    t.call('ledger.lock', { lockDate: '2026-02-11' });
    // A return of the sale from the closed period is booked today, and the counter says so.
    t.signInPin('2222');
    expect(t.call('counter.receipt.get', { number: `1-${sale.number.split('-')[1]}` }).inClosedPeriod).toBe(true);
    const back = t.call('counter.return', { saleId: sale.id, lines: [{ saleLineId: sale.lines[0]!.id, quantity: 1000 }], refundMethod: 'cash', clientRef: ref() });
    const day = t.core.db.prepare('SELECT e.booked_on FROM sales s JOIN journal_entries e ON e.id = s.journal_entry_id WHERE s.id = ?').pluck();
    expect(day.get(sale.id)).toBe('2026-02-10');
    expect(day.get(back.id)).toBe('2026-02-12');
    // A clock set back into the locked period cannot post; the cashier sees which day is open.
    t.clock.set('2026-02-11T15:00:00Z');
    const error = refused('counter.checkout', {
      cart: { lines: [{ type: 'product', productId: bread, quantity: 1000 }] }, payments: [{ method: 'cash', amountCents: 1_000 }], clientRef: ref(),
    });
    expect(error.details).toMatchObject({ reason: 'periodLocked', firstOpenDay: '2026-02-12' });
  });
});

describe('year end', () => {
  test('closing a year moves its result into retained earnings, locks it and leaves balance sheet accounts as they are', () => {
    t.clock.set('2025-12-15T09:00:00Z');
    t.signInPin('1111');
    t.call('shift.open', { floatCents: 10_000 });
    sell(t, [{ productId: productId(t, 'Bauernbrot') }]); // 4.20 € at 7 %: revenue 3.93, VAT 0.27
    t.signInOwner();
    t.clock.set('2025-12-20T09:00:00Z');
    t.signInOwner();
    expense('2025-12-20', 2_380); // 20.00 net + 3.80 input VAT
    t.clock.set('2026-02-10T09:00:00Z');
    t.signInOwner();
    expect(refused('ledger.closeYear', { year: 2026 }).details.reason).toBe('yearNotOver');
    const status = t.call('ledger.closeYear', { year: 2025 });
    expect(status.lockDate).toBe('2025-12-31');
    expect(status.closedYears.map((y) => y.year)).toEqual([2025]);
    const closing = t.call('ledger.entry', { id: status.closedYears[0]!.entryId });
    expect(closing.bookedOn).toBe('2025-12-31');
    expect(Object.fromEntries(closing.lines.map((l) => [l.accountNumber, l.amountCents]))).toEqual({
      8300: 393, 4930: -2_000, '0860': 2_000 - 393,
    });
    const sum = (n: string) => t.core.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM journal_lines WHERE account_id = ?').pluck().get(id(n));
    expect(sum('8300')).toBe(0);
    expect(sum('1771')).toBe(-27);
    expect(refused('ledger.closeYear', { year: 2025 }).details.reason).toBe('yearClosed');
  });

  test('a year is closed even when months after it are locked already, and retired accounts are emptied too', () => {
    t.clock.set('2025-12-20T09:00:00Z');
    t.signInOwner();
    expense('2025-12-20', 2_380);
    t.call('ledger.account.retire', { id: id('4930') });
    t.clock.set('2026-02-10T09:00:00Z');
    t.signInOwner();
    t.call('ledger.lock', { lockDate: '2026-01-31' }); // January's VAT return is filed
    const status = t.call('ledger.closeYear', { year: 2025 });
    expect(status.lockDate).toBe('2026-01-31');
    const closing = t.call('ledger.entry', { id: status.closedYears[0]!.entryId });
    expect(Object.fromEntries(closing.lines.map((l) => [l.accountNumber, l.amountCents]))).toEqual({ 4930: -2_000, '0860': 2_000 });
  });

  test('years are closed in order', () => {
    t.clock.set('2027-02-01T09:00:00Z');
    t.signInOwner();
    expect(refused('ledger.closeYear', { year: 2026 }).details).toMatchObject({ reason: 'earlierYearOpen', year: 2025 });
  });
});
