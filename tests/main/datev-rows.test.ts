/**
 * The pieces of the DATEV export on their own: splitting a journal entry into rows (checked as a
 * property over random balanced entries) and the way values are written.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { cleanText, compactDay, dayMonth, encodeFile, field, formatAmount, quote, timestamp17 } from '../../src-main/modules/datev/csv';
import { BOOKING_COLUMNS, COL, HEADER_FIELDS } from '../../src-main/modules/datev/layout';
import { splitEntry, type BookingRow, type ExportLine } from '../../src-main/modules/datev/rows';
import { fiscalYearStart } from '../../src-main/modules/datev/service';

const line = (accountNumber: string, amountCents: number, automaticVat = false): ExportLine => ({ accountNumber, amountCents, automaticVat });

function movement(rows: BookingRow[]): Map<string, number> {
  const sums = new Map<string, number>();
  const add = (account: string, amount: number) => sums.set(account, (sums.get(account) ?? 0) + amount);
  for (const r of rows) {
    const signed = r.side === 'S' ? r.amountCents : -r.amountCents;
    add(r.account, signed);
    add(r.counterAccount, -signed);
  }
  return new Map([...sums].filter(([, v]) => v !== 0));
}

describe('splitting an entry into rows', () => {
  test('a sale: the single cash line leads, one row per credit line, largest first', () => {
    expect(splitEntry([line('1000', 1190), line('8400', -1000, true), line('1776', -190)])).toEqual([
      { amountCents: 1000, side: 'S', account: '1000', counterAccount: '8400', buKey: '40' },
      { amountCents: 190, side: 'S', account: '1000', counterAccount: '1776', buKey: '' },
    ]);
  });

  test('an expense: the single credit line leads with H', () => {
    expect(splitEntry([line('1000', -1190), line('4930', 1000), line('1576', 190)])).toEqual([
      { amountCents: 1000, side: 'H', account: '1000', counterAccount: '4930', buKey: '' },
      { amountCents: 190, side: 'H', account: '1000', counterAccount: '1576', buKey: '' },
    ]);
  });

  test('lines on the same account are summed first; lines that cancel out give no row', () => {
    expect(splitEntry([line('1000', 50_000), line('1000', -31_750), line('8400', -18_250)])).toEqual([
      { amountCents: 18_250, side: 'S', account: '1000', counterAccount: '8400', buKey: '' },
    ]);
    expect(splitEntry([line('1000', 500), line('1000', -500)])).toEqual([]);
  });

  test('an unbalanced entry is refused rather than exported wrong', () => {
    expect(() => splitEntry([line('1000', 100), line('8400', -99)])).toThrow(/balance/);
  });

  test('property: any balanced entry keeps every account\'s movement, in at most n + m − 1 positive rows', () => {
    const accounts = ['1000', '1200', '1361', '1576', '1776', '3400', '4930', '8300', '8400', '9000'];
    const automatic = new Set(['3400', '8300', '8400']);
    const entry = fc.array(fc.record({ account: fc.constantFrom(...accounts), amount: fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((n) => n !== 0) }), { minLength: 1, maxLength: 12 })
      .chain((lines) => fc.constantFrom(...accounts).map((balancing) => {
        const sum = lines.reduce((a, l) => a + l.amount, 0);
        return sum === 0 ? lines : [...lines, { account: balancing, amount: -sum }];
      }));
    fc.assert(fc.property(entry, (lines) => {
      const rows = splitEntry(lines.map((l) => line(l.account, l.amount, automatic.has(l.account))));
      const expected = new Map<string, number>();
      for (const l of lines) expected.set(l.account, (expected.get(l.account) ?? 0) + l.amount);
      const nonZero = [...expected].filter(([, v]) => v !== 0);
      expect(movement(rows)).toEqual(new Map(nonZero));
      expect(rows.length).toBeLessThanOrEqual(Math.max(0, nonZero.length - 1));
      expect(new Set(rows.map((r) => r.side)).size).toBeLessThanOrEqual(1);
      for (const r of rows) {
        expect(Number.isSafeInteger(r.amountCents) && r.amountCents > 0).toBe(true);
        expect(r.account).not.toBe(r.counterAccount);
        expect(r.buKey).toBe(automatic.has(r.account) || automatic.has(r.counterAccount) ? '40' : '');
      }
    }), { numRuns: 500 });
  });
});

describe('writing values', () => {
  test('amounts: decimal comma, two decimals, no thousands separator, never zero or negative', () => {
    expect(formatAmount(1)).toBe('0,01');
    expect(formatAmount(123_456)).toBe('1234,56');
    expect(formatAmount(10_000_000_000)).toBe('100000000,00');
    expect(() => formatAmount(0)).toThrow();
    expect(() => formatAmount(-5)).toThrow();
    expect(() => formatAmount(1.5)).toThrow();
  });

  test('dates: TTMM on rows, YYYYMMDD in the header, a 17-digit creation stamp', () => {
    expect(dayMonth('2026-03-07')).toBe('0703');
    expect(compactDay('2026-03-07')).toBe('20260307');
    expect(timestamp17(new Date(2026, 1, 3, 4, 5, 6, 7))).toBe('20260203040506007');
  });

  test('texts: one line, Windows-1252 only, cut to length, quotes doubled', () => {
    expect(cleanText('Zeile 1\r\nZeile 2\tEnde')).toEqual({ text: 'Zeile 1 Zeile 2 Ende', replaced: false });
    expect(cleanText('Grüße € – „ok“')).toEqual({ text: 'Grüße € – „ok“', replaced: false });
    expect(cleanText('Łódź 😀')).toEqual({ text: '?ód? ?', replaced: true });
    expect(cleanText('u\u0308ber')).toEqual({ text: 'über', replaced: false });
    expect(cleanText('x'.repeat(70), 60).text).toHaveLength(60);
    expect(quote('Sag "ja"')).toBe('"Sag ""ja"""');
    expect(field('text', '')).toBe('""');
    expect(field('number', '')).toBe('');
    expect(field('number', 42)).toBe('42');
  });

  test('the file: Windows-1252 bytes, every line ended by CRLF', () => {
    const bytes = encodeFile(['"Müßig";1', '"€"']);
    expect([...bytes]).toEqual([0x22, 0x4d, 0xfc, 0xdf, 0x69, 0x67, 0x22, 0x3b, 0x31, 0x0d, 0x0a, 0x22, 0x80, 0x22, 0x0d, 0x0a]);
    expect(iconv.decode(bytes, 'windows-1252')).toBe('"Müßig";1\r\n"€"\r\n');
  });

  test('layout: 31 header fields, 120 columns, the filled columns where DATEV expects them', () => {
    expect(HEADER_FIELDS.map((f) => f.position)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(BOOKING_COLUMNS).toHaveLength(120);
    expect(new Set(BOOKING_COLUMNS.map((c) => c.name)).size).toBe(120);
    expect(COL).toEqual({ amount: 0, side: 1, account: 6, counterAccount: 7, buKey: 8, documentDate: 9, document: 10, text: 13 });
    expect(BOOKING_COLUMNS[COL.text]!.maxLength).toBe(60);
    expect(BOOKING_COLUMNS[COL.document]!.maxLength).toBe(36);
  });

  test('fiscal years: the start of the year a day falls in', () => {
    expect(fiscalYearStart('2026-01-01', 1)).toBe('2026-01-01');
    expect(fiscalYearStart('2026-12-31', 1)).toBe('2026-01-01');
    expect(fiscalYearStart('2026-06-30', 7)).toBe('2025-07-01');
    expect(fiscalYearStart('2026-07-01', 7)).toBe('2026-07-01');
  });
});
