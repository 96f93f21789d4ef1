/**
 * The customer account: sales on account at the counter post receivables instead of cash and
 * raise the customer's balance by exactly that; payments clear it; returns and voids credit it;
 * refusals change nothing; the account always equals the receivables postings it mirrors.
 */
import { counterCore, journalOf, productId, ref, type TestCore } from '../helpers/counter';
import { logicalDump } from '../helpers/core';

const RECEIVABLES = '1400';

function shopWithCustomer(fields: Record<string, unknown> = {}) {
  const t = counterCore(); // cashier signed in, shift open
  t.signInOwner();
  const customer = t.call('customers.create', { kind: 'business', name: 'Krume GmbH', vatId: 'DE123456789', onAccount: true, paymentTermsDays: 14, ...fields });
  t.signInPin('1111');
  return { t, customer, bread: productId(t, 'Bauernbrot') /* 4,20 € at 7 % */ };
}

function sellOnAccount(t: TestCore, customerId: number | undefined, lines: { productId: number; quantity?: number }[], payments: { method: string; amountCents: number }[]) {
  return t.call('counter.checkout', {
    cart: { lines: lines.map((l) => ({ type: 'product', productId: l.productId, quantity: l.quantity ?? 1000 })) },
    payments, clientRef: ref(), ...(customerId !== undefined ? { customerId } : {}),
  });
}

const balance = (t: TestCore, id: number) => t.call('customers.get', { id }).balanceCents;
const receivables = (t: TestCore) =>
  t.core.db.prepare(`SELECT coalesce(sum(l.amount_cents), 0) FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.role = 'receivables'`).pluck().get() as number;
const accountTotal = (t: TestCore) => t.core.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM customer_ledger').pluck().get() as number;

/** Every entry's receivables lines equal its customer-account rows: the sub-ledger mirrors the ledger. */
function expectMirrored(t: TestCore) {
  const mismatches = t.core.db.prepare(
    `SELECT e.id, coalesce((SELECT sum(l.amount_cents) FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = e.id AND a.role = 'receivables'), 0) AS ledger,
            coalesce((SELECT sum(c.amount_cents) FROM customer_ledger c WHERE c.journal_entry_id = e.id), 0) AS account
     FROM journal_entries e WHERE ledger <> account`,
  ).all();
  expect(mismatches).toEqual([]);
  expect(accountTotal(t)).toBe(receivables(t));
}

test('a sale on account posts receivables instead of cash and raises the balance by exactly that', () => {
  const { t, customer, bread } = shopWithCustomer();
  const receipt = sellOnAccount(t, customer.id, [{ productId: bread, quantity: 2000 }], [{ method: 'account', amountCents: 840 }]);
  expect(receipt.payments).toEqual([{ method: 'account', amountCents: 840, voucherCode: null }]);
  expect(receipt.customer).toEqual({ id: customer.id, number: customer.number, name: 'Krume GmbH' });
  expect(journalOf(t, receipt.id)).toEqual({ [RECEIVABLES]: 840, '1771': -55, '8300': -785 });
  expect(balance(t, customer.id)).toBe(840);
  expect(t.core.db.prepare('SELECT source_type, source_id, amount_cents, booked_on, due_on FROM customer_ledger').all())
    .toEqual([{ source_type: 'counter.sale', source_id: receipt.id, amount_cents: 840, booked_on: '2026-01-15', due_on: '2026-01-29' }]);
  // Split: part cash, part on account — only the account part is owed.
  const split = sellOnAccount(t, customer.id, [{ productId: bread }], [{ method: 'cash', amountCents: 200 }, { method: 'account', amountCents: 220 }]);
  expect(journalOf(t, split.id)).toMatchObject({ '1000': 200, [RECEIVABLES]: 220 });
  expect(balance(t, customer.id)).toBe(1060);
  // The receipt shows the customer when read again; the shift report lists the tender.
  expect(t.call('counter.receipt.get', { id: split.id }).customer?.name).toBe('Krume GmbH');
  expect(t.call('shift.xReport').byTender).toEqual([{ method: 'cash', amountCents: 200 }, { method: 'account', amountCents: 1060 }]);
  expectMirrored(t);
  t.close();
});

test('a sale with a customer attached but paid in cash links the receipt and leaves the balance alone', () => {
  const { t, customer, bread } = shopWithCustomer({ onAccount: false });
  const receipt = sellOnAccount(t, customer.id, [{ productId: bread }], [{ method: 'cash', amountCents: 500 }]);
  expect(receipt.customer?.id).toBe(customer.id);
  expect(balance(t, customer.id)).toBe(0);
  expect(t.call('customers.history', { id: customer.id })).toEqual([
    { kind: 'receipt', id: receipt.id, at: receipt.at, number: receipt.number, receiptKind: 'sale', totalCents: 420, onAccountCents: 0 },
  ]);
  t.close();
});

test('on account is refused without an eligible customer, and nothing is written', () => {
  const { t, customer, bread } = shopWithCustomer({ creditLimitCents: 1000 });
  t.signInOwner();
  const plain = t.call('customers.create', { name: 'Bar-Kunde' });
  const gone = t.call('customers.create', { name: 'Weggezogen', onAccount: true });
  t.call('customers.setActive', { id: gone.id, active: false });
  t.signInPin('1111');
  const attempts: [number | undefined, number, string, string][] = [
    [undefined, 420, 'VALIDATION', 'accountNeedsCustomer'],
    [plain.id, 420, 'CONFLICT', 'customerNotOnAccount'],
    [gone.id, 420, 'CONFLICT', 'customerInactive'],
    [9999, 420, 'NOT_FOUND', 'customerNotFound'],
    [customer.id, 1260, 'CONFLICT', 'creditLimitExceeded'], // 12,60 € > 10,00 € limit
  ];
  for (const [customerId, amount, code, reason] of attempts) {
    const before = logicalDump(t.core.db);
    const result = t.invoke('counter.checkout', {
      cart: { lines: [{ type: 'product', productId: bread, quantity: (amount / 420) * 1000 }] },
      payments: [{ method: 'account', amountCents: amount }], clientRef: ref(), ...(customerId !== undefined ? { customerId } : {}),
    });
    expect(result, reason).toMatchObject({ ok: false, error: { code, details: { reason } } });
    expect(logicalDump(t.core.db), reason).toBe(before);
  }
  // On account never gives change, like card.
  expect(t.invoke('counter.checkout', { cart: { lines: [{ type: 'product', productId: bread, quantity: 1000 }] }, payments: [{ method: 'account', amountCents: 500 }], clientRef: ref(), customerId: customer.id }))
    .toMatchObject({ ok: false, error: { details: { reason: 'overpaidNonCash' } } });
  // Within the limit it goes through; the next sale would pass it.
  sellOnAccount(t, customer.id, [{ productId: bread, quantity: 2000 }], [{ method: 'account', amountCents: 840 }]);
  expect(t.invoke('counter.checkout', { cart: { lines: [{ type: 'product', productId: bread, quantity: 1000 }] }, payments: [{ method: 'account', amountCents: 420 }], clientRef: ref(), customerId: customer.id }))
    .toMatchObject({ ok: false, error: { details: { reason: 'creditLimitExceeded', availableCents: 160 } } });
  t.close();
});

test('a payment clears the receivable: debit cash or bank, credit receivables; overpaying is refused', () => {
  const { t, customer, bread } = shopWithCustomer();
  sellOnAccount(t, customer.id, [{ productId: bread, quantity: 3000 }], [{ method: 'account', amountCents: 1260 }]);
  t.signInOwner();
  const before = logicalDump(t.core.db);
  expect(t.invoke('customers.payment.record', { customerId: customer.id, amountCents: 1261, method: 'bank' }))
    .toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'paymentExceedsBalance', balanceCents: 1260 } } });
  expect(logicalDump(t.core.db)).toBe(before);

  t.clock.set('2026-01-15T10:00:00Z');
  const bank = t.call('customers.payment.record', { customerId: customer.id, amountCents: 1000, method: 'bank', note: 'Überweisung' });
  expect(bank.balanceCents).toBe(260);
  const lines = (id: number) => t.core.db.prepare('SELECT a.role, l.amount_cents FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY l.id').raw().all(id);
  expect(lines(bank.journalEntryId)).toEqual([['bank', 1000], ['receivables', -1000]]);
  expect(t.core.db.prepare('SELECT source_type, source_id FROM journal_entries WHERE id = ?').raw().get(bank.journalEntryId)).toEqual(['customers.payment', bank.paymentId]);
  // Cash taken today while the shift is open goes into the drawer's expected cash.
  const expectedBefore = t.call('shift.xReport').expectedCashCents;
  t.clock.set('2026-01-15T11:00:00Z');
  const cash = t.call('customers.payment.record', { customerId: customer.id, amountCents: 260, method: 'cash' });
  expect(lines(cash.journalEntryId)).toEqual([['cash', 260], ['receivables', -260]]);
  expect(t.call('shift.xReport').expectedCashCents).toBe(expectedBefore + 260);
  expect(balance(t, customer.id)).toBe(0);
  expect(t.call('customers.list', { status: 'withBalance' }).total).toBe(0);
  expect(t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'customers.payment.record'").pluck().get()).toBe(2);
  expectMirrored(t);
  // The history lists receipts and payments, newest first.
  expect(t.call('customers.history', { id: customer.id }).map((h) => h.kind)).toEqual(['payment', 'payment', 'receipt']);
  t.close();
});

test('a return of an on-account sale credits the account; what the customer already paid is refunded', () => {
  const { t, customer, bread } = shopWithCustomer();
  const sale = sellOnAccount(t, customer.id, [{ productId: bread, quantity: 3000 }], [{ method: 'account', amountCents: 1260 }]);
  const line = sale.lines[0]!.id;
  t.signInPin('2222'); // returns above the cashier's refund limit need a manager; the manager may return
  const first = t.call('counter.return', { saleId: sale.id, lines: [{ saleLineId: line, quantity: 1000 }], refundMethod: 'cash', clientRef: ref() });
  expect(first.payments).toEqual([{ method: 'account', amountCents: -420, voucherCode: null }]);
  expect(first.customer?.id).toBe(customer.id);
  expect(journalOf(t, first.id)).toEqual({ [RECEIVABLES]: -420, '1771': 27, '8300': 393 });
  expect(balance(t, customer.id)).toBe(840);
  // The customer pays 600 of the 840; returning another loaf (420) credits the 240 still owed and pays out 180 in cash.
  t.call('customers.payment.record', { customerId: customer.id, amountCents: 600, method: 'bank' });
  const second = t.call('counter.return', { saleId: sale.id, lines: [{ saleLineId: line, quantity: 1000 }], refundMethod: 'cash', clientRef: ref() });
  expect(second.payments).toEqual([{ method: 'account', amountCents: -240, voucherCode: null }, { method: 'cash', amountCents: -180, voucherCode: null }]);
  expect(journalOf(t, second.id)).toMatchObject({ [RECEIVABLES]: -240, '1000': -180 });
  expect(balance(t, customer.id)).toBe(0);
  // Nothing owed any more: the last loaf is refunded entirely by the chosen method.
  const third = t.call('counter.return', { saleId: sale.id, lines: [{ saleLineId: line, quantity: 1000 }], refundMethod: 'card', clientRef: ref() });
  expect(third.payments).toEqual([{ method: 'card', amountCents: -420, voucherCode: null }]);
  expect(balance(t, customer.id)).toBe(0);
  expectMirrored(t);
  const statement = t.call('customers.statement', { id: customer.id });
  expect(statement.lines.map((l) => [l.sourceType, l.amountCents, l.balanceCents])).toEqual([
    ['counter.sale', 1260, 1260], ['counter.return', -420, 840], ['customers.payment', -600, 240], ['counter.return', -240, 0],
  ]);
  expect(statement).toMatchObject({ openingCents: 0, closingCents: 0, from: '2026-01-15', to: '2026-01-15' });
  expect(statement.lines[0]).toMatchObject({ reference: sale.number, dueOn: '2026-01-29' });
  t.close();
});

test('a void of an on-account sale takes it off the account — unless the customer has paid since', () => {
  const { t, customer, bread } = shopWithCustomer();
  const sale = sellOnAccount(t, customer.id, [{ productId: bread }], [{ method: 'account', amountCents: 420 }]);
  t.signInPin('2222');
  const approval = t.call('counter.approve', { pin: '2222', action: 'void' });
  const voided = t.call('counter.void', { saleId: sale.id, approvalId: approval.approvalId });
  expect(voided.payments).toEqual([{ method: 'account', amountCents: -420, voucherCode: null }]);
  expect(voided.customer?.id).toBe(customer.id);
  expect(balance(t, customer.id)).toBe(0);

  const again = sellOnAccount(t, customer.id, [{ productId: bread }], [{ method: 'account', amountCents: 420 }]);
  t.signInOwner();
  t.call('customers.payment.record', { customerId: customer.id, amountCents: 420, method: 'bank' });
  t.signInPin('2222');
  const before = logicalDump(t.core.db);
  const second = t.call('counter.approve', { pin: '2222', action: 'void' });
  const afterApproval = logicalDump(t.core.db);
  expect(afterApproval).not.toBe(before);
  expect(t.invoke('counter.void', { saleId: again.id, approvalId: second.approvalId }))
    .toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'accountCreditExceedsBalance' } } });
  expect(logicalDump(t.core.db)).toBe(afterApproval);
  expectMirrored(t);
  t.close();
});

test('the statement takes a date range with an opening balance, and refuses an inverted one', () => {
  const { t, customer, bread } = shopWithCustomer();
  sellOnAccount(t, customer.id, [{ productId: bread }], [{ method: 'account', amountCents: 420 }]);
  t.clock.set('2026-02-10T10:00:00Z');
  t.signInOwner();
  t.call('customers.payment.record', { customerId: customer.id, amountCents: 100, method: 'bank' });
  expect(t.call('customers.get', { id: customer.id })).toMatchObject({ balanceCents: 320, overdueCents: 320 });
  const feb = t.call('customers.statement', { id: customer.id, from: '2026-02-01', to: '2026-02-28' });
  expect(feb).toMatchObject({ openingCents: 420, closingCents: 320 });
  expect(feb.lines.map((l) => l.amountCents)).toEqual([-100]);
  expect(t.invoke('customers.statement', { id: customer.id, from: '2026-03-01', to: '2026-02-01' }))
    .toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'rangeInverted' } } });
  t.close();
});

test('a checkout without a customer runs no customer query at all', () => {
  const { t, bread } = shopWithCustomer();
  const seen: string[] = [];
  const prepare = t.core.db.prepare.bind(t.core.db);
  t.core.db.prepare = ((sql: string) => { seen.push(sql); return prepare(sql); }) as typeof t.core.db.prepare;
  sellOnAccount(t, undefined, [{ productId: bread }], [{ method: 'cash', amountCents: 500 }]);
  t.core.db.prepare = prepare;
  expect(seen.length).toBeGreaterThan(3);
  expect(seen.filter((sql) => /customer_ledger|FROM customers|INTO sale_customers/.test(sql))).toEqual([]);
  t.close();
});
