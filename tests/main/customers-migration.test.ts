/**
 * Migration 0011 rebuilds the counter's payments table to allow the tender 'account'. Here the
 * rebuild step runs on a shop with real receipts (cash, card, voucher): every row comes back with
 * its id, the receipt hash chain still verifies, and the table is as immutable as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { counterCore, productId, ref, sell } from '../helpers/counter';

const sql = fs.readFileSync(path.join(__dirname, '../../src-main/db/migrations/0011_customers.sql'), 'utf8');
const rebuild = sql.slice(sql.indexOf('CREATE TABLE sale_payments_next'));

test('the payments rebuild keeps every receipt payment and the hash chain', () => {
  const t = counterCore();
  const bread = productId(t, 'Bauernbrot');
  sell(t, [{ productId: bread }]);
  const voucher = t.call('counter.checkout', { cart: { lines: [{ type: 'voucher', amountCents: 2000 }] }, payments: [{ method: 'card', amountCents: 2000 }], clientRef: ref() });
  const code = voucher.lines[0]!.voucherCode!;
  t.call('counter.checkout', { cart: { lines: [{ type: 'product', productId: bread, quantity: 2000 }] }, payments: [{ method: 'voucher', amountCents: 840, voucherCode: code }], clientRef: ref() });
  const rows = () => t.core.db.prepare('SELECT * FROM sale_payments ORDER BY id').all();
  const before = rows();
  expect(before).toHaveLength(3);

  t.core.db.transaction(() => t.core.db.exec(rebuild))();
  expect(rows()).toEqual(before);
  t.signInOwner();
  expect(t.call('counter.verify')).toMatchObject({ ok: true, problems: [] });
  expect(() => t.core.db.prepare('UPDATE sale_payments SET amount_cents = 1').run()).toThrow(/immutable/);
  expect(() => t.core.db.prepare('DELETE FROM sale_payments').run()).toThrow(/immutable/);
  expect(() => t.core.db.prepare("INSERT INTO sale_payments (sale_id, method, amount_cents) VALUES (1, 'cheque', 1)").run()).toThrow(/CHECK/);
  expect(t.core.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'sale_payments_sale'").pluck().get()).toBe(1);
  t.close();
});
