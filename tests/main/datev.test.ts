/**
 * The DATEV export against the published layout of EXTF Buchungsstapel (version 700, format
 * version 9): real postings made through the channels (counter sales, a manual entry, quick
 * expenses), the file decoded from Windows-1252 and its header and every row checked field by
 * field; the movement of every account in the rows equals the journal's.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { DatevExport } from '../../src-shared/contract/datev';
import { counterCore, productId, sell, type TestCore } from '../helpers/counter';
import { logicalDump } from '../helpers/core';

/** Our own copy of the column names, in order (DATEV-Format Buchungsstapel, Formatversion 9). */
const EXPECTED_COLUMNS = [
  'Umsatz (ohne Soll/Haben-Kz)', 'Soll/Haben-Kennzeichen', 'WKZ Umsatz', 'Kurs', 'Basisumsatz', 'WKZ Basisumsatz', 'Konto',
  'Gegenkonto (ohne BU-Schlüssel)', 'BU-Schlüssel', 'Belegdatum', 'Belegfeld 1', 'Belegfeld 2', 'Skonto', 'Buchungstext',
  'Postensperre', 'Diverse Adressnummer', 'Geschäftspartnerbank', 'Sachverhalt', 'Zinssperre', 'Beleglink',
  ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) => [`Beleginfo – Art ${i}`, `Beleginfo – Inhalt ${i}`]),
  'KOST1 – Kostenstelle', 'KOST2 – Kostenstelle', 'Kost Menge', 'EU-Land u. USt-IdNr.', 'EU-Steuersatz', 'Abw. Versteuerungsart',
  'Sachverhalt L+L', 'Funktionsergänzung L+L', 'BU 49 Hauptfunktionstyp', 'BU 49 Hauptfunktionsnummer', 'BU 49 Funktionsergänzung',
  ...Array.from({ length: 20 }, (_, k) => [`Zusatzinformation – Art ${k + 1}`, `Zusatzinformation – Inhalt ${k + 1}`]).flat(),
  'Stück', 'Gewicht', 'Zahlweise', 'Forderungsart', 'Veranlagungsjahr', 'Zugeordnete Fälligkeit', 'Skontotyp', 'Auftragsnummer',
  'Buchungstyp', 'USt-Schlüssel (Anzahlungen)', 'EU-Mitgliedstaat (Anzahlungen)', 'Sachverhalt L+L (Anzahlungen)',
  'EU-Steuersatz (Anzahlungen)', 'Erlöskonto (Anzahlungen)', 'Herkunft-Kz', 'Leerfeld', 'KOST-Datum', 'SEPA-Mandatsreferenz',
  'Skontosperre', 'Gesellschaftername', 'Beteiligtennummer', 'Identifikationsnummer', 'Zeichnernummer', 'Postensperre bis',
  'Bezeichnung', 'Kennzeichen', 'Festschreibung', 'Leistungsdatum', 'Datum Zuord.', 'Fälligkeit', 'Generalumkehr', 'Steuersatz', 'Land',
];
/** 0-based positions of the columns the export fills; every other column must stay empty. */
const C = { amount: 0, side: 1, account: 6, counter: 7, bu: 8, date: 9, document: 10, text: 13 };

interface Field { value: string; quoted: boolean }

/** Splits one line into fields: `"…"` text with doubled quotes inside, or bare values. */
function fieldsOf(line: string): Field[] {
  const fields: Field[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i += 1;
      for (;;) {
        const end = line.indexOf('"', i);
        if (end < 0) throw new Error(`unclosed quote in ${line}`);
        value += line.slice(i, end);
        if (line[end + 1] === '"') { value += '"'; i = end + 2; } else { i = end + 1; break; }
      }
      fields.push({ value, quoted: true });
    } else {
      const end = line.indexOf(';', i);
      fields.push({ value: line.slice(i, end < 0 ? line.length : end), quoted: false });
      i = end < 0 ? line.length : end;
    }
    if (i >= line.length) return fields;
    if (line[i] !== ';') throw new Error(`expected ; at ${i} in ${line}`);
    i += 1;
  }
}

function decode(file: DatevExport) {
  const bytes = Buffer.from(file.base64, 'base64');
  const text = iconv.decode(bytes, 'windows-1252');
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  return { bytes, text, header: fieldsOf(lines[0]!), columns: lines[1]!.split(';'), rows: lines.slice(2).map(fieldsOf) };
}

const accountId = (t: TestCore, number: string) => t.core.db.prepare('SELECT id FROM accounts WHERE number = ?').pluck().get(number) as number;

/** A shop with counter sales, a manual n:m entry and two expenses in January 2026. */
function shopWithPostings() {
  const t = counterCore();
  sell(t, [{ productId: productId(t, 'Bauernbrot') }, { productId: productId(t, 'Cola 0,5 l') }]);
  // Paid partly by card: two debit lines against four credit lines (an n:m entry).
  t.call('counter.checkout', {
    cart: { lines: [{ type: 'product', productId: productId(t, 'Tasse Freiburg'), quantity: 2000 }, { type: 'product', productId: productId(t, 'Bergkäse'), quantity: 500 }] },
    payments: [{ method: 'card', amountCents: 2000 }, { method: 'cash', amountCents: 5000 }],
    clientRef: 'datev-mixed-1',
  });
  t.clock.set('2026-01-20T09:00:00.000Z');
  t.signInOwner();
  t.call('datev.settings.update', { consultantNumber: 1001, clientNumber: 456, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: 'ab' });
  const manual = t.call('ledger.postManual', {
    bookedOn: '2026-01-16', text: 'Miete und Versicherung Januar', attachment: null,
    lines: [
      { accountId: accountId(t, '4210'), amountCents: 50_000, vatRateId: null },
      { accountId: accountId(t, '4360'), amountCents: 20_000, vatRateId: null },
      { accountId: accountId(t, '1200'), amountCents: -60_000, vatRateId: null },
      { accountId: accountId(t, '1000'), amountCents: -10_000, vatRateId: null },
    ],
  });
  const office = t.call('ledger.recordExpense', {
    bookedOn: '2026-01-17', text: 'Bürobedarf „Müßig“ für "Öffnungszeiten"-Schild, Łódź ✓', grossCents: 1190, vatRateId: 1,
    expenseAccountId: accountId(t, '4930'), paidFrom: 'cash', attachment: null,
  });
  const goods = t.call('ledger.recordExpense', {
    bookedOn: '2026-01-19', text: 'Wareneinkauf Getränke', grossCents: 11_900, vatRateId: 1, expenseAccountId: accountId(t, '3400'), paidFrom: 'bank', attachment: null,
  });
  return { t, manual, office, goods };
}

/** Each account's movement in the rows: S debits Konto and credits Gegenkonto, H the other way round. */
function movementOfRows(rows: Field[][]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const row of rows) {
    const [euros, cents] = row[C.amount]!.value.split(',');
    const amount = Number(euros) * 100 + Number(cents);
    const sign = row[C.side]!.value === 'S' ? 1 : -1;
    sums[row[C.account]!.value] = (sums[row[C.account]!.value] ?? 0) + sign * amount;
    sums[row[C.counter]!.value] = (sums[row[C.counter]!.value] ?? 0) - sign * amount;
  }
  return Object.fromEntries(Object.entries(sums).filter(([, v]) => v !== 0).sort(([a], [b]) => a.localeCompare(b)));
}

function movementOfJournal(t: TestCore, from: string, to: string): Record<string, number> {
  const rows = t.core.db.prepare(
    `SELECT a.number, sum(l.amount_cents) AS amount FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.id = l.account_id
     WHERE l.booked_on BETWEEN ? AND ? AND e.source_type <> 'ledger.yearEnd' GROUP BY a.number HAVING amount <> 0 ORDER BY a.number`,
  ).all(from, to) as { number: string; amount: number }[];
  return Object.fromEntries(rows.map((r) => [r.number, r.amount]));
}

describe('the exported file', () => {
  const { t, manual, office, goods } = shopWithPostings();
  t.clock.set('2026-02-03T10:20:30.456Z');
  t.signInOwner();
  const file = t.call('datev.export', { from: '2026-01-01', to: '2026-01-31' });
  const { bytes, text, header, columns, rows } = decode(file);
  afterAll(() => t.close());

  test('is named, counted and encoded as DATEV wants: Windows-1252, CRLF, no BOM', () => {
    expect(file.fileName).toBe('EXTF_Buchungsstapel_2026-01-01_2026-01-31.csv');
    expect(file.rows).toBe(rows.length);
    expect(bytes[0]).toBe(0x22); // '"' of "EXTF", no byte order mark
    for (let i = 0; i < bytes.length; i += 1) {
      if (bytes[i] === 0x0a) expect(bytes[i - 1], `LF without CR at byte ${i}`).toBe(0x0d);
      if (bytes[i] === 0x0d) expect(bytes[i + 1]).toBe(0x0a);
    }
    // ä ö ü ß Ö „ “ – as single Windows-1252 bytes, never as UTF-8 sequences.
    const latin = iconv.encode('ä|ö|ü|ß|Ö|„|“|–', 'windows-1252');
    expect([...latin]).toEqual([0xe4, 0x7c, 0xf6, 0x7c, 0xfc, 0x7c, 0xdf, 0x7c, 0xd6, 0x7c, 0x84, 0x7c, 0x93, 0x7c, 0x96]);
    expect(bytes.includes(iconv.encode('Bürobedarf „Müßig“ für', 'windows-1252'))).toBe(true);
    expect(bytes.includes(Buffer.from([0xc3, 0xbc]))).toBe(false); // no UTF-8 "ü"
    expect(bytes.includes(iconv.encode('Beleginfo – Art 1', 'windows-1252'))).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  test('header: 31 fields, each in its place and form', () => {
    expect(header).toHaveLength(31);
    const expected: [number, string, boolean][] = [
      [1, 'EXTF', true], [2, '700', false], [3, '21', false], [4, 'Buchungsstapel', true], [5, '9', false],
      [6, expect.any(String) as unknown as string, false], [7, '', false], [8, 'RE', true], [9, 'Anna Becker', true], [10, '', true],
      [11, '1001', false], [12, '456', false], [13, '20260101', false], [14, '4', false], [15, '20260101', false], [16, '20260131', false],
      [17, 'Kontor 01.01.2026-31.01.2026', true], [18, 'AB', true], [19, '1', false], [20, '', false], [21, '0', false], [22, 'EUR', true],
      [23, '', true], [24, '', true], [25, '', true], [26, '', true], [27, '03', true], [28, '', false], [29, '', false], [30, '', true], [31, '', true],
    ];
    for (const [position, value, quoted] of expected) {
      expect(header[position - 1], `header field ${position}`).toEqual({ value, quoted });
    }
    // Erzeugt am: YYYYMMDDHHMMSSFFF in the shop's local time.
    const at = new Date('2026-02-03T10:20:30.456Z');
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    expect(header[5]!.value).toBe(`${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}456`);
    expect(header[5]!.value).toMatch(/^\d{17}$/);
    expect(header[16]!.value.length).toBeLessThanOrEqual(30);
  });

  test('column line: the 120 names of the layout, in order', () => {
    expect(EXPECTED_COLUMNS).toHaveLength(120);
    expect(columns).toEqual(EXPECTED_COLUMNS);
  });

  test('every row: 120 fields, text quoted, numbers bare, values in their columns, nothing else filled', () => {
    expect(rows.length).toBeGreaterThan(10);
    const numberColumns = new Set([0, 3, 4, 6, 7, 9, 12, 14, 16, 17, 18, 38, 40, 42, 43, 44, 45, 46, 87, 88, 89, 91, 92, 93, 96, 98, 99, 100, 103, 105, 107, 110, 112, 113, 114, 115, 116, 118]);
    const entries = new Map((t.core.db.prepare("SELECT number, booked_on, text FROM journal_entries WHERE source_type <> 'ledger.yearEnd'").all() as { number: number; booked_on: string; text: string }[]).map((e) => [String(e.number), e]));
    for (const [r, row] of rows.entries()) {
      const where = `row ${r + 1}`;
      expect(row, where).toHaveLength(120);
      row.forEach((f, i) => expect(f.quoted, `${where} column ${i + 1} ${EXPECTED_COLUMNS[i]}`).toBe(!numberColumns.has(i)));
      expect(row[C.amount]!.value, where).toMatch(/^[1-9]\d{0,9},\d{2}$|^0,(0[1-9]|[1-9]\d)$/);
      expect(row[C.side]!.value, where).toMatch(/^[SH]$/);
      expect(row[C.account]!.value, where).toMatch(/^\d{4}$/);
      expect(row[C.counter]!.value, where).toMatch(/^\d{4}$/);
      expect(row[C.counter]!.value, where).not.toBe(row[C.account]!.value);
      expect(row[C.bu]!.value, where).toMatch(/^(40)?$/);
      expect(row[C.document]!.value, where).toMatch(/^[A-Za-z0-9$&%*+\-/]{1,36}$/);
      const entry = entries.get(row[C.document]!.value)!;
      expect(entry, where).toBeDefined();
      expect(row[C.date]!.value, where).toBe(`${entry.booked_on.slice(8, 10)}${entry.booked_on.slice(5, 7)}`);
      expect(row[C.text]!.value.length, where).toBeLessThanOrEqual(60);
      expect(row[C.text]!.value.length, where).toBeGreaterThan(0);
      row.forEach((f, i) => {
        if (!Object.values(C).includes(i)) expect(f.value, `${where} column ${i + 1} ${EXPECTED_COLUMNS[i]}`).toBe('');
      });
    }
  });

  test('rows of each posting: amounts, sides, accounts and keys as the splitting rule says', () => {
    const of = (number: number) => rows.filter((r) => r[C.document]!.value === String(number))
      .map((r) => [r[C.amount]!.value, r[C.side]!.value, r[C.account]!.value, r[C.counter]!.value, r[C.bu]!.value, r[C.date]!.value]);
    // Quick expense paid cash: the cash account leads (H), net and input VAT each against it; no tax key on a plain expense account.
    expect(of(office.number)).toEqual([['10,00', 'H', '1000', '4930', '', '1701'], ['1,90', 'H', '1000', '1576', '', '1701']]);
    // Goods bought by bank: 3400 is a DATEV Automatikkonto, so its row cancels the automatic VAT (40); the VAT row has no key.
    expect(of(goods.number)).toEqual([['100,00', 'H', '1200', '3400', '40', '1901'], ['19,00', 'H', '1200', '1576', '', '1901']]);
    // 2:2 manual entry, paired greedily from the largest lines.
    expect(of(manual.number)).toEqual([['500,00', 'S', '4210', '1200', '', '1601'], ['100,00', 'S', '4360', '1200', '', '1601'], ['100,00', 'S', '4360', '1000', '', '1601']]);
    // Cash sale of 4,20 € (7 %) and 1,49 € (19 %): the cash account against revenue (40) and the VAT accounts (no key).
    const sale = t.core.db.prepare("SELECT number FROM journal_entries WHERE text = 'Kassenbeleg 1-1'").pluck().get() as number;
    expect(of(sale)).toEqual([['3,93', 'S', '1000', '8300', '40', '1501'], ['1,25', 'S', '1000', '8400', '40', '1501'], ['0,27', 'S', '1000', '1771', '', '1501'], ['0,24', 'S', '1000', '1776', '', '1501']]);
    expect(rows.find((r) => r[C.document]!.value === String(sale))![C.text]!.value).toBe('Kassenbeleg 1-1');
  });

  test('texts: quotes doubled, cut to 60 characters, characters missing from Windows-1252 replaced', () => {
    const row = rows.find((r) => r[C.document]!.value === String(office.number))!;
    expect(row[C.text]!.value).toBe('Bürobedarf „Müßig“ für "Öffnungszeiten"-Schild, ?ód? ?'.slice(0, 60));
    expect(text).toContain('"Bürobedarf „Müßig“ für ""Öffnungszeiten""-Schild, ?ód? ?"');
    expect(file.warnings).toContainEqual({ reason: 'datevTextReplaced', details: { count: 1 } });
  });

  test('every account moves in the rows exactly as in the journal', () => {
    expect(movementOfRows(rows)).toEqual(movementOfJournal(t, '2026-01-01', '2026-01-31'));
    expect(file.entries).toBe(t.core.db.prepare("SELECT count(*) FROM journal_entries WHERE booked_on BETWEEN '2026-01-01' AND '2026-01-31'").pluck().get());
  });

  test('an open period is exported with Festschreibung 0 and a warning', () => {
    expect(file.locked).toBe(false);
    expect(header[20]!.value).toBe('0');
    expect(file.warnings).toContainEqual({ reason: 'datevNotLocked', details: { lockDate: '' } });
  });
});

describe('periods and settings', () => {
  test('the year-end closing is left out; a closed year is exported with Festschreibung 1', () => {
    const t = counterCore();
    t.clock.set('2027-01-20T09:00:00.000Z');
    t.signInOwner();
    t.call('datev.settings.update', { consultantNumber: 1001, clientNumber: 1, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: '' });
    t.call('ledger.postManual', {
      bookedOn: '2026-12-20', text: 'Honorar Dezember', attachment: null,
      lines: [{ accountId: accountId(t, '1200'), amountCents: 11_900 }, { accountId: accountId(t, '8400'), amountCents: -10_000, vatRateId: 1 }, { accountId: accountId(t, '1776'), amountCents: -1900, vatRateId: 1 }],
    });
    t.call('ledger.closeYear', { year: 2026 });
    expect(t.core.db.prepare("SELECT count(*) FROM journal_entries WHERE source_type = 'ledger.yearEnd'").pluck().get()).toBe(1);
    const file = t.call('datev.export', { from: '2026-12-01', to: '2026-12-31' });
    const { header, rows } = decode(file);
    expect(rows.map((r) => [r[C.amount]!.value, r[C.side]!.value, r[C.account]!.value, r[C.counter]!.value, r[C.bu]!.value, r[C.date]!.value, r[C.text]!.value])).toEqual([
      ['100,00', 'S', '1200', '8400', '40', '2012', 'Honorar Dezember'],
      ['19,00', 'S', '1200', '1776', '', '2012', 'Honorar Dezember'],
    ]);
    expect(header[20]!.value).toBe('1');
    expect(file.locked).toBe(true);
    expect(file.warnings.map((w) => w.reason)).not.toContain('datevNotLocked');
    expect(movementOfRows(rows)).toEqual(movementOfJournal(t, '2026-12-01', '2026-12-31'));
    t.close();
  });

  test('a range over two fiscal years is refused; with a fiscal year from July it is one year', () => {
    const t = counterCore();
    t.signInOwner();
    t.call('datev.settings.update', { consultantNumber: 1001, clientNumber: 456, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: '' });
    const refused = t.invoke('datev.export', { from: '2025-12-01', to: '2026-01-31' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'datevRangeOverYears', yearStart: '2025-01-01', yearEnd: '2025-12-31' } } });
    t.call('datev.settings.update', { consultantNumber: 1001, clientNumber: 456, accountLength: 4, fiscalYearStartMonth: 7, dictationCode: '' });
    const { header } = decode(t.call('datev.export', { from: '2025-12-01', to: '2026-01-31' }));
    expect(header[12]!.value).toBe('20250701');
    expect(t.invoke('datev.export', { from: '2026-06-01', to: '2026-07-31' })).toMatchObject({ ok: false, error: { details: { reason: 'datevRangeOverYears' } } });
    t.close();
  });

  test('without consultant or client number the export is refused and nothing changes', () => {
    const t = counterCore();
    t.signInOwner();
    expect(t.call('datev.settings.get')).toEqual({ consultantNumber: null, clientNumber: null, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: '' });
    const before = logicalDump(t.core.db);
    expect(t.invoke('datev.export', { from: '2026-01-01', to: '2026-01-31' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'datevConsultantMissing' } } });
    t.call('datev.settings.update', { consultantNumber: 1001, clientNumber: null, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: '' });
    const middle = logicalDump(t.core.db);
    expect(t.invoke('datev.export', { from: '2026-01-01', to: '2026-01-31' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'datevClientMissing' } } });
    expect(logicalDump(t.core.db)).toBe(middle);
    expect(middle).not.toBe(before);
    t.close();
  });

  test('settings are validated, stored, audited; a wrong account length is warned about', () => {
    const t = counterCore();
    t.signInOwner();
    const before = logicalDump(t.core.db);
    for (const bad of [{ consultantNumber: 1000 }, { clientNumber: 100_000 }, { accountLength: 3 }, { accountLength: 9 }, { fiscalYearStartMonth: 13 }, { dictationCode: 'A1' }]) {
      const result = t.invoke('datev.settings.update', { consultantNumber: 1001, clientNumber: 1, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: '', ...bad });
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(logicalDump(t.core.db)).toBe(before);
    const saved = t.call('datev.settings.update', { consultantNumber: 9_999_999, clientNumber: 99_999, accountLength: 5, fiscalYearStartMonth: 4, dictationCode: ' xy ' });
    expect(saved).toEqual({ consultantNumber: 9_999_999, clientNumber: 99_999, accountLength: 5, fiscalYearStartMonth: 4, dictationCode: 'XY' });
    expect(t.call('datev.settings.get')).toEqual(saved);
    expect(t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'datev.settings.update'").pluck().get()).toBe(1);
    const file = t.call('datev.export', { from: '2026-01-01', to: '2026-01-31' });
    expect(file.warnings).toContainEqual({ reason: 'datevAccountLength', details: { length: 5, accounts: '1000, 1200, 9000', count: 3 } });
    expect(decode(file).header[13]!.value).toBe('5');
    t.close();
  });

  test('an empty period gives the two header lines and a warning', () => {
    const t = counterCore();
    t.signInOwner();
    t.call('datev.settings.update', { consultantNumber: 1001, clientNumber: 456, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: '' });
    const file = t.call('datev.export', { from: '2026-03-01', to: '2026-03-31' });
    const { rows, columns } = decode(file);
    expect(rows).toEqual([]);
    expect(columns).toHaveLength(120);
    expect(file.rows).toBe(0);
    expect(file.warnings.map((w) => w.reason)).toContain('datevEmpty');
    t.close();
  });
});

const SAMPLE_DIR = path.resolve(__dirname, '../../../shared/data/datev');
const SAMPLE = path.join(SAMPLE_DIR, 'EXTF_Buchungsstapel_v700_ledermann-datev.csv');

describe.skipIf(!fs.existsSync(SAMPLE))('compared with a real EXTF 700 Buchungsstapel (../shared/data/datev; skipped when missing)', () => {
  // Read in beforeAll: a skipped describe still runs its body to collect the tests, and a fresh clone has no ../shared.
  let sample = '';
  let sampleLines: string[] = [];
  let t: ReturnType<typeof shopWithPostings>['t'];
  let ours: ReturnType<typeof decode>;
  beforeAll(() => {
    sample = iconv.decode(fs.readFileSync(SAMPLE), 'windows-1252');
    sampleLines = sample.replace(/\r\n$/, '').split('\r\n');
    t = shopWithPostings().t;
    ours = decode(t.call('datev.export', { from: '2026-01-01', to: '2026-01-31' }));
  });
  afterAll(() => t?.close());

  test('the sample has the structure we write: CRLF lines, 31 header fields, 120 columns', () => {
    expect(sample.split('\r\n').length - 1).toBe(sample.split('\n').length - 1);
    const header = fieldsOf(sampleLines[0]!);
    expect(header).toHaveLength(ours.header.length);
    expect(header.slice(0, 5).map((f) => f.value)).toEqual(['EXTF', '700', '21', 'Buchungsstapel', '9']);
    expect(ours.header.slice(0, 5).map((f) => f.value)).toEqual(['EXTF', '700', '21', 'Buchungsstapel', '9']);
    // Quoted in the sample ⇔ quoted in ours, field by field.
    expect(ours.header.map((f) => f.quoted)).toEqual(header.map((f) => f.quoted));
  });

  test('the column line is the sample\'s, name by name', () => {
    expect(sampleLines[1]!.split(';')).toEqual(EXPECTED_COLUMNS);
    expect(ours.columns).toEqual(sampleLines[1]!.split(';'));
  });

  test('booking rows quote the same columns as the sample\'s rows', () => {
    const sampleRows = sampleLines.slice(2).map(fieldsOf);
    expect(sampleRows.length).toBeGreaterThan(0);
    for (const row of sampleRows) {
      expect(row).toHaveLength(120);
      for (const ourRow of ours.rows) expect(ourRow.map((f) => f.quoted)).toEqual(row.map((f) => f.quoted));
      expect(row[C.amount]!.value).toMatch(/^\d+,\d{2}$/);
      expect(row[C.side]!.value).toMatch(/^[SH]$/);
      expect(row[C.date]!.value).toMatch(/^\d{4}$/);
    }
  });
});
