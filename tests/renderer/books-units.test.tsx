import { presetOf, presetRange } from '../../src-renderer/features/books/dates';
import { draftSums, emptyLine, lineProblem, postedLines } from '../../src-renderer/features/books/manual-lines';
import { sheetCsvRows } from '../../src-renderer/features/books/sheet';
import { csvStyleFor, toCsv } from '../../src-renderer/lib/download';

test('date presets: months, quarters, years, across a year end and a leap day', () => {
  expect(presetRange('thisMonth', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  expect(presetRange('thisQuarter', '2026-11-27')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  expect(presetRange('thisQuarter', '2026-05-01')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  expect(presetRange('thisYear', '2026-05-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  expect(presetRange('lastYear', '2026-05-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  expect(presetOf({ from: '2026-04-01', to: '2026-06-30' }, '2026-05-01')).toBe('thisQuarter');
  expect(presetOf({ from: '2026-04-02', to: '2026-06-30' }, '2026-05-01')).toBeNull();
});

test('manual lines: debit positive, credit negative; ready only when complete and balanced', () => {
  const line = (accountId: number | null, debit: string, credit: string) => ({ ...emptyLine(), accountId, debit, credit });
  const unbalanced = [line(1, '50', ''), line(2, '', '40')];
  expect(draftSums(unbalanced)).toEqual({ debitCents: 5000, creditCents: 4000, differenceCents: 1000, ready: false });
  const balanced = [line(1, '50', ''), line(2, '', '30,50'), line(3, '', '19,5')];
  expect(draftSums(balanced)).toMatchObject({ differenceCents: 0, ready: true });
  expect(postedLines(balanced).map((l) => l.amountCents)).toEqual([5000, -3050, -1950]);
  expect(draftSums([line(1, '10', ''), line(null, '', '10')]).ready).toBe(false);
  expect(draftSums([line(1, '0', ''), line(2, '', '0')]).ready).toBe(false);
  expect(lineProblem(line(1, '10', '10'))).toBe('bothSides');
  expect(lineProblem(line(1, '1,234', ''))).toBe('amount');
});

test('CSV: semicolons and decimal commas for German, commas and points for English; quoting and formula guard', () => {
  const rows = [['Konto', 'Betrag'], ['8400 Erlöse; 19 %', { cents: -123456 }], ['=SUM(A1)', 7], ['-Rabatt', null], ['Zitat "x"', { cents: 5 }]];
  expect(toCsv(rows, csvStyleFor('de'))).toBe('Konto;Betrag\r\n"8400 Erlöse; 19 %";-1234,56\r\n\'=SUM(A1);7\r\n\'-Rabatt;\r\n"Zitat ""x""";0,05');
  expect(toCsv([['a', { cents: 150 }]], csvStyleFor('en'))).toBe('a,1.50');
  const sheet = { columns: [{ label: 'Konto' }, { label: 'Saldo', numeric: true }], rows: [{ key: 'a', cells: ['1000', { balance: -500 }] }] };
  expect(sheetCsvRows(sheet)).toEqual([['Konto', 'Saldo'], ['1000', { cents: -500 }]]);
});
