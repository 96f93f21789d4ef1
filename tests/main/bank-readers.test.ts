/**
 * The statement readers on their own: amounts, dates and IBANs; CSV mapping guesses and rows on
 * the real bank exports in ../shared/data/bank-csv and on our fixtures; CAMT.053 statements from
 * ../shared/data/camt and our fixture (balances, batches, pending entries, versions 02 to 08).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCamt } from '../../src-main/modules/bank/camt-read';
import { guessMapping, headerKey } from '../../src-main/modules/bank/csv-guess';
import { guessDelimiter, preambleBalance, readRows, splitRecords } from '../../src-main/modules/bank/csv-read';
import { decodeFile } from '../../src-main/modules/bank/decode';
import { fingerprints } from '../../src-main/modules/bank/import';
import { ibanIsValid, normalizeIban, parseAmount, parseDate } from '../../src-main/modules/bank/values';
import { sparkasseDemoBytes, sparkasseDemoCsv } from '../fixtures/bank/sparkasse-demo';

const FIXTURES = path.resolve(__dirname, '../fixtures/bank');
const SHARED = path.resolve(__dirname, '../../../shared/data');
const CSV_DIR = path.join(SHARED, 'bank-csv');
const CAMT_DIR = path.join(SHARED, 'camt');

const fileText = (file: string) => decodeFile(fs.readFileSync(file).toString('base64'));

function readCsv(file: string) {
  const { text, encoding } = fileText(file);
  const records = splitRecords(text, guessDelimiter(text));
  const mapping = guessMapping(records, guessDelimiter(text));
  return { encoding, mapping, records, ...readRows(records, mapping, 'EUR') };
}

describe('values', () => {
  test.each([
    ['-10,22 €', ',', -1022], ['-10,22\u00a0€', ',', -1022], ['100.000,00\u00a0€', ',', 10_000_000], ['1.234,56', ',', 123_456],
    ['1234,5', ',', 123_450], ['+45,67', ',', 4567], ['16,78-', ',', -1678], ['2,49 EUR', ',', 249], ['-0', ',', 0],
    ['1,234.56', '.', 123_456], ['(10.22)', '.', -1022], ['10.220', '.', 1022], ['7', ',', 700],
  ] as const)('amount %j with decimal %s is %d cents', (raw, decimal, cents) => {
    expect(parseAmount(raw, decimal)).toBe(cents);
  });

  test.each([['abc', ','], ['1,2,3', ','], ['10,223', ','], ['', ','], ['1.23.4', '.'], ['99999999999,00', ',']] as const)('%j is no amount', (raw, decimal) => {
    expect(parseAmount(raw, decimal)).toBeNull();
  });

  test('dates in the bank formats', () => {
    expect(parseDate('25.08.23', 'DD.MM.YY')).toBe('2023-08-25');
    expect(parseDate('25.08.2023', 'DD.MM.YY')).toBe('2023-08-25');
    expect(parseDate('19.10.2018', 'DD.MM.YYYY')).toBe('2018-10-19');
    expect(parseDate('2026-01-02', 'YYYY-MM-DD')).toBe('2026-01-02');
    expect(parseDate('12/31/2025', 'MM/DD/YYYY')).toBe('2025-12-31');
    expect(parseDate('31/12/2025', 'DD/MM/YYYY')).toBe('2025-12-31');
    expect(parseDate('30.02.2026', 'DD.MM.YYYY')).toBeNull();
    expect(parseDate('Kontostand', 'DD.MM.YYYY')).toBeNull();
  });

  test('IBANs are normalised and checked', () => {
    expect(normalizeIban('de89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(ibanIsValid('DE89370400440532013000')).toBe(true);
    expect(ibanIsValid('DE88370400440532013000')).toBe(false);
    expect(ibanIsValid('CH0309000000250090342')).toBe(true);
  });

  test('header names compare without case, umlauts and punctuation', () => {
    expect(headerKey('Betrag (€)')).toBe('betrag');
    expect(headerKey('Zahlungsempfänger*in')).toBe('zahlungsempfaengerin');
    expect(headerKey('Auftraggeber / Begünstigter')).toBe('auftraggeberbeguenstigter');
  });

  test('equal lines get numbered fingerprints; the same lines again get the same ones', () => {
    const line = { bookedOn: '2026-01-02', valueOn: null, amountCents: -350, currency: 'EUR', counterparty: 'Café', counterpartyIban: null, purpose: 'Kaffee', reference: null };
    const first = fingerprints([line, { ...line }, { ...line, amountCents: -351 }]);
    expect(first[0]).toMatch(/#1$/);
    expect(first[1]).toMatch(/#2$/);
    expect(first[0]!.slice(0, -2)).toBe(first[1]!.slice(0, -2));
    expect(fingerprints([line, { ...line }, { ...line, amountCents: -351 }])).toEqual(first);
    // Case and spacing of the texts do not make a line new.
    expect(fingerprints([{ ...line, counterparty: ' CAFÉ ', purpose: 'kaffee' }])[0]).toBe(first[0]);
  });
});

describe('our CSV fixtures', () => {
  test('sparkasse-demo.csv is the generator\'s output for 2026-01-15, in Windows-1252', () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'sparkasse-demo.csv'));
    expect(bytes.equals(sparkasseDemoBytes('2026-01-15'))).toBe(true);
    expect(sparkasseDemoCsv('2026-03-01')).toContain('"01.03.26"');
  });

  test('the Sparkasse export: guessed mapping, umlauts, signed amounts', () => {
    const { encoding, mapping, rows } = readCsv(path.join(FIXTURES, 'sparkasse-demo.csv'));
    expect(encoding).toBe('windows-1252');
    expect(mapping).toMatchObject({
      delimiter: ';', skipLines: 0, dateColumn: 'Buchungstag', valueDateColumn: 'Valutadatum', dateFormat: 'DD.MM.YY', amountColumn: 'Betrag', decimal: ',',
      counterpartyColumn: 'Beguenstigter/Zahlungspflichtiger', purposeColumn: 'Verwendungszweck', referenceColumn: 'Kundenreferenz (End-to-End)', ibanColumn: 'Kontonummer/IBAN',
    });
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.error === null)).toBe(true);
    expect(rows.map((r) => r.parsed!.amountCents)).toEqual([420, -8900, -34_240, -1290, 50_000, -125_000]);
    expect(rows[2]!.parsed).toMatchObject({ bookedOn: '2026-01-12', counterparty: 'Bäckerei Müller KG', reference: 'R-2025-1187', counterpartyIban: 'DE72680501010020304050' });
    expect(rows[3]!.parsed!.counterparty).toBe('Sparkasse Freiburg-Nördlicher Breisgau');
  });

  test('a giro export with preamble, BOM, debit and credit columns, a quoted newline and two equal payments', () => {
    const { encoding, mapping, rows, records } = readCsv(path.join(FIXTURES, 'giro-soll-haben.csv'));
    expect(encoding).toBe('utf-8');
    expect(mapping).toMatchObject({ skipLines: 5, amountColumn: null, debitColumn: 'Soll', creditColumn: 'Haben', counterpartyColumn: 'Empfänger/Auftraggeber', referenceColumn: 'Referenz', ibanColumn: 'IBAN' });
    expect(rows.map((r) => r.parsed!.amountCents)).toEqual([-123_456, -350, -350, 8782, 386_000]);
    expect(rows[0]!.parsed).toMatchObject({ counterparty: 'Großhandel Süd GmbH', purpose: 'Rechnung 2026-0113; Kunde 4711', reference: 'RE-2026-0113' });
    expect(rows[3]!.parsed).toMatchObject({ purpose: 'Gutschrift Jahresabrechnung Vertrag 99-1234', valueOn: '2026-02-06' });
    expect(preambleBalance(records.slice(0, mapping.skipLines), ',')).toEqual({ on: '2026-02-28', cents: 270_626 });
  });

  test('a Volksbank-style export: amount plus S/H column, and a row it cannot read', () => {
    const text = 'Buchungstag;Valuta;Empfänger/Zahlungspflichtiger;Vorgang/Verwendungszweck;Umsatz;Soll/Haben\n'
      + '01.02.2026;01.02.2026;Muster GmbH;Miete;850,00;S\n02.02.2026;02.02.2026;Kunde;Rechnung 1;120,00;H\n03.02.2026;03.02.2026;X;Y;1,00;?\n';
    const records = splitRecords(text, ';');
    const mapping = { ...guessMapping(records, ';'), purposeColumn: 'Vorgang/Verwendungszweck', counterpartyColumn: 'Empfänger/Zahlungspflichtiger' };
    expect(mapping).toMatchObject({ amountColumn: 'Umsatz', directionColumn: 'Soll/Haben', valueDateColumn: 'Valuta' });
    const { rows } = readRows(records, mapping, 'EUR');
    expect(rows.map((r) => r.parsed?.amountCents ?? null)).toEqual([-85_000, 12_000, null]);
    expect(rows[2]!.error).toEqual({ reason: 'bankDirection', column: 'Soll/Haben', value: '?' });
  });
});

describe.skipIf(!fs.existsSync(CSV_DIR))('the real bank CSV exports in ../shared/data/bank-csv', () => {
  test('DKB giro, 2023 format: preamble, two-digit years, "-10,22 €" with a non-breaking space, payer and payee columns', () => {
    const { mapping, rows, records } = readCsv(path.join(CSV_DIR, 'dkb_giro_2023-format_dkb2homebank.csv'));
    expect(mapping).toMatchObject({ skipLines: 4, dateColumn: 'Buchungsdatum', dateFormat: 'DD.MM.YY', amountColumn: 'Betrag (€)', counterpartyColumn: 'Zahlungsempfänger*in', payerColumn: 'Zahlungspflichtige*r', referenceColumn: 'Kundenreferenz' });
    expect(rows.map((r) => r.parsed!.amountCents)).toEqual([10_000_000, -1022, -1022, -123_456, 234_567]);
    expect(rows[0]!.parsed).toMatchObject({ bookedOn: '2023-08-25', counterparty: 'John Doe' });
    expect(rows[1]!.parsed).toMatchObject({ counterparty: 'SOME COMPANY/SOMEWHERE//DE', reference: '567890123456789' });
    expect(rows[4]!.parsed!.counterparty).toBe('Some Company');
    expect(preambleBalance(records.slice(0, mapping.skipLines), ',')).toEqual({ on: '2023-08-25', cents: 123_456 });
  });

  test('DKB, legacy format: ISO-8859-1, 8 preamble lines, trailing semicolons', () => {
    const { encoding, mapping, rows } = readCsv(path.join(CSV_DIR, 'dkb_cash_legacy-format_dkb2homebank.csv'));
    expect(encoding).toBe('windows-1252');
    expect(mapping).toMatchObject({ dateColumn: 'Buchungstag', amountColumn: 'Betrag (EUR)', counterpartyColumn: 'Auftraggeber / Begünstigter', dateFormat: 'DD.MM.YYYY' });
    expect(rows.map((r) => [r.parsed!.bookedOn, r.parsed!.amountCents, r.parsed!.counterparty])).toEqual([
      ['2018-10-19', 4567, 'Foo Firma'], ['2018-10-17', -1678, 'SOME ONLINE SHOP'],
    ]);
  });

  test('DKB credit card, 2023 format: UTF-8 with BOM', () => {
    const { mapping, rows } = readCsv(path.join(CSV_DIR, 'dkb_visa_2023-format_dkb2homebank.csv'));
    expect(mapping).toMatchObject({ dateColumn: 'Belegdatum', valueDateColumn: 'Wertstellung', amountColumn: 'Betrag', counterpartyColumn: 'Beschreibung' });
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.error === null)).toBe(true);
    expect(rows[1]!.parsed).toMatchObject({ bookedOn: '2023-10-20', amountCents: -249, counterparty: 'Kartenpreis' });
  });
});

describe('our CAMT.053 fixture', () => {
  const statements = readCamt(fileText(path.join(FIXTURES, 'camt053-demo.xml')).text);

  test('two statements with their balances; the batch split, the pending entry left out', () => {
    expect(statements).toHaveLength(2);
    const [day1, day2] = statements;
    expect(day1).toMatchObject({ iban: 'DE67680501010012345678', currency: 'EUR', opening: { on: '2026-01-11', cents: 100_000 }, closing: { on: '2026-01-12', cents: 109_530 }, skipped: 1 });
    expect(day1!.lines.map((l) => l.amountCents)).toEqual([25_000, -8330, -3570, -3570]);
    expect(day1!.opening!.cents + day1!.bookedSumCents).toBe(day1!.closing!.cents);
    expect(day1!.lines[0]).toMatchObject({ counterparty: 'PAYONE GmbH', purpose: 'Kartenumsaetze vom 11.01.2026 TID 60012345', reference: 'PO-60012345-0111', counterpartyIban: 'DE42200400000628120000' });
    expect(day1!.lines[2]).toMatchObject({ counterparty: 'Bürobedarf Weiß & Söhne', reference: '2026011200002-2' });
    expect(day2!.lines.map((l) => [l.amountCents, l.counterparty, l.purpose])).toEqual([[8000, 'Jürgen Vogel', 'Gutschein Bestellung 7'], [-999, '', 'Entgelt Kartenterminal']]);
  });
});

describe.skipIf(!fs.existsSync(CAMT_DIR))('the real CAMT.053 files in ../shared/data/camt', () => {
  const read = (file: string) => readCamt(fileText(path.join(CAMT_DIR, file)).text);
  const reconciles = (s: ReturnType<typeof readCamt>[number]) => s.opening!.cents + s.bookedSumCents === s.closing!.cents;

  test('VR-Bank (.001.02): a batch split into its two transfers; opening + lines = closing', () => {
    const [s] = read('camt053.001.02_vrbank-rottal-inn_viafintech.xml');
    expect(s!.iban).toBe('DE14740618130000033626');
    expect(s!.lines.map((l) => l.amountCents)).toEqual([-200, -300, 100, -350, -250]);
    expect(reconciles(s!)).toBe(true);
    expect(s!.lines[0]).toMatchObject({ counterparty: 'Testkonto Nummer 2', reference: 'EndToEndReference', purpose: 'TEST BERWEISUNG MITTELS BLZUND KONTONUMMER - DTA' });
    expect(s!.lines[2]).toMatchObject({ amountCents: 100, counterparty: 'Testkonto Nummer 2' });
  });

  test('PostFinance (.001.04): batch details and a return; the balances reconcile', () => {
    const [s] = read('camt053.001.04_postfinance-ch_viafintech.xml');
    expect(s!.currency).toBe('CHF');
    expect(s!.lines.length).toBeGreaterThan(13);
    expect(reconciles(s!)).toBe(true);
  });

  test('two statements in one file (genkgo, .001.02)', () => {
    const statements = read('camt053.001.02_multi-statement_genkgo.xml');
    expect(statements.map((s) => s.statementRef)).toEqual(['253EURNL26VAYB8060476890', '254EURNL26VAYB8060476890']);
    expect(statements.every(reconciles)).toBe(true);
  });

  test('.001.08 with the account given by another id, names nested in Pty, the day from DtTm', () => {
    const [s] = read('camt053.001.08_genkgo.xml');
    expect(s).toMatchObject({ iban: null, otherAccountId: expect.any(String) });
    expect(s!.lines[0]).toMatchObject({ bookedOn: '2014-12-31', amountCents: 885, counterparty: 'NAME NAME', reference: 'MUELL/FINP/RA12345' });
  });

  test('UBS (.001.08) and a batch without details read; their stated balances do not reconcile', () => {
    const [ubs] = read('camt053.001.08_ubs-ch_viafintech.xml');
    expect(ubs!.lines).toHaveLength(3);
    expect(reconciles(ubs!)).toBe(false);
    const [batch] = read('camt053_batch-booking_viafintech.xml');
    expect(batch!.lines[0]).toMatchObject({ amountCents: -475_374, reference: '68047a4871ab34285b5555555502010c' });
    expect(reconciles(batch!)).toBe(false);
  });
});

describe('files that are not statements', () => {
  test.each([
    ['not XML', '<Document><BkToCstmrStmt>', 'bankCamtNotXml'],
    ['a CAMT.052 report', '<Document><BkToCstmrAcctRpt><Rpt/></BkToCstmrAcctRpt></Document>', 'bankCamtNotStatement'],
    ['another XML', '<html><body>Hallo</body></html>', 'bankCamtNotStatement'],
    ['an entry without amount', '<Document><BkToCstmrStmt><Stmt><Ntry><CdtDbtInd>CRDT</CdtDbtInd></Ntry></Stmt></BkToCstmrStmt></Document>', 'bankCamtInvalid'],
  ])('%s', (_what, xml, reason) => {
    expect(() => readCamt(xml)).toThrow(expect.objectContaining({ code: 'VALIDATION', extra: { details: expect.objectContaining({ reason }) } }));
  });

  test('binary data is refused, Windows-1252 is recognised', () => {
    expect(() => decodeFile(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).toString('base64'))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(decodeFile(Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]).toString('base64'))).toEqual({ text: 'Müller', encoding: 'windows-1252' });
  });

  test('a CSV without a recognisable header', () => {
    expect(() => guessMapping(splitRecords('hello\nworld\n', ';'), ';')).toThrow(expect.objectContaining({ extra: { details: { reason: 'bankCsvNoHeader' } } }));
  });
});
