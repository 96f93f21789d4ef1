/**
 * A data folder that cannot be written (simulated with PRAGMA query_only, since the tests run as
 * root, for whom chmod does not block writes): every write fails with READ_ONLY and a clear
 * message, nothing is half-written, and the counter works again once writing is possible.
 */
import { counterCore, ref } from '../helpers/counter';
import { logicalDump } from '../helpers/core';

test('writes are refused with READ_ONLY, nothing changes, and selling resumes afterwards', () => {
  const t = counterCore();
  const checkout = () => t.invoke('counter.checkout', {
    cart: { lines: [{ type: 'product', productId: 1, quantity: 1000 }] }, payments: [{ method: 'cash', amountCents: 500 }], clientRef: ref(),
  });
  const before = logicalDump(t.core.db);
  t.core.db.pragma('query_only = ON');
  for (const attempt of [checkout, () => t.invoke('shift.cashMove', { direction: 'out', amountCents: 100, reason: 'pettyExpense' }), () => t.invoke('counter.park', { cart: { lines: [{ type: 'product', productId: 2, quantity: 1000 }] } })]) {
    const result = attempt();
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: expect.stringMatching(/cannot be written.*Nothing was saved/) } });
  }
  expect(t.invoke('shift.xReport', {})).toMatchObject({ ok: true });
  t.core.db.pragma('query_only = OFF');
  expect(logicalDump(t.core.db)).toBe(before);
  expect(checkout()).toMatchObject({ ok: true, data: { number: '1-000001' } });
  console.log('[fault] read-only-folder: rounds=1, operations=5, lost=0, failures=0');
  t.close();
});
