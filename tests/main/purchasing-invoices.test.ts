/** Supplier invoices and payments: postings, open amounts, refusals by the ledger — against the real core. */
import { accountBalance } from '../../src-main/modules/ledger/service';
import { accountByNumber, ensureShift, vatRateId } from '../helpers/books';
import { logicalDump } from '../helpers/core';
import { BERGER, NORD, placedOrder, productId, purchasingCore, refused, SHOP, supplierId, type PurchasingCore } from '../helpers/purchasing';

let t: PurchasingCore;
let nord: number;
let berger: number;
let rate19: number;
let rate7: number;
beforeEach(() => {
  t = purchasingCore();
  nord = supplierId(t, NORD);
  berger = supplierId(t, BERGER);
  rate19 = vatRateId(t, 1900);
  rate7 = vatRateId(t, 700);
});
afterEach(() => t.close());

const balance = (number: string) => accountBalance({ db: t.core.db }, accountByNumber(t, number));

/** The entry's lines as account number → amount (debit +, credit −). */
function entryLines(entryId: number): Record<string, number> {
  const rows = t.core.db.prepare(
    'SELECT a.number, l.amount_cents AS amount FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY a.number',
  ).all(entryId) as { number: string; amount: number }[];
  return Object.fromEntries(rows.map((r) => [r.number, r.amount]));
}

/** A placed Nord order for cola and one receipt of all of it; answers the receipt. */
function colaReceipt() {
  const cola = productId(t, 'Cola 0,5 l');
  const order = placedOrder(t, { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }] });
  return t.call('purchasing.receipts.create', { orderId: order.id, locationId: SHOP, lines: [{ productId: cola, quantity: 24_000 }] });
}

function trialBalanceIsZero() {
  const tb = t.call('reports.trialBalance', { from: '2026-01-01', to: '2026-12-31' });
  expect(tb.totals.debitCents).toBe(tb.totals.creditCents);
  expect(tb.totals.closingCents).toBe(0);
  expect(t.core.db.prepare('SELECT sum(amount_cents) FROM journal_lines').pluck().get()).toBe(0);
}

test('an invoice posts purchases and input VAT per rate against payables, on its date, and covers its receipts', () => {
  const receipt = colaReceipt();
  const invoice = t.call('purchasing.invoices.create', {
    supplierId: nord, invoiceNumber: 'RE-1001', invoiceDate: '2026-01-14', receiptIds: [receipt.id],
    lines: [{ vatRateId: rate19, netCents: 2040 }, { vatRateId: rate7, netCents: 1000, vatCents: 70 }],
  });
  // 19 % of 20.40 = 3.876 → 3.88; 7 % printed as 0.70.
  expect(invoice).toMatchObject({
    supplierId: nord, supplierName: NORD, invoiceNumber: 'RE-1001', invoiceDate: '2026-01-14', dueOn: '2026-01-28', // + 14 days' terms
    grossCents: 3498, paidCents: 0, openCents: 3498, overdue: false, receiptIds: [receipt.id], payments: [],
  });
  expect(invoice.lines).toEqual([
    { vatRateId: rate19, rateBasisPoints: 1900, netCents: 2040, vatCents: 388 },
    { vatRateId: rate7, rateBasisPoints: 700, netCents: 1000, vatCents: 70 },
  ]);
  // SKR03: 3400 Wareneingang 19 %, 1576 Vorsteuer 19 %, 3300 Wareneingang 7 %, 1571 Vorsteuer 7 %, 1600 Verbindlichkeiten.
  expect(entryLines(invoice.journalEntryId)).toEqual({ 1571: 70, 1576: 388, 1600: -3498, 3300: 1000, 3400: 2040 });
  const entry = t.call('ledger.entry', { id: invoice.journalEntryId });
  expect(entry).toMatchObject({ bookedOn: '2026-01-14', text: 'Eingangsrechnung RE-1001 Großhandel Nord GmbH', source: { type: 'purchasing.invoice', id: invoice.id, reference: 'RE-1001' } });
  trialBalanceIsZero();

  expect(t.call('purchasing.receipts.get', { id: receipt.id }).invoiceId).toBe(invoice.id);
  expect(t.call('purchasing.receipts.list', { supplierId: nord, uninvoiced: true }).total).toBe(0);
  expect(t.call('purchasing.invoices.get', { id: invoice.id })).toEqual(invoice);
  expect(t.call('purchasing.suppliers.get', { id: nord }).openPayableCents).toBe(3498);
  expect(t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'purchasing.invoices.create'").pluck().get()).toBe(1);
  expect(() => t.core.db.prepare('UPDATE supplier_invoices SET gross_cents = 1').run()).toThrow(/immutable/);
});

test('bad invoices are refused with a reason and change nothing', () => {
  const receipt = colaReceipt();
  const valid = { supplierId: nord, invoiceNumber: 'RE-1', invoiceDate: '2026-01-15', lines: [{ vatRateId: rate19, netCents: 1000 }] };
  t.call('purchasing.invoices.create', { ...valid, receiptIds: [receipt.id] });
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 're-1' }, 'CONFLICT', 'supplierInvoiceDuplicate');
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-2', receiptIds: [receipt.id] }, 'CONFLICT', 'receiptAlreadyInvoiced');
  refused(t, 'purchasing.invoices.create', { ...valid, supplierId: berger, invoiceNumber: 'B-1', receiptIds: [receipt.id] }, 'CONFLICT', 'receiptOtherSupplier');
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-2', receiptIds: [99] }, 'NOT_FOUND', 'goodsReceiptNotFound');
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-2', lines: [{ vatRateId: 99, netCents: 1 }] }, 'NOT_FOUND', 'vatRateNotFound');
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-2', lines: [{ vatRateId: rate19, netCents: 1 }, { vatRateId: rate19, netCents: 2 }] }, 'VALIDATION', 'invoiceDuplicateRate');
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-2', dueOn: '2026-01-14' }, 'VALIDATION', 'invoiceDueBeforeDate');
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-2', supplierId: 99 }, 'NOT_FOUND', 'supplierNotFound');
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-2', lines: [{ vatRateId: rate19, netCents: 0 }] }, 'VALIDATION');
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-2', invoiceDate: '2026-02-30' }, 'VALIDATION');
  refused(t, 'purchasing.invoices.get', { id: 99 }, 'NOT_FOUND', 'supplierInvoiceNotFound');
  // Another supplier may use the same number; a receipt without a supplier belongs to nobody's invoice.
  expect(t.call('purchasing.invoices.create', { ...valid, supplierId: berger }).invoiceNumber).toBe('RE-1');
  const anonymous = t.call('purchasing.receipts.create', { locationId: SHOP, lines: [{ productId: productId(t, 'Cola 0,5 l'), quantity: 1000 }] });
  refused(t, 'purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-3', receiptIds: [anonymous.id] }, 'CONFLICT', 'receiptOtherSupplier');
  // A receipt without an order but from the supplier may be invoiced.
  const direct = t.call('purchasing.receipts.create', { supplierId: nord, locationId: SHOP, lines: [{ productId: productId(t, 'Cola 0,5 l'), quantity: 1000 }] });
  expect(t.call('purchasing.invoices.create', { ...valid, invoiceNumber: 'RE-3', receiptIds: [direct.id] }).receiptIds).toEqual([direct.id]);
});

test('the ledger\'s refusals come through: no invoice in a locked period', () => {
  t.call('ledger.lock', { lockDate: '2025-12-31' });
  refused(t, 'purchasing.invoices.create', { supplierId: nord, invoiceNumber: 'ALT-1', invoiceDate: '2025-12-20', lines: [{ vatRateId: rate19, netCents: 1000 }] }, 'CONFLICT', 'periodLocked');
});

test('payments clear the invoice: partly, then in full; never more than is open; payables back to zero', () => {
  const bank0 = balance('1200');
  const invoice = t.call('purchasing.invoices.create', { supplierId: nord, invoiceNumber: 'RE-7', invoiceDate: '2026-01-15', lines: [{ vatRateId: rate19, netCents: 10_000 }] });
  expect(invoice.grossCents).toBe(11_900);
  expect(balance('1600')).toBe(-11_900);

  const part = t.call('purchasing.payments.create', { invoiceId: invoice.id, amountCents: 5000, method: 'bank', paidOn: '2026-01-16' });
  expect(part).toMatchObject({ paidCents: 5000, openCents: 6900 });
  expect(part.payments).toEqual([{ id: 1, paidOn: '2026-01-16', amountCents: 5000, method: 'bank', journalEntryId: expect.any(Number) }]);
  expect(entryLines(part.payments[0]!.journalEntryId)).toEqual({ 1200: -5000, 1600: 5000 });
  const entry = t.call('ledger.entry', { id: part.payments[0]!.journalEntryId });
  expect(entry).toMatchObject({ bookedOn: '2026-01-16', text: 'Zahlung an Großhandel Nord GmbH, Rechnung RE-7', source: { type: 'purchasing.payment', id: 1, reference: 'RE-7' } });
  expect(t.call('purchasing.suppliers.get', { id: nord }).openPayableCents).toBe(6900);

  refused(t, 'purchasing.payments.create', { invoiceId: invoice.id, amountCents: 6901, method: 'bank' }, 'CONFLICT', 'paymentExceedsOpen');
  refused(t, 'purchasing.payments.create', { invoiceId: 99, amountCents: 1, method: 'bank' }, 'NOT_FOUND', 'supplierInvoiceNotFound');
  const paid = t.call('purchasing.payments.create', { invoiceId: invoice.id, amountCents: 6900, method: 'bank' });
  expect(paid).toMatchObject({ paidCents: 11_900, openCents: 0, overdue: false });
  expect(paid.payments[1]!.paidOn).toBe('2026-01-15'); // today by default
  refused(t, 'purchasing.payments.create', { invoiceId: invoice.id, amountCents: 1, method: 'bank' }, 'CONFLICT', 'paymentExceedsOpen');

  expect(balance('1600')).toBe(0);
  expect(balance('1200')).toBe(bank0 - 11_900);
  expect(t.call('purchasing.suppliers.get', { id: nord }).openPayableCents).toBe(0);
  expect(t.call('purchasing.invoices.list', { status: 'open' }).total).toBe(0);
  expect(t.call('purchasing.invoices.list', { status: 'paid' }).invoices.map((i) => i.invoiceNumber)).toEqual(['RE-7']);
  trialBalanceIsZero();
  expect(() => t.core.db.prepare('DELETE FROM supplier_payments').run()).toThrow(/immutable/);
});

test('a cash payment is refused when the cash book would go below zero; paid today during a shift, the drawer gives it', () => {
  const cash0 = balance('1000'); // the demo's 300.00
  const invoice = t.call('purchasing.invoices.create', { supplierId: berger, invoiceNumber: 'B-77', invoiceDate: '2026-01-15', lines: [{ vatRateId: rate7, netCents: 40_000 }] });
  refused(t, 'purchasing.payments.create', { invoiceId: invoice.id, amountCents: cash0 + 1, method: 'cash' }, 'CONFLICT', 'cashBookNegative');
  // On an earlier day there was no cash yet at all.
  refused(t, 'purchasing.payments.create', { invoiceId: invoice.id, amountCents: 100, method: 'cash', paidOn: '2026-01-10' }, 'CONFLICT', 'cashBookNegative');

  ensureShift(t, cash0);
  const shift = t.call('shift.current', {})!;
  const paid = t.call('purchasing.payments.create', { invoiceId: invoice.id, amountCents: 10_000, method: 'cash' });
  expect(entryLines(paid.payments[0]!.journalEntryId)).toEqual({ 1000: -10_000, 1600: 10_000 });
  expect(balance('1000')).toBe(cash0 - 10_000);
  const moves = t.core.db.prepare('SELECT shift_id, direction, amount_cents, reason, note FROM cash_moves').all();
  expect(moves).toEqual([{ shift_id: shift.id, direction: 'out', amount_cents: 10_000, reason: 'pettyExpense', note: 'Zahlung an Rösterei Berger, Rechnung B-77' }]);
});

test('the lists: open by due day, overdue once the due day has passed, per supplier', () => {
  const first = t.call('purchasing.invoices.create', { supplierId: nord, invoiceNumber: 'N-1', invoiceDate: '2026-01-10', lines: [{ vatRateId: rate19, netCents: 1000 }] });
  const second = t.call('purchasing.invoices.create', { supplierId: berger, invoiceNumber: 'B-1', invoiceDate: '2026-01-05', dueOn: '2026-01-20', lines: [{ vatRateId: rate7, netCents: 2000 }] });
  expect(first.dueOn).toBe('2026-01-24');
  const numbers = (input: Record<string, unknown>) => t.call('purchasing.invoices.list', input).invoices.map((i) => i.invoiceNumber);
  expect(numbers({})).toEqual(['B-1', 'N-1']);
  expect(numbers({ status: 'overdue' })).toEqual([]);
  expect(numbers({ status: 'all', supplierId: nord })).toEqual(['N-1']);
  expect(numbers({ status: 'all' })).toEqual(['N-1', 'B-1']); // newest invoice date first

  t.clock.set('2026-01-21T10:00:00Z');
  t.signInPin('7777');
  expect(numbers({ status: 'overdue' })).toEqual(['B-1']);
  expect(t.call('purchasing.invoices.get', { id: second.id }).overdue).toBe(true);
  t.call('purchasing.payments.create', { invoiceId: second.id, amountCents: second.grossCents, method: 'bank' });
  expect(numbers({ status: 'overdue' })).toEqual([]);
  expect(t.call('purchasing.invoices.get', { id: second.id }).overdue).toBe(false);
});

test('a cashier may neither record invoices nor pay them', () => {
  const invoice = t.call('purchasing.invoices.create', { supplierId: nord, invoiceNumber: 'N-1', invoiceDate: '2026-01-15', lines: [{ vatRateId: rate19, netCents: 1000 }] });
  t.signInPin('1111');
  const before = logicalDump(t.core.db);
  expect(t.invoke('purchasing.invoices.create', { supplierId: nord, invoiceNumber: 'N-2', invoiceDate: '2026-01-15', lines: [{ vatRateId: rate19, netCents: 1000 }] }))
    .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(t.invoke('purchasing.payments.create', { invoiceId: invoice.id, amountCents: 1, method: 'cash' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(logicalDump(t.core.db)).toBe(before);
});
