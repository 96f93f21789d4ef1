/** Helpers for counter tests: a demo shop with an open shift, and products by name. */
import { testCore } from './core';

export type TestCore = ReturnType<typeof testCore>;

export function counterCore() {
  const t = testCore();
  t.loadDemo();
  t.signInPin('1111');
  t.call('shift.open', { floatCents: 10_000 });
  return t;
}

export function productId(t: TestCore, name: string): number {
  const id = t.core.db.prepare('SELECT id FROM products WHERE name = ?').pluck().get(name) as number | undefined;
  if (id === undefined) throw new Error(`no demo product "${name}"`);
  return id;
}

let refs = 0;
export const ref = () => `test-ref-${++refs}-${Date.now()}`;

/** Sells the lines for cash (a 500 € note, so change is given). */
export function sell(t: TestCore, lines: { productId: number; quantity?: number }[]) {
  const cart = { lines: lines.map((l) => ({ type: 'product' as const, productId: l.productId, quantity: l.quantity ?? 1000 })) };
  return t.call('counter.checkout', { cart, payments: [{ method: 'cash', amountCents: 50_000 }], clientRef: ref() });
}

export function journalOf(t: TestCore, saleId: number): Record<string, number> {
  const rows = t.core.db.prepare(
    `SELECT a.number, sum(l.amount_cents) AS amount FROM sales s JOIN journal_lines l ON l.entry_id = s.journal_entry_id
     JOIN accounts a ON a.id = l.account_id WHERE s.id = ? GROUP BY a.number ORDER BY a.number`,
  ).all(saleId) as { number: string; amount: number }[];
  return Object.fromEntries(rows.map((r) => [r.number, r.amount]));
}
