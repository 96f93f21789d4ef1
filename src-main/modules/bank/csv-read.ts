/**
 * Reading a bank's CSV export with a column mapping: split the records (papaparse), skip the
 * preamble, find the columns by their header text, and turn each record into a statement line
 * or a row problem. Guessing a mapping from the header lives in csv-guess.ts.
 */
import Papa from 'papaparse';
import type { CsvMapping, RowProblem, StatedBalance } from '../../../src-shared/contract/bank';
import { AppError } from '../../core/errors';
import type { ParsedLine } from './types';
import { MAX } from './types';
import { cleanText, normalizeIban, parseAmount, parseDate } from './values';

export interface CsvRow {
  line: number;
  parsed: ParsedLine | null;
  /** What the row shows even when it has a problem. */
  shown: { bookedOn: string | null; valueOn: string | null; amountCents: number | null; counterparty: string; counterpartyIban: string; purpose: string; reference: string };
  error: RowProblem | null;
}

export function splitRecords(text: string, delimiter: CsvMapping['delimiter']): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, quoteChar: '"' });
  const quotes = result.errors.find((e) => e.type === 'Quotes');
  if (quotes) {
    throw new AppError('VALIDATION', `The CSV file has an unclosed quote near record ${(quotes.row ?? 0) + 1}.`, {
      details: { reason: 'bankCsvQuotes', line: (quotes.row ?? 0) + 1 },
    });
  }
  return result.data;
}

/** The separator the file's first lines use most: semicolon (preferred on a tie), comma or tab. */
export function guessDelimiter(text: string): CsvMapping['delimiter'] {
  const head = text.split(/\r?\n/).slice(0, 30).join('\n');
  const count = (c: string) => head.split(c).length - 1;
  return ([';', ',', '\t'] as const).reduce((best, c) => (count(c) > count(best) ? c : best), ';' as CsvMapping['delimiter']);
}

/** The balance some banks write above the header ("Kontostand vom 25.08.2023:";"1234,56 EUR"). */
export function preambleBalance(preamble: string[][], decimal: CsvMapping['decimal']): StatedBalance | null {
  for (const cells of preamble) {
    const label = /^\s*(?:kontostand|saldo|endsaldo|schlusssaldo|closing balance)\s+(?:vom|am|per|on)?\s*(\d{1,2}\.\d{1,2}\.\d{2,4})/i.exec(cells[0] ?? '');
    if (!label) continue;
    const on = parseDate(label[1]!, 'DD.MM.YYYY');
    const cents = parseAmount(cells[1] ?? '', decimal);
    if (on && cents !== null) return { on, cents };
  }
  return null;
}

function columnIndex(header: string[], name: string | null): number | null {
  if (name === null) return null;
  const exact = header.indexOf(name);
  const index = exact >= 0 ? exact : header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  if (index < 0) {
    throw new AppError('VALIDATION', `The file has no column "${name}".`, { details: { reason: 'bankCsvColumnMissing', column: name } });
  }
  return index;
}

const DEBIT_MARK = /^(s|d|soll|debit|dbit|lastschrift|-)$/i;
const CREDIT_MARK = /^(h|c|haben|credit|crdt|gutschrift|\+)$/i;

/** Reads every record after the header with the mapping; empty records are left out. */
export function readRows(records: string[][], mapping: CsvMapping, currency: string): { header: string[]; rows: CsvRow[] } {
  const header = (records[mapping.skipLines] ?? []).map((h) => h.trim());
  if (header.filter((h) => h !== '').length < 2) {
    throw new AppError('VALIDATION', 'The header row was not found where the mapping expects it.', { details: { reason: 'bankCsvNoHeader' } });
  }
  const col = Object.fromEntries((Object.keys(mapping) as (keyof CsvMapping)[])
    .filter((k) => k.endsWith('Column'))
    .map((k) => [k, columnIndex(header, mapping[k] as string | null)])) as Record<string, number | null>;
  const cell = (cells: string[], key: string) => {
    const index = col[key];
    return index === null || index === undefined ? '' : (cells[index] ?? '').trim();
  };

  const rows: CsvRow[] = [];
  records.slice(mapping.skipLines + 1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const line = mapping.skipLines + 2 + i;
    const problem = (reason: string, column: string | null, value: string): RowProblem => ({ reason, column: column ?? '', value: value.slice(0, 100) });
    let error: RowProblem | null = null;

    const dateText = cell(cells, 'dateColumn');
    const bookedOn = parseDate(dateText, mapping.dateFormat);
    if (!bookedOn) error = problem('bankDate', mapping.dateColumn, dateText);
    const valueText = cell(cells, 'valueDateColumn');
    const valueOn = valueText ? parseDate(valueText, mapping.dateFormat) : null;

    const amount = readAmount(cells, mapping, cell);
    if (!error && amount.error) error = amount.error;
    const amountCents = amount.cents;

    const payee = cleanText(cell(cells, 'counterpartyColumn'), MAX.counterparty);
    const payer = cleanText(cell(cells, 'payerColumn'), MAX.counterparty);
    const counterparty = (amountCents ?? 0) > 0 && payer ? payer : payee || payer;
    const shown = {
      bookedOn, valueOn, amountCents, counterparty,
      counterpartyIban: normalizeIban(cell(cells, 'ibanColumn')).slice(0, MAX.iban),
      purpose: cleanText(cell(cells, 'purposeColumn'), MAX.purpose),
      reference: cleanText(cell(cells, 'referenceColumn'), MAX.reference),
    };
    const parsed: ParsedLine | null = error || !bookedOn || amountCents === null ? null : {
      bookedOn, valueOn, amountCents, currency,
      counterparty: shown.counterparty,
      counterpartyIban: shown.counterpartyIban || null,
      purpose: shown.purpose,
      reference: shown.reference || null,
    };
    rows.push({ line, parsed, shown, error });
  });
  return { header, rows };
}

function readAmount(cells: string[], mapping: CsvMapping, cell: (cells: string[], key: string) => string): { cents: number | null; error: RowProblem | null } {
  const bad = (column: string | null, value: string, reason = 'bankAmount') => ({ cents: null, error: { reason, column: column ?? '', value: value.slice(0, 100) } });
  let cents: number | null;
  if (mapping.amountColumn !== null) {
    const text = cell(cells, 'amountColumn');
    cents = parseAmount(text, mapping.decimal);
    if (cents === null) return bad(mapping.amountColumn, text);
    if (mapping.directionColumn !== null) {
      const mark = cell(cells, 'directionColumn');
      if (DEBIT_MARK.test(mark)) cents = -Math.abs(cents);
      else if (CREDIT_MARK.test(mark)) cents = Math.abs(cents);
      else return bad(mapping.directionColumn, mark, 'bankDirection');
    }
  } else {
    const debitText = cell(cells, 'debitColumn');
    const creditText = cell(cells, 'creditColumn');
    const debit = debitText ? parseAmount(debitText, mapping.decimal) : 0;
    const credit = creditText ? parseAmount(creditText, mapping.decimal) : 0;
    if (debit === null) return bad(mapping.debitColumn, debitText);
    if (credit === null) return bad(mapping.creditColumn, creditText);
    cents = Math.abs(credit) - Math.abs(debit);
  }
  if (cents === 0) return bad(mapping.amountColumn ?? mapping.creditColumn, '0', 'bankAmountZero');
  return { cents, error: null };
}
