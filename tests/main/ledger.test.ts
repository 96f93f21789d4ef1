/**
 * The ledger's own commands: chart of accounts, manual entries, quick expenses with receipts,
 * reversals, the cash book, period locks and year-end closing — against a real core and file.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { logicalDump, testCore } from '../helpers/core';
import { sell, productId } from '../helpers/counter';

type T = ReturnType<typeof testCore>;
let t: T;

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010804000000b51c0c020000000b4944415478da63646000000006000230810d2f0000000049454e44ae426082', 'hex');

function account(number: string): number {
  return t.core.db.prepare('SELECT id FROM accounts WHERE number = ?').pluck().get(number) as number;
}
function balance(number: string): number {
  return t.core.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM journal_lines WHERE account_id = ?').pluck().get(account(number)) as number;
}
function rate(bp: number): number {
  return t.core.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = ?').pluck().get(bp) as number;
}
function failure(channel: string, input: unknown): { code: string; details?: { reason?: string } & Record<string, unknown> } {
  const before = logicalDump(t.core.db);
  const envelope = t.invoke(channel, input);
  expect(envelope.ok, `${channel} should fail`).toBe(false);
  expect(logicalDump(t.core.db)).toBe(before);
  return (envelope as { error: { code: string; details?: { reason?: string } } }).error;
}
function expense(overrides: Record<string, unknown> = {}) {
  return t.call('ledger.recordExpense', {
    bookedOn: '2026-01-15', text: 'Druckerpapier', grossCents: 11_900, vatRateId: rate(1900), expenseAccountId: account('4930'),
    paidFrom: 'cash', attachment: null, ...overrides,
  });
}

beforeEach(() => {
  t = testCore();
  t.loadDemo(); // opening balances booked on 2026-01-15: cash 300.00 €, bank 8,000.00 €
  t.clock.set('2026-01-20T09:00:00Z');
  t.signInOwner();
});
afterEach(() => t.close());

describe('chart of accounts', () => {
  test('the demo shop has the SKR03 preset with roles and VAT links, as a tree by account class', () => {
    const tree = t.call('ledger.accounts');
    expect(tree.chart).toBe('skr03');
    expect(tree.canSwitchChart).toBe(false); // the demo posted its opening balances
    const all = tree.groups.flatMap((g) => g.accounts);
    expect(all.find((a) => a.number === '1576')).toMatchObject({ role: 'inputVat1900', type: 'asset', vatRateId: rate(1900) });
    expect(all.find((a) => a.number === '8400')).toMatchObject({ role: 'revenue1900', type: 'income' });
    expect(tree.groups.find((g) => g.key === '4')?.name).toBe('Betriebliche Aufwendungen');
    expect(all.find((a) => a.number === '1000')?.balanceCents).toBe(30_000);
  });

  test('a shop outside Germany starts with the generic chart; the chart can be switched only while nothing is posted', () => {
    const other = testCore();
    try {
      other.call('setup.initialize', {
        company: { name: 'Corner Shop', street: '1 High St', postalCode: 'N1', city: 'London', countryCode: 'GB', vatId: '', taxNumber: '', email: '', phone: '' },
        preset: 'OTHER', currency: 'GBP', language: 'en', owner: { name: 'Sam', username: 'sam', password: 'long-enough-1' },
      });
      other.setToken(other.call('auth.signIn', { username: 'sam', password: 'long-enough-1' }).token);
      expect(other.call('ledger.accounts').chart).toBe('generic');
      const skr04 = other.call('ledger.chart.switch', { chart: 'skr04' });
      const accounts = skr04.groups.flatMap((g) => g.accounts);
      expect(accounts.find((a) => a.role === 'cash')?.number).toBe('1600');
      expect(accounts.find((a) => a.role === 'revenue1900')?.number).toBe('4400');
      expect(accounts.some((a) => a.number.startsWith('old-'))).toBe(false);
    } finally {
      other.close();
    }
    expect(failure('ledger.chart.switch', { chart: 'skr04' }).details?.reason).toBe('chartInUse');
  });

  test('accounts are added and renamed; one with postings is retired, never deleted, and then refuses postings', () => {
    const created = t.call('ledger.account.create', { number: '4985', name: 'Werkzeuge', type: 'expense', vatRateId: rate(1900) });
    expect(failure('ledger.account.create', { number: '4985', name: 'Doppelt', type: 'expense', vatRateId: null }).details?.reason).toBe('accountNumberTaken');
    expect(t.call('ledger.account.update', { id: created.id, name: 'Werkzeug', vatRateId: null })).toMatchObject({ name: 'Werkzeug', vatRateId: null });
    expense({ expenseAccountId: created.id });
    const retired = t.call('ledger.account.retire', { id: created.id });
    expect(retired.retiredAt).not.toBeNull();
    expect(retired.postings).toBe(2 - 1); // the expense line on it (the VAT line went to 1576)
    expect(failure('ledger.recordExpense', {
      bookedOn: '2026-01-15', text: 'x', grossCents: 100, vatRateId: null, expenseAccountId: created.id, paidFrom: 'cash', attachment: null,
    }).details?.reason).toBe('accountRetired');
    expect(failure('ledger.account.retire', { id: account('1000') }).details?.reason).toBe('accountHasRole');
    // Past VAT returns read an account's VAT link: once it has postings, the link stays.
    expect(failure('ledger.account.update', { id: created.id, name: 'Werkzeug', vatRateId: rate(700) }).details?.reason).toBe('accountVatInUse');
    t.call('ledger.account.reactivate', { id: created.id });
  });
});

describe('journal', () => {
  test('a quick expense splits the gross into net and input VAT, pays from the cash box and keeps the receipt', () => {
    const entry = expense({ attachment: { fileName: 'beleg.png', mimeType: 'image/png', base64: PNG.toString('base64') } });
    expect(entry.lines.map((l) => [l.accountNumber, l.amountCents])).toEqual([['4930', 10_000], ['1576', 1_900], ['1000', -11_900]]);
    expect(entry.source).toEqual({ type: 'ledger.expense', id: null, reference: '' });
    expect(entry.attachmentList).toHaveLength(1);
    const file = t.call('ledger.attachment', { id: entry.attachmentList[0]!.id });
    expect(Buffer.from(file.base64, 'base64').equals(PNG)).toBe(true);
    expect(t.core.db.prepare('SELECT sha256 FROM attachments').pluck().get()).toMatch(/^[0-9a-f]{64}$/);
    // Attached documents cannot be changed afterwards.
    expect(() => t.core.db.prepare("UPDATE attachments SET file_name = 'x'").run()).toThrow(/immutable/);
  });

  test('cash for an expense paid during an open shift comes out of the drawer: the shift expects less', () => {
    t.signInPin('1111');
    t.call('shift.open', { floatCents: 10_000 });
    t.signInOwner();
    expense({ bookedOn: '2026-01-20', grossCents: 2_000 });
    t.signInPin('1111');
    const report = t.call('shift.xReport');
    expect(report).toMatchObject({ cashOutCents: 2_000, expectedCashCents: 8_000 });
  });

  test('a manual entry must balance and name existing accounts; a failure writes nothing', () => {
    const lines = [{ accountId: account('1200'), amountCents: 20_000 }, { accountId: account('1000'), amountCents: -20_000 }];
    const entry = t.call('ledger.postManual', { bookedOn: '2026-01-16', text: 'Bareinzahlung', lines });
    expect(entry.bookedOn).toBe('2026-01-16');
    expect(entry.source.type).toBe('ledger.manual');
    expect(failure('ledger.postManual', { bookedOn: '2026-01-16', text: 'schief', lines: [lines[0], { ...lines[1], amountCents: -19_999 }] }).details?.reason).toBe('unbalanced');
    expect(failure('ledger.postManual', { bookedOn: '2026-01-16', text: 'x', lines: [lines[0], { accountId: 99_999, amountCents: -20_000 }] }).code).toBe('NOT_FOUND');
    expect(failure('ledger.postManual', { bookedOn: '2026-02-30', text: 'x', lines }).code).toBe('VALIDATION');
    expect(failure('ledger.postManual', { bookedOn: '2026-01-16', text: 'x', lines: [{ accountId: account('1200'), amountCents: 1.5 }, lines[1]] }).code).toBe('VALIDATION');
  });

  test('cancelling posts a mirror entry linked both ways; it cannot happen twice, and counter entries are corrected at the counter', () => {
    const original = expense();
    const reversal = t.call('ledger.reverse', { id: original.id, reason: 'doppelt erfasst' });
    expect(reversal.reversesEntryId).toBe(original.id);
    expect(reversal.lines.map((l) => l.amountCents).sort()).toEqual(original.lines.map((l) => -l.amountCents).sort());
    expect(t.call('ledger.entry', { id: original.id }).reversedByEntryId).toBe(reversal.id);
    expect(balance('4930')).toBe(0);
    expect(failure('ledger.reverse', { id: original.id, reason: 'nochmal' }).details?.reason).toBe('alreadyReversed');
    expect(failure('ledger.reverse', { id: reversal.id, reason: 'Storno vom Storno' }).code).toBe('CONFLICT');

    t.signInPin('1111');
    t.call('shift.open', { floatCents: 10_000 });
    const sale = sell(t, [{ productId: productId(t, 'Bauernbrot') }]);
    t.signInOwner();
    const saleEntry = t.core.db.prepare('SELECT journal_entry_id FROM sales WHERE id = ?').pluck().get(sale.id) as number;
    const detail = t.call('ledger.entry', { id: saleEntry });
    expect(detail.source).toMatchObject({ type: 'counter.sale', id: sale.id });
    expect(detail.canReverse).toBe(false);
    expect(failure('ledger.reverse', { id: saleEntry, reason: 'x' }).details?.reason).toBe('reverseAtSource');
  });

  test('the journal lists, filters and pages entries', () => {
    expense({ text: 'Kaffeefilter', bookedOn: '2026-01-16' });
    expense({ text: 'Toner', bookedOn: '2026-01-18' });
    const all = t.call('ledger.journal', {});
    expect(all.total).toBe(3); // with the demo's opening balances
    expect(all.entries.map((e) => e.text)).toEqual(['Toner', 'Kaffeefilter', 'Eröffnungsbilanz: Kasse und Bank']);
    expect(t.call('ledger.journal', { search: 'toner' }).entries.map((e) => e.text)).toEqual(['Toner']);
    expect(t.call('ledger.journal', { from: '2026-01-17', to: '2026-01-18' }).total).toBe(1);
    expect(t.call('ledger.journal', { accountId: account('1200') }).total).toBe(1);
    expect(t.call('ledger.journal', { limit: 1, offset: 1 }).entries[0]!.text).toBe('Kaffeefilter');
  });
});

describe('cash book', () => {
  test('per day: opening balance, every cash movement, closing balance', () => {
    expense({ bookedOn: '2026-01-16', grossCents: 2_000 });
    expense({ bookedOn: '2026-01-17', grossCents: 500, vatRateId: null });
    const book = t.call('ledger.cashBook', { from: '2026-01-01', to: '2026-01-31' });
    expect(book.openingCents).toBe(0);
    expect(book.days.map((d) => [d.date, d.openingCents, d.closingCents])).toEqual([
      ['2026-01-15', 0, 30_000], ['2026-01-16', 30_000, 28_000], ['2026-01-17', 28_000, 27_500],
    ]);
    expect(book.days[1]!.moves).toMatchObject([{ text: 'Druckerpapier', inCents: 0, outCents: 2_000, balanceCents: 28_000 }]);
    expect(book.closingCents).toBe(27_500);
    // Before the opening balance the box was empty; later the balance would still cover it, but not that day.
    expect(failure('ledger.recordExpense', {
      bookedOn: '2026-01-14', text: 'zu früh', grossCents: 1, vatRateId: null, expenseAccountId: account('4930'), paidFrom: 'cash', attachment: null,
    }).details).toMatchObject({ reason: 'cashBookNegative', availableCents: 0 });
    // Nor may an outflow on the 16th exceed what remains on the lowest later day (275.00 €).
    expect(failure('ledger.recordExpense', {
      bookedOn: '2026-01-16', text: 'zu viel', grossCents: 27_501, vatRateId: null, expenseAccountId: account('4930'), paidFrom: 'cash', attachment: null,
    }).details).toMatchObject({ reason: 'cashBookNegative', availableCents: 27_500 });
    expense({ bookedOn: '2026-01-16', grossCents: 27_500, vatRateId: null });
  });
});
