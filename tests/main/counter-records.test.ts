import { createCore } from '../../src-main/core/core';
import { counterCore, journalOf, productId, ref, sell } from '../helpers/counter';

describe('returns', () => {
  test('partial and full returns: exact negation, never more than sold, stock back', () => {
    const t = counterCore();
    const cola = productId(t, 'Cola 0,5 l');
    const sale = t.call('counter.checkout', {
      cart: { lines: [{ type: 'product', productId: cola, quantity: 3000 }, { type: 'product', productId: 1, quantity: 1000 }], basketDiscount: { kind: 'amount', cents: 10 } },
      payments: [{ method: 'cash', amountCents: 5000 }], clientRef: ref(),
    });
    const [colaLine, breadLine] = sale.lines;
    const first = t.call('counter.return', { saleId: sale.id, lines: [{ saleLineId: colaLine!.id, quantity: 1000 }], refundMethod: 'cash', clientRef: ref() });
    const second = t.call('counter.return', { saleId: sale.id, lines: [{ saleLineId: colaLine!.id, quantity: 2000 }, { saleLineId: breadLine!.id, quantity: 1000 }], refundMethod: 'card', clientRef: ref() });
    expect(first.kind).toBe('return');
    expect(first.originalNumber).toBe(sale.number);
    // The two returns together are the exact negation of the sale, line by line and per VAT rate.
    expect(first.totalCents + second.totalCents).toBe(-sale.totalCents);
    expect(first.lines[0]!.totalCents + second.lines[0]!.totalCents).toBe(-colaLine!.totalCents);
    const vatBack = (rate: number) => [first, second].flatMap((r) => r.vat).filter((v) => v.rateBasisPoints === rate).reduce((a, v) => a + v.vatCents, 0);
    for (const v of sale.vat) expect(vatBack(v.rateBasisPoints)).toBe(-v.vatCents);
    expect(Object.values(journalOf(t, first.id)).reduce((a, b) => a + b, 0)).toBe(0);
    expect(journalOf(t, second.id)['1361']).toBe(second.totalCents);

    const again = t.invoke('counter.return', { saleId: sale.id, lines: [{ saleLineId: breadLine!.id, quantity: 1000 }], refundMethod: 'cash', clientRef: ref() });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'returnTooMuch', returnable: 0 } } });
    expect(t.call('counter.receipt.get', { id: sale.id }).lines.map((l) => l.returnableQuantity)).toEqual([0, 0]);
    const stock = t.core.db.prepare('SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE product_id = ? AND reason IN (?, ?)').pluck().get(cola, 'sale', 'return');
    expect(stock).toBe(0);
    t.close();
  });

  test('a refund above the limit needs a manager', () => {
    const t = counterCore();
    const wine = productId(t, 'Rotwein 0,75 l 6er-Pack');
    const sale = sell(t, [{ productId: wine, quantity: 2000 }]);
    const input = { saleId: sale.id, lines: [{ saleLineId: sale.lines[0]!.id, quantity: 2000 }], refundMethod: 'cash', clientRef: ref() };
    expect(t.invoke('counter.return', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'approvalRequired', action: 'refund' } } });
    const { approvalId } = t.call('counter.approve', { pin: '2222', action: 'refund' });
    expect(t.call('counter.return', { ...input, approvalId }).totalCents).toBe(-sale.totalCents);
    t.close();
  });
});

describe('voids', () => {
  test('the manager voids the last sale: a full reversal receipt, stock and vouchers back', () => {
    const t = counterCore();
    const first = sell(t, [{ productId: 1 }]);
    const last = t.call('counter.checkout', {
      cart: { lines: [{ type: 'product', productId: 2, quantity: 2000 }, { type: 'voucher', amountCents: 1000 }] },
      payments: [{ method: 'card', amountCents: 500 }, { method: 'cash', amountCents: 2000 }], clientRef: ref(),
    });
    expect(t.invoke('counter.void', { saleId: last.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'approvalRequired' } } });
    const { approvalId } = t.call('counter.approve', { pin: '2222', action: 'void' });
    expect(t.invoke('counter.void', { saleId: first.id, approvalId })).toMatchObject({ ok: false, error: { details: { reason: 'notLastSale' } } });
    const { approvalId: second } = t.call('counter.approve', { pin: '2222', action: 'void' });
    const voided = t.call('counter.void', { saleId: last.id, approvalId: second });
    expect(voided).toMatchObject({ kind: 'void', totalCents: -last.totalCents, originalNumber: last.number });
    const sum = (a: Record<string, number>, b: Record<string, number>) => Object.fromEntries(Object.keys({ ...a, ...b }).map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]).filter(([, v]) => v !== 0));
    expect(sum(journalOf(t, last.id), journalOf(t, voided.id))).toEqual({});
    expect(t.call('counter.voucher.check', { code: last.lines[1]!.voucherCode! }).balanceCents).toBe(0);
    expect(t.core.db.prepare('SELECT sum(quantity) FROM stock_moves WHERE product_id = 2 AND reason IN (?, ?)').pluck().get('sale', 'void')).toBe(0);
    expect(t.invoke('counter.void', { saleId: last.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    t.close();
  });
});

describe('records', () => {
  test('numbers are gap-free across failed checkouts and restarts; the chain verifies', () => {
    const t = counterCore();
    sell(t, [{ productId: 1 }]);
    t.invoke('counter.checkout', { cart: { lines: [{ type: 'product', productId: 1, quantity: 1000 }] }, payments: [{ method: 'cash', amountCents: 1 }], clientRef: ref() });
    sell(t, [{ productId: 2 }]);
    t.core.close();
    const reopened = createCore({ dataDir: t.dataDir, clock: t.clock });
    const token = (reopened.invoke('auth.signIn', { pin: '1111' }) as { data: { token: string } }).data.token;
    reopened.invoke('counter.checkout', { cart: { lines: [{ type: 'product', productId: 3, quantity: 1000 }] }, payments: [{ method: 'cash', amountCents: 5000 }], clientRef: ref() }, { token });
    expect(reopened.db.prepare('SELECT number FROM sales ORDER BY number').pluck().all()).toEqual([1, 2, 3]);
    const owner = (reopened.invoke('auth.signIn', { username: 'owner', password: 'kontor-demo' }) as { data: { token: string } }).data.token;
    expect(reopened.invoke('counter.verify', {}, { token: owner })).toMatchObject({ ok: true, data: { ok: true, receipts: 3, problems: [] } });
    reopened.close();
  });

  test.each([
    'UPDATE sales SET total_cents = total_cents - 1 WHERE number = 1',
    "UPDATE sales SET at = '2026-01-14T09:00:00.000Z' WHERE number = 2",
    'UPDATE sale_lines SET quantity = 500 WHERE id = 1',
    "UPDATE sale_lines SET name = 'Brot' WHERE id = 2",
    'UPDATE sale_payments SET amount_cents = 100 WHERE id = 1',
    'UPDATE sale_vat SET vat_cents = vat_cents + 1 WHERE sale_id = 2',
    'UPDATE journal_lines SET amount_cents = amount_cents + 1 WHERE id = 1',
    'UPDATE journal_lines SET account_id = (SELECT id FROM accounts WHERE number = \'1200\') WHERE id = 1',
    "UPDATE journal_entries SET text = 'Privat' WHERE id = 1",
    'UPDATE journal_lines SET vat_rate_id = NULL WHERE vat_rate_id IS NOT NULL',
    'UPDATE stock_moves SET quantity = quantity - 1000 WHERE reason = \'sale\'',
    'UPDATE stock_moves SET product_id = 7 WHERE id = 3',
    "UPDATE stock_moves SET reason = 'waste' WHERE reason = 'opening' AND id = 5",
  ])('tampering is detected by verify: %s', (sql) => {
    const t = counterCore();
    sell(t, [{ productId: 1 }, { productId: 2 }]);
    sell(t, [{ productId: 3 }]);
    t.signInOwner();
    expect(t.call('counter.verify').ok).toBe(true);
    // Someone with the file can drop the triggers; the chain and the balances still tell.
    t.core.db.transaction(() => {
      const triggers = t.core.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[];
      for (const name of triggers) t.core.db.exec(`DROP TRIGGER ${name}`);
      t.core.db.exec(sql);
    })();
    const result = t.call('counter.verify');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.problem).join('; ')).toMatch(/hash|balance/);
    t.close();
  });

  test('the database refuses UPDATE and DELETE on posted rows', () => {
    const t = counterCore();
    sell(t, [{ productId: 1 }]);
    for (const sql of [
      'UPDATE sales SET total_cents = 1', 'DELETE FROM sales', 'UPDATE sale_lines SET quantity = 1', 'DELETE FROM sale_lines',
      'UPDATE sale_payments SET amount_cents = 1', 'DELETE FROM sale_payments', 'UPDATE sale_vat SET vat_cents = 0', 'DELETE FROM sale_vat',
      'UPDATE journal_lines SET amount_cents = 1', 'DELETE FROM journal_lines', 'UPDATE journal_entries SET text = 1', 'DELETE FROM journal_entries',
      'UPDATE stock_moves SET quantity = 1', 'DELETE FROM stock_moves', "UPDATE sales SET hash = 'x'",
    ]) {
      expect(() => t.core.db.exec(sql), sql).toThrow(/immutable/);
    }
    t.close();
  });
});
