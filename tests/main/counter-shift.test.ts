import { createCore } from '../../src-main/core/core';
import { counterCore, productId, ref, sell } from '../helpers/counter';

test('a shift: float, sales, a return, cash out, X report, then the count and the Z report', () => {
  const t = counterCore(); // float 100,00 €
  const bread = productId(t, 'Bauernbrot');
  const sale = t.call('counter.checkout', {
    cart: { lines: [{ type: 'product', productId: bread, quantity: 2000 }, { type: 'voucher', amountCents: 1500 }] },
    payments: [{ method: 'card', amountCents: 840 }, { method: 'cash', amountCents: 2000 }], clientRef: ref(),
  }); // 23,40 €: card 8,40, cash 20,00 → change 5,00
  sell(t, [{ productId: bread }]); // 4,20 cash (tendered 500, change 495,80)
  t.call('counter.return', { saleId: sale.id, lines: [{ saleLineId: sale.lines[0]!.id, quantity: 1000 }], refundMethod: 'cash', clientRef: ref() });
  t.call('shift.cashMove', { direction: 'out', amountCents: 2000, reason: 'pettyExpense', note: 'Briefmarken' });
  expect(t.invoke('shift.cashMove', { direction: 'in', amountCents: 1000, reason: 'bankDeposit' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(t.invoke('shift.cashMove', { direction: 'out', amountCents: 1_000_000, reason: 'bankDeposit' })).toMatchObject({ ok: false, error: { details: { reason: 'notEnoughCash' } } });

  const x = t.call('shift.xReport');
  // Cash: 100 float + (20 − 5) + 4,20 − 4,20 refund − 20 out = 95,00.
  expect(x).toMatchObject({
    kind: 'X', receiptCount: 3, salesCount: 2, returnsCount: 1, salesTotalCents: 2340 + 420, returnsTotalCents: -420,
    vouchersSoldCents: 1500, cashOutCents: 2000, expectedCashCents: 9500,
  });
  expect(x.byTender).toEqual([{ method: 'cash', amountCents: 1500 }, { method: 'card', amountCents: 840 }]);
  expect(x.byVat).toEqual([{ vatRateId: expect.any(Number), rateBasisPoints: 700, grossCents: 840, netCents: 785, vatCents: 55 }]);

  const z = t.call('shift.close', { counted: [{ denominationCents: 5000, count: 1 }, { denominationCents: 2000, count: 2 }, { denominationCents: 200, count: 2 }] });
  expect(z).toMatchObject({ kind: 'Z', zNumber: 1, expectedCashCents: 9500, countedCashCents: 9400, differenceCents: -100, closedBy: 'Lena Schulz' });
  const difference = t.core.db.prepare(
    "SELECT a.number, l.amount_cents FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.id = l.account_id WHERE e.source_type = 'counter.cashDifference' ORDER BY a.number",
  ).raw().all();
  expect(difference).toEqual([['1000', -100], ['4900', 100]]);
  expect(t.call('shift.current')).toBeNull();
  expect(t.call('shift.zReport.get', { id: 1 })).toEqual(z);
  expect(() => t.core.db.exec('UPDATE z_reports SET report = 1')).toThrow(/immutable/);
  expect(() => t.core.db.exec("UPDATE shifts SET closed_at = '2030-01-01'")).toThrow(/closed, once/);

  t.call('shift.open', { floatCents: 9400 });
  expect(t.call('shift.close', { counted: [{ denominationCents: 100, count: 94 * 100 }] }).zNumber).toBe(2);
  expect(t.call('shift.zReport.list', { limit: 10 }).map((r) => r.zNumber)).toEqual([2, 1]);
  t.close();
});

test('one open shift per register', () => {
  const t = counterCore();
  expect(t.invoke('shift.open', { floatCents: 0 })).toMatchObject({ ok: false, error: { details: { reason: 'shiftAlreadyOpen' } } });
  t.close();
});

test('parked sales survive a restart and are recalled once', () => {
  const t = counterCore();
  const cola = productId(t, 'Cola 0,5 l');
  const { id } = t.call('counter.park', { cart: { lines: [{ type: 'product', productId: cola, quantity: 2000 }, { type: 'voucher', amountCents: 1000 }] }, label: 'Frau Meier' });
  t.core.close();
  const core = createCore({ dataDir: t.dataDir, clock: t.clock });
  const token = (core.invoke('auth.signIn', { pin: '2222' }) as { data: { token: string } }).data.token;
  expect(core.invoke('counter.parked.list', {}, { token })).toMatchObject({ ok: true, data: [{ id, label: 'Frau Meier', lineCount: 2, totalCents: 1298, staffName: 'Lena Schulz' }] });
  const recalled = core.invoke('counter.parked.recall', { id }, { token });
  expect(recalled).toMatchObject({ ok: true, data: { lines: [{ productId: cola, quantity: 2000, name: 'Cola 0,5 l' }], voucherLines: [1000] } });
  expect(core.invoke('counter.parked.recall', { id }, { token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  core.close();
});
