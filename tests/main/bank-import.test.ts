/**
 * Importing statements through the real core: CSV preview and import (guessed, given and saved
 * mappings), CAMT.053 (account by IBAN, several statements, balances), duplicates on re-import,
 * and bad input refused with a clear reason and nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { logicalDump, testCore } from '../helpers/core';
import { VALID_BANK } from '../helpers/valid-inputs.bank';

const FIXTURES = path.resolve(__dirname, '../fixtures/bank');
const CAMT_DIR = path.resolve(__dirname, '../../../shared/data/camt');
const CSV_DIR = path.resolve(__dirname, '../../../shared/data/bank-csv');
const b64 = (file: string) => fs.readFileSync(file).toString('base64');
const text64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function shop() {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  return t;
}

type T = ReturnType<typeof shop>;
const lineCount = (t: T) => t.core.db.prepare('SELECT count(*) FROM bank_lines').pluck().get() as number;

function expectRefused(t: T, channel: string, input: unknown, code: string, reason: string) {
  const before = logicalDump(t.core.db);
  const result = t.invoke(channel, input);
  expect(result).toMatchObject({ ok: false, error: { code, details: { reason } } });
  expect(logicalDump(t.core.db)).toBe(before);
}

describe('the demo shop', () => {
  const t = shop();
  afterAll(() => t.close());

  test('has one bank account, "Bank" on 1200', () => {
    expect(t.call('bank.accounts.list')).toEqual([{ id: 1, name: 'Bank', iban: null, accountId: expect.any(Number), accountNumber: '1200', accountName: 'Bank', openLines: 0, lastBookedOn: null }]);
  });

  test('the sample inputs of the registry test work', () => {
    for (const channel of ['bank.accounts.list', 'bank.mappings.list', 'bank.csv.preview', 'bank.lines', 'bank.reconciliation'] as const) {
      expect(t.invoke(channel, VALID_BANK[channel]).ok, channel).toBe(true);
    }
  });
});

describe('CSV', () => {
  test('preview guesses the mapping, marks nothing as duplicate; import adds the lines; the same file again adds nothing and writes nothing', () => {
    const t = shop();
    const file = { bankAccountId: 1, fileName: 'sparkasse-demo.csv', base64: b64(path.join(FIXTURES, 'sparkasse-demo.csv')) };
    const preview = t.call('bank.csv.preview', file);
    expect(preview).toMatchObject({ encoding: 'windows-1252', mappingSource: 'guessed', savedMappingName: null, counts: { total: 6, new: 6, duplicates: 0, errors: 0 } });
    expect(preview.header).toContain('Beguenstigter/Zahlungspflichtiger');
    expect(preview.rows[0]).toMatchObject({ line: 2, bookedOn: '2026-01-15', amountCents: 420, counterparty: 'PAYONE GmbH', duplicate: false, error: null });

    const result = t.call('bank.csv.import', { ...file, saveMappingAs: 'Sparkasse' });
    expect(result).toMatchObject({ added: 6, duplicates: 0, skipped: 0, statements: [{ importId: expect.any(Number), from: '2026-01-02', to: '2026-01-15' }] });
    expect(lineCount(t)).toBe(6);
    expect(t.call('bank.mappings.list')).toEqual([expect.objectContaining({ name: 'Sparkasse', mapping: preview.mapping, header: preview.header })]);

    const before = logicalDump(t.core.db);
    expect(t.call('bank.csv.preview', file)).toMatchObject({ mappingSource: 'saved', savedMappingName: 'Sparkasse', counts: { new: 0, duplicates: 6 } });
    expect(t.call('bank.csv.import', { ...file, saveMappingAs: 'Sparkasse' })).toMatchObject({ added: 0, duplicates: 6, statements: [{ importId: null }] });
    expect(logicalDump(t.core.db)).toBe(before);
    // What was imported stays as imported.
    expect(() => t.core.db.prepare('UPDATE bank_lines SET amount_cents = 1').run()).toThrow(/immutable/);
    expect(() => t.core.db.prepare('DELETE FROM bank_lines').run()).toThrow(/kept/);
    expect(() => t.core.db.prepare('DELETE FROM bank_imports').run()).toThrow(/kept/);
    t.close();
  });

  test('an overlapping later export adds only its new lines; two equal payments in one file both count', () => {
    const t = shop();
    const giro = fs.readFileSync(path.join(FIXTURES, 'giro-soll-haben.csv'), 'utf8');
    const lines = giro.split('\n');
    // The first export ends after the first coffee; the second has everything.
    const early = lines.slice(0, 8).join('\n');
    expect(t.call('bank.csv.import', { bankAccountId: 1, fileName: 'jan.csv', base64: text64(early) })).toMatchObject({ added: 2 });
    const full = t.call('bank.csv.import', { bankAccountId: 1, fileName: 'feb.csv', base64: text64(giro) });
    expect(full).toMatchObject({ added: 3, duplicates: 2, statements: [{ closing: { on: '2026-02-28', cents: 270_626 } }] });
    expect(t.call('bank.lines', { bankAccountId: 1, search: 'Café' }).lines.map((l) => l.amountCents)).toEqual([-350, -350]);
    t.close();
  });

  test('a given mapping wins; a wrong one is refused with the missing column named', () => {
    const t = shop();
    const file = { bankAccountId: 1, fileName: 'g.csv', base64: b64(path.join(FIXTURES, 'giro-soll-haben.csv')) };
    const guessed = t.call('bank.csv.preview', file).mapping;
    const given = t.call('bank.csv.preview', { ...file, mapping: { ...guessed, purposeColumn: 'Referenz', referenceColumn: null } });
    expect(given.mappingSource).toBe('given');
    expect(given.rows[0]!.purpose).toBe('RE-2026-0113');
    expectRefused(t, 'bank.csv.preview', { ...file, mapping: { ...guessed, dateColumn: 'Datum' } }, 'VALIDATION', 'bankCsvColumnMissing');
    expectRefused(t, 'bank.csv.import', { ...file, mapping: { ...guessed, skipLines: 0 } }, 'VALIDATION', 'bankCsvColumnMissing');
    t.close();
  });

  test('rows that cannot be read: the preview shows them; import refuses the file unless told to skip them', () => {
    const t = shop();
    const csv = 'Buchungstag;Betrag;Name;Verwendungszweck\n02.01.2026;-10,00;A;eins\n31.02.2026;-5,00;B;zwei\n03.01.2026;zehn;C;drei\n04.01.2026;0,00;D;vier\n';
    const file = { bankAccountId: 1, fileName: 'x.csv', base64: text64(csv) };
    const preview = t.call('bank.csv.preview', file);
    expect(preview.counts).toEqual({ total: 4, new: 1, duplicates: 0, errors: 3 });
    expect(preview.rows.map((r) => r.error?.reason ?? null)).toEqual([null, 'bankDate', 'bankAmount', 'bankAmountZero']);
    expect(preview.rows[1]!.error).toEqual({ reason: 'bankDate', column: 'Buchungstag', value: '31.02.2026' });
    expectRefused(t, 'bank.csv.import', file, 'VALIDATION', 'bankCsvRowErrors');
    expect(t.call('bank.csv.import', { ...file, skipInvalidRows: true })).toMatchObject({ added: 1, skipped: 3 });
    t.close();
  });

  test('bad files change nothing and say why', () => {
    const t = shop();
    const file = (text: string) => ({ bankAccountId: 1, fileName: 'x.csv', base64: text64(text) });
    expectRefused(t, 'bank.csv.import', file('just some words\nand more\n'), 'VALIDATION', 'bankCsvNoHeader');
    expectRefused(t, 'bank.csv.import', file('Spalte A;Spalte B;Spalte C\n1;2;3\n'), 'VALIDATION', 'bankCsvGuessFailed');
    expectRefused(t, 'bank.csv.import', file('Buchungstag;Betrag;Name\n"02.01.2026;-1,00;A\n'), 'VALIDATION', 'bankCsvQuotes');
    expectRefused(t, 'bank.csv.import', file('Buchungstag;Betrag;Name;Zweck\n'), 'VALIDATION', 'bankNoLines');
    expectRefused(t, 'bank.csv.import', { ...file(''), base64: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]).toString('base64') }, 'VALIDATION', 'bankFileUnreadable');
    expectRefused(t, 'bank.csv.import', { ...file('Buchungstag;Betrag;Name\n02.01.2026;1,00;A\n'), bankAccountId: 99 }, 'NOT_FOUND', 'bankAccountNotFound');
    t.close();
  });

  test.skipIf(!fs.existsSync(CSV_DIR))('the real DKB giro export imports, and again adds nothing', () => {
    const t = shop();
    const file = { bankAccountId: 1, fileName: 'dkb.csv', base64: b64(path.join(CSV_DIR, 'dkb_giro_2023-format_dkb2homebank.csv')) };
    expect(t.call('bank.csv.import', file)).toMatchObject({ added: 5, statements: [{ closing: { on: '2023-08-25', cents: 123_456 } }] });
    expect(t.call('bank.csv.import', file)).toMatchObject({ added: 0, duplicates: 5 });
    t.close();
  });
});

describe('CAMT.053', () => {
  const demo = { fileName: 'camt053-demo.xml', base64: b64(path.join(FIXTURES, 'camt053-demo.xml')) };

  test('a file whose statements name two different new IBANs cannot teach one account both: refused, nothing written', () => {
    const t = shop();
    const xml = fs.readFileSync(path.join(FIXTURES, 'camt053-demo.xml'), 'utf8');
    const second = xml.indexOf('<IBAN>DE67680501010012345678</IBAN>', xml.indexOf('2026-01-13-DE67680501010012345678'));
    const mixed = `${xml.slice(0, second)}<IBAN>DE02120300000000202051</IBAN>${xml.slice(second + '<IBAN>DE67680501010012345678</IBAN>'.length)}`;
    expectRefused(t, 'bank.camt.import', { bankAccountId: 1, fileName: 'mixed.xml', base64: text64(mixed) }, 'CONFLICT', 'bankIbanMismatch');
    t.close();
  });

  test('the chosen account learns the IBAN; both statements import with reconciling balances; again adds nothing', () => {
    const t = shop();
    const result = t.call('bank.camt.import', { bankAccountId: 1, ...demo });
    expect(result).toMatchObject({ added: 6, duplicates: 0, skipped: 1 });
    expect(result.statements).toEqual([
      expect.objectContaining({ statementRef: '2026-01-12-DE67680501010012345678', added: 4, skipped: 1, balancesReconcile: true, opening: { on: '2026-01-11', cents: 100_000 }, closing: { on: '2026-01-12', cents: 109_530 } }),
      expect.objectContaining({ added: 2, balancesReconcile: true, closing: { on: '2026-01-13', cents: 116_531 } }),
    ]);
    expect(t.call('bank.accounts.list')[0]).toMatchObject({ iban: 'DE67680501010012345678', openLines: 6, lastBookedOn: '2026-01-13' });

    const before = logicalDump(t.core.db);
    // Found by its IBAN now, with or without a chosen account.
    expect(t.call('bank.camt.import', { bankAccountId: null, ...demo })).toMatchObject({ added: 0, duplicates: 6 });
    expect(t.call('bank.camt.import', { bankAccountId: 1, ...demo })).toMatchObject({ added: 0 });
    expect(logicalDump(t.core.db)).toBe(before);
    t.close();
  });

  test('statements for an unknown IBAN, another account\'s IBAN, or in another currency are refused', () => {
    const t = shop();
    expectRefused(t, 'bank.camt.import', { bankAccountId: null, ...demo }, 'VALIDATION', 'bankIbanUnknown');
    const other = t.call('ledger.account.create', { number: '1210', name: 'Volksbank', type: 'asset' });
    const second = t.call('bank.accounts.create', { name: 'Volksbank', iban: 'DE67 6805 0101 0012 3456 78', accountId: other.id });
    expect(second).toMatchObject({ iban: 'DE67680501010012345678', accountNumber: '1210' });
    expectRefused(t, 'bank.camt.import', { bankAccountId: 1, ...demo }, 'CONFLICT', 'bankIbanOtherAccount');
    expect(t.call('bank.camt.import', { bankAccountId: null, ...demo }).statements[0]!.bankAccountId).toBe(second.id);
    if (fs.existsSync(CAMT_DIR)) {
      const swiss = { bankAccountId: 1, fileName: 'pf.xml', base64: b64(path.join(CAMT_DIR, 'camt053.001.04_postfinance-ch_viafintech.xml')) };
      expectRefused(t, 'bank.camt.import', swiss, 'VALIDATION', 'bankCurrency');
    }
    t.close();
  });

  test('an account with another IBAN does not take a statement; a file that is not CAMT changes nothing', () => {
    const t = shop();
    const other = t.call('ledger.account.create', { number: '1210', name: 'Volksbank', type: 'asset' });
    const second = t.call('bank.accounts.create', { name: 'Volksbank', iban: 'DE89370400440532013000', accountId: other.id });
    expectRefused(t, 'bank.camt.import', { bankAccountId: second.id, ...demo }, 'CONFLICT', 'bankIbanMismatch');
    expectRefused(t, 'bank.camt.import', { bankAccountId: 1, fileName: 'x.xml', base64: text64('<Document><BkToCstmrStmt>') }, 'VALIDATION', 'bankCamtNotXml');
    expectRefused(t, 'bank.camt.import', { bankAccountId: 1, fileName: 'x.csv', base64: b64(path.join(FIXTURES, 'sparkasse-demo.csv')) }, 'VALIDATION', 'bankCamtNotXml');
    t.close();
  });

  test.skipIf(!fs.existsSync(CAMT_DIR))('the real multi-statement and VR-Bank files import into the chosen account', () => {
    const t = shop();
    const multi = { bankAccountId: 1, fileName: 'm.xml', base64: b64(path.join(CAMT_DIR, 'camt053.001.02_multi-statement_genkgo.xml')) };
    expect(t.call('bank.camt.import', multi)).toMatchObject({ added: 2, statements: [{ balancesReconcile: true }, { balancesReconcile: true }] });
    const other = t.call('ledger.account.create', { number: '1210', name: 'VR-Bank', type: 'asset' });
    const vr = t.call('bank.accounts.create', { name: 'VR-Bank', iban: null, accountId: other.id });
    const file = { bankAccountId: vr.id, fileName: 'vr.xml', base64: b64(path.join(CAMT_DIR, 'camt053.001.02_vrbank-rottal-inn_viafintech.xml')) };
    expect(t.call('bank.camt.import', file)).toMatchObject({ added: 5, statements: [{ balancesReconcile: true }] });
    expect(t.call('bank.camt.import', file)).toMatchObject({ added: 0, duplicates: 5 });
    t.close();
  });
});

describe('bank accounts', () => {
  test('a new account needs a valid IBAN and a free asset account', () => {
    const t = shop();
    const accounts = t.call('ledger.accountOptions');
    const id = (number: string) => accounts.find((a) => a.number === number)!.id;
    expectRefused(t, 'bank.accounts.create', { name: 'X', iban: 'DE00 1234', accountId: id('1360') }, 'VALIDATION', 'bankIbanInvalid');
    expectRefused(t, 'bank.accounts.create', { name: 'X', iban: null, accountId: id('1200') }, 'CONFLICT', 'bankLedgerAccountTaken');
    expectRefused(t, 'bank.accounts.create', { name: 'X', iban: null, accountId: id('1000') }, 'VALIDATION', 'bankLedgerAccountUnfit');
    expectRefused(t, 'bank.accounts.create', { name: 'X', iban: null, accountId: id('4210') }, 'VALIDATION', 'bankLedgerAccountUnfit');
    expectRefused(t, 'bank.accounts.create', { name: 'Bank', iban: null, accountId: id('1360') }, 'CONFLICT', 'bankAccountNameTaken');
    t.close();
  });
});
