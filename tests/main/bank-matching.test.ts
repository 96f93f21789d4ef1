/**
 * Matching bank lines with what the shop booked, through the real core: suggestions (an expense
 * paid from the bank, a card sale, a day's card sales, cash taken to the bank), linking,
 * settling open items, booking a new entry with VAT, undoing (a link here, a posting by reversal
 * in the journal), period locks, and reconciliation per account and day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { logicalDump, testCore } from '../helpers/core';
import { productId, ref } from '../helpers/counter';

const FIXTURES = path.resolve(__dirname, '../fixtures/bank');
const b64 = (file: string) => fs.readFileSync(file).toString('base64');
const text64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

type T = ReturnType<typeof testCore>;

const accountId = (t: T, number: string) => t.core.db.prepare('SELECT id FROM accounts WHERE number = ?').pluck().get(number) as number;
const vatRateId = (t: T, bp: number) => t.core.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = ?').pluck().get(bp) as number;

function entryLines(t: T, entryId: number): Record<string, number> {
  const rows = t.core.db.prepare(
    'SELECT a.number, sum(l.amount_cents) AS amount FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? GROUP BY a.number',
  ).all(entryId) as { number: string; amount: number }[];
  return Object.fromEntries(rows.map((r) => [r.number, r.amount]));
}

function sellByCard(t: T, name: string, amountCents: number) {
  return t.call('counter.checkout', {
    cart: { lines: [{ type: 'product', productId: productId(t, name), quantity: 1000 }] },
    payments: [{ method: 'card', amountCents }],
    clientRef: ref(),
  });
}

/**
 * The demo shop's January: opening cash, the rent paid from the bank (2 Jan), 500 € taken to the
 * bank at the counter (7 Jan), a Bauernbrot (4,20 €) sold by card (15 Jan); then the owner
 * imports sparkasse-demo.csv.
 */
function january() {
  const t = testCore();
  t.loadDemo();
  t.clock.set('2026-01-02T09:00:00Z');
  t.signInOwner();
  t.call('ledger.postManual', { bookedOn: '2026-01-01', text: 'Kassenbestand', lines: [{ accountId: accountId(t, '1000'), amountCents: 100_000 }, { accountId: accountId(t, '9000'), amountCents: -100_000 }] });
  const rent = t.call('ledger.recordExpense', { bookedOn: '2026-01-02', text: 'Miete Januar Laden', grossCents: 125_000, vatRateId: null, expenseAccountId: accountId(t, '4210'), paidFrom: 'bank' });
  t.clock.set('2026-01-07T17:00:00Z');
  t.signInPin('1111');
  t.call('shift.open', { floatCents: 60_000 });
  t.call('shift.cashMove', { direction: 'out', amountCents: 50_000, reason: 'bankDeposit', note: 'Sparkasse' });
  t.clock.set('2026-01-15T10:00:00Z');
  t.signInPin('1111');
  sellByCard(t, 'Bauernbrot', 420);
  t.signInOwner();
  t.call('bank.csv.import', { bankAccountId: 1, fileName: 'sparkasse-demo.csv', base64: b64(path.join(FIXTURES, 'sparkasse-demo.csv')) });
  const lines = t.call('bank.lines', { bankAccountId: 1 }).lines;
  const line = (counterparty: string) => lines.find((l) => l.counterparty.startsWith(counterparty))!;
  return { t, rent, line };
}

describe('suggestions and matches for the demo statement', () => {
  const { t, rent, line } = january();
  afterAll(() => t.close());

  test('the rent: the expense paid from the bank, by amount, date and a word in common', () => {
    const [best] = t.call('bank.suggestions', { lineId: line('Hausverwaltung').id });
    expect(best).toMatchObject({
      kind: 'entry', score: 90, bookedOn: '2026-01-02', label: 'Miete Januar Laden', entryNumber: rent.number,
      reasons: [{ code: 'amount' }, { code: 'sameDay' }, { code: 'words', value: 'miete, laden' }],
      target: { kind: 'entry', entryId: rent.id },
    });
  });

  test('the cash deposit: the counter\'s move to Geldtransit', () => {
    const [best] = t.call('bank.suggestions', { lineId: line('Laden am Markt').id });
    expect(best).toMatchObject({ kind: 'items', bookedOn: '2026-01-07', reasons: [{ code: 'amount' }, { code: 'sameDay' }, { code: 'words', value: 'einzahlung' }] }); // the cash move's text names it too
    expect(best!.items).toEqual([expect.objectContaining({ accountNumber: '1360', amountCents: 50_000 })]);
  });

  test('the card settlement: the card payment of that day', () => {
    const [best] = t.call('bank.suggestions', { lineId: line('PAYONE').id });
    expect(best!.items).toEqual([expect.objectContaining({ accountNumber: '1361', amountCents: 420, bookedOn: '2026-01-15' })]);
  });

  test('lines nothing matches have no suggestions', () => {
    expect(t.call('bank.suggestions', { lineId: line('Sparkasse').id })).toEqual([]);
  });

  test('linking the rent posts nothing; settling the deposit posts bank against Geldtransit', () => {
    const entries = () => t.core.db.prepare('SELECT count(*) FROM journal_entries').pluck().get() as number;
    const before = entries();
    const linked = t.call('bank.match', { lineId: line('Hausverwaltung').id, target: { kind: 'entry', entryId: rent.id } });
    expect(linked).toMatchObject({ status: 'matched', match: { kind: 'linked', entryId: rent.id, entryNumber: rent.number } });
    expect(entries()).toBe(before);

    const deposit = line('Laden am Markt');
    const [suggestion] = t.call('bank.suggestions', { lineId: deposit.id });
    const settled = t.call('bank.match', { lineId: deposit.id, target: suggestion!.target });
    expect(settled.match!.kind).toBe('cleared');
    expect(entryLines(t, settled.match!.entryId)).toEqual({ 1200: 50_000, 1360: -50_000 });
    const entry = t.core.db.prepare('SELECT source_type, source_id, booked_on FROM journal_entries WHERE id = ?').get(settled.match!.entryId);
    expect(entry).toEqual({ source_type: 'bank.line', source_id: deposit.id, booked_on: '2026-01-07' });
    expect(t.call('bank.lines', { bankAccountId: 1, status: 'open' }).total).toBe(4);
  });

  test('a settled item and a linked entry are not suggested again, nor matched twice', () => {
    t.call('ledger.postManual', { bookedOn: '2026-01-14', text: 'Nochmal 500', lines: [{ accountId: accountId(t, '1000'), amountCents: 1 }, { accountId: accountId(t, '9000'), amountCents: -1 }] });
    const csv = 'Buchungstag;Betrag;Name;Verwendungszweck\n16.01.2026;500,00;Laden am Markt;Einzahlung\n16.01.2026;-1.250,00;Hausverwaltung;Miete\n';
    t.call('bank.csv.import', { bankAccountId: 1, fileName: 'more.csv', base64: text64(csv) });
    const more = t.call('bank.lines', { bankAccountId: 1, from: '2026-01-16' }).lines;
    for (const l of more) expect(t.call('bank.suggestions', { lineId: l.id })).toEqual([]);
    const deposit = line('Laden am Markt');
    const itemId = t.core.db.prepare('SELECT journal_line_id FROM bank_cleared_items WHERE bank_line_id = ?').pluck().get(deposit.id) as number;
    const before = logicalDump(t.core.db);
    const depositAgain = more.find((l) => l.amountCents === 50_000)!;
    expect(t.invoke('bank.match', { lineId: depositAgain.id, target: { kind: 'items', journalLineIds: [itemId] } })).toMatchObject({ ok: false, error: { details: { reason: 'bankItemSettled' } } });
    const rentAgain = more.find((l) => l.amountCents === -125_000)!;
    expect(t.invoke('bank.match', { lineId: rentAgain.id, target: { kind: 'entry', entryId: rent.id } })).toMatchObject({ ok: false, error: { details: { reason: 'bankEntryTaken' } } });
    expect(t.invoke('bank.match', { lineId: deposit.id, target: { kind: 'entry', entryId: rent.id } })).toMatchObject({ ok: false, error: { details: { reason: 'bankLineMatched' } } });
    expect(logicalDump(t.core.db)).toBe(before);
  });

  test('amounts must agree; only open items settle', () => {
    const before = logicalDump(t.core.db);
    const charges = line('Sparkasse');
    expect(t.invoke('bank.match', { lineId: charges.id, target: { kind: 'entry', entryId: rent.id } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const cashLine = t.core.db.prepare('SELECT l.id FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.number = ? LIMIT 1').pluck().get('1000') as number;
    expect(t.invoke('bank.match', { lineId: charges.id, target: { kind: 'items', journalLineIds: [cashLine] } })).toMatchObject({ ok: false, error: { details: { reason: 'bankItemNotOpenItem' } } });
    const card = t.call('bank.suggestions', { lineId: line('PAYONE').id })[0]!;
    expect(t.invoke('bank.match', { lineId: charges.id, target: card.target })).toMatchObject({ ok: false, error: { details: { reason: 'bankAmountMismatch', lineCents: -1290, otherCents: 420 } } });
    expect(logicalDump(t.core.db)).toBe(before);
  });

  test('booking new entries: bank charges without VAT, a supplier with 7 % input VAT, an income with 19 % output VAT', () => {
    const charges = t.call('bank.createEntry', { lineId: line('Sparkasse').id, accountId: accountId(t, '4970'), vatRateId: null, text: 'Kontoführung' });
    expect(charges).toMatchObject({ status: 'matched', match: { kind: 'created', entryText: 'Kontoführung' } });
    expect(entryLines(t, charges.match!.entryId)).toEqual({ 1200: -1290, 4970: 1290 });

    const bakery = t.call('bank.createEntry', { lineId: line('Bäckerei').id, accountId: accountId(t, '3300'), vatRateId: vatRateId(t, 700), text: 'Backwaren R-2025-1187' });
    expect(entryLines(t, bakery.match!.entryId)).toEqual({ 1200: -34_240, 3300: 32_000, 1571: 2240 });
    const booked = t.core.db.prepare('SELECT booked_on FROM journal_entries WHERE id = ?').pluck().get(bakery.match!.entryId);
    expect(booked).toBe('2026-01-12');

    const income = t.call('bank.csv.import', { bankAccountId: 1, fileName: 'in.csv', base64: text64('Buchungstag;Betrag;Name;Verwendungszweck\n15.01.2026;80,00;Jürgen Vogel;Gutschein\n') });
    expect(income.added).toBe(1);
    const incomeLine = t.call('bank.lines', { bankAccountId: 1, search: 'Vogel' }).lines[0]!;
    const sale = t.call('bank.createEntry', { lineId: incomeLine.id, accountId: accountId(t, '8400'), vatRateId: vatRateId(t, 1900), text: 'Gutschein Vogel' });
    expect(entryLines(t, sale.match!.entryId)).toEqual({ 1200: 8000, 8400: -6723, 1776: -1277 });

    // Refunds: the VAT follows the account, not the direction of the money — a refund to a
    // customer lowers output VAT, a refund from a supplier lowers input VAT.
    t.call('bank.csv.import', { bankAccountId: 1, fileName: 'refunds.csv', base64: text64('Buchungstag;Betrag;Name;Verwendungszweck\n15.01.2026;-11,90;Kundin Rot;Erstattung\n15.01.2026;23,80;Büro AG;Gutschrift\n') });
    const toCustomer = t.call('bank.createEntry', { lineId: t.call('bank.lines', { bankAccountId: 1, search: 'Rot' }).lines[0]!.id, accountId: accountId(t, '8400'), vatRateId: vatRateId(t, 1900), text: 'Erstattung Rot' });
    expect(entryLines(t, toCustomer.match!.entryId)).toEqual({ 1200: -1190, 8400: 1000, 1776: 190 });
    const fromSupplier = t.call('bank.createEntry', { lineId: t.call('bank.lines', { bankAccountId: 1, search: 'Büro AG' }).lines[0]!.id, accountId: accountId(t, '4930'), vatRateId: vatRateId(t, 1900), text: 'Gutschrift Büro AG' });
    expect(entryLines(t, fromSupplier.match!.entryId)).toEqual({ 1200: 2380, 4930: -2000, 1576: -380 });

    const before = logicalDump(t.core.db);
    expect(t.invoke('bank.createEntry', { lineId: line('badenova').id, accountId: accountId(t, '1200'), vatRateId: null, text: 'x' })).toMatchObject({ ok: false, error: { details: { reason: 'bankSameAccount' } } });
    expect(t.invoke('bank.createEntry', { lineId: line('badenova').id, accountId: 99_999, vatRateId: null, text: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(logicalDump(t.core.db)).toBe(before);
  });

  test('undo: a link is undone here; a posting only by reversing it in the journal, which opens the line (and its items) again', () => {
    const rentLine = line('Hausverwaltung');
    expect(t.call('bank.unmatch', { lineId: rentLine.id })).toMatchObject({ status: 'open', match: null });
    expect(t.invoke('bank.unmatch', { lineId: rentLine.id })).toMatchObject({ ok: false, error: { details: { reason: 'bankLineOpen' } } });

    const deposit = t.call('bank.lines', { bankAccountId: 1, search: 'Tageslosung' }).lines[0]!;
    expect(t.invoke('bank.unmatch', { lineId: deposit.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'bankMatchPosted' } } });
    t.call('ledger.reverse', { id: deposit.match!.entryId, reason: 'falsch zugeordnet' });
    expect(t.call('bank.lines', { bankAccountId: 1, search: 'Tageslosung' }).lines[0]).toMatchObject({ status: 'open', match: null });
    const again = t.call('bank.suggestions', { lineId: deposit.id });
    expect(again[0]!.items[0]).toMatchObject({ accountNumber: '1360', amountCents: 50_000 });
    expect(t.call('bank.match', { lineId: deposit.id, target: again[0]!.target }).status).toBe('matched');
  });
});

describe('a day\'s card sales settled in one amount', () => {
  test('two card sales of a day sum to the settlement; settling posts the total against card clearing', () => {
    const t = testCore();
    t.loadDemo();
    t.signInPin('1111');
    t.call('shift.open', { floatCents: 10_000 });
    sellByCard(t, 'Bauernbrot', 420);
    sellByCard(t, 'Dinkelbrötchen', 65);
    t.signInOwner();
    t.call('bank.csv.import', { bankAccountId: 1, fileName: 'k.csv', base64: text64('Buchungstag;Betrag;Name;Verwendungszweck\n16.01.2026;4,85;PAYONE GmbH;Kartenumsaetze vom 15.01.2026\n') });
    const line = t.call('bank.lines', { bankAccountId: 1 }).lines[0]!;
    const [best] = t.call('bank.suggestions', { lineId: line.id });
    expect(best).toMatchObject({ kind: 'items', label: '1361 Kartenzahlungen (EC/Kreditkarte)', reasons: [{ code: 'amount' }, { code: 'dayTotal', count: 2 }, { code: 'days', days: 1 }] });
    expect(best!.score).toBe(77);
    const matched = t.call('bank.match', { lineId: line.id, target: best!.target });
    expect(entryLines(t, matched.match!.entryId)).toEqual({ 1200: 485, 1361: -485 });
    t.close();
  });
});

describe('period locks', () => {
  test('a line whose day lies in a locked period is booked on the first open day', () => {
    const t = testCore();
    t.loadDemo();
    t.signInOwner();
    t.call('bank.csv.import', { bankAccountId: 1, fileName: 'sparkasse-demo.csv', base64: b64(path.join(FIXTURES, 'sparkasse-demo.csv')) });
    t.call('ledger.lock', { lockDate: '2026-01-10' }); // the bank charges are dated 2026-01-09
    const charges = t.call('bank.lines', { bankAccountId: 1, search: 'Kontoführung' }).lines[0]!;
    expect(charges.bookedOn).toBe('2026-01-09');
    const booked = t.call('bank.createEntry', { lineId: charges.id, accountId: accountId(t, '4970'), vatRateId: null, text: 'Kontoführung' });
    expect(t.call('ledger.entry', { id: booked.match!.entryId }).bookedOn).toBe('2026-01-11');
    t.close();
  });
});

describe('reconciliation', () => {
  test('the demo statement: balance from the lines or as entered; matched all, the bank account reconciles', () => {
    const { t, line } = january();
    const day = (date: string, statementBalanceCents: number | null = null) => t.call('bank.reconciliation', { bankAccountId: 1, date, statementBalanceCents });
    // The demo's opening balance (8.000 € on the bank) is booked on the day the demo was made, 15 January.
    expect(day('2026-01-15')).toMatchObject({
      statement: { balanceCents: -119_010, basis: 'lines', basisOn: null }, ledgerBalanceCents: 675_000,
      openLines: { count: 6, sumCents: -119_010 }, differenceCents: -794_010, unexplainedCents: -675_000, reconciled: false,
    });
    t.call('bank.match', { lineId: line('Hausverwaltung').id, target: t.call('bank.suggestions', { lineId: line('Hausverwaltung').id })[0]!.target });
    for (const who of ['Laden am Markt', 'PAYONE']) t.call('bank.match', { lineId: line(who).id, target: t.call('bank.suggestions', { lineId: line(who).id })[0]!.target });
    expect(day('2026-01-10')).toMatchObject({ statement: { balanceCents: -76_290 }, ledgerBalanceCents: -75_000, openLines: { count: 1, sumCents: -1290 }, unexplainedCents: 0 });
    for (const [who, account] of [['Sparkasse', '4970'], ['Bäckerei', '3300'], ['badenova', '4240']]) {
      t.call('bank.createEntry', { lineId: line(who!).id, accountId: accountId(t, account!), vatRateId: null, text: who! });
    }
    expect(day('2026-01-15')).toMatchObject({ ledgerBalanceCents: 680_990, openLines: { count: 0, sumCents: 0 }, differenceCents: -800_000, reconciled: false });
    expect(day('2026-01-15', 680_990)).toMatchObject({
      statement: { balanceCents: 680_990, basis: 'entered', basisOn: '2026-01-15' }, ledgerBalanceCents: 680_990, differenceCents: 0, unexplainedCents: 0, reconciled: true,
    });
    t.close();
  });

  test('CAMT balances: the latest closing balance up to the day, else the opening balance, else the lines', () => {
    const t = testCore();
    t.loadDemo();
    t.signInOwner();
    t.call('bank.camt.import', { bankAccountId: 1, fileName: 'camt053-demo.xml', base64: b64(path.join(FIXTURES, 'camt053-demo.xml')) });
    const statement = (date: string) => t.call('bank.reconciliation', { bankAccountId: 1, date }).statement;
    expect(statement('2026-01-10')).toEqual({ balanceCents: 0, basis: 'lines', basisOn: null });
    expect(statement('2026-01-11')).toEqual({ balanceCents: 100_000, basis: 'opening', basisOn: '2026-01-11' });
    expect(statement('2026-01-12')).toEqual({ balanceCents: 109_530, basis: 'closing', basisOn: '2026-01-12' });
    expect(statement('2026-01-31')).toEqual({ balanceCents: 116_531, basis: 'closing', basisOn: '2026-01-13' });
    // A later CSV export adds its lines to the last closing balance.
    t.call('bank.csv.import', { bankAccountId: 1, fileName: 'k.csv', base64: text64('Buchungstag;Betrag;Name;Verwendungszweck\n20.01.2026;-1,31;X;Y\n') });
    expect(statement('2026-01-31')).toEqual({ balanceCents: 116_400, basis: 'closing', basisOn: '2026-01-13' });
    expect(t.invoke('bank.reconciliation', { bankAccountId: 7, date: '2026-01-31' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    t.close();
  });
});
