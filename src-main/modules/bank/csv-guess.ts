/**
 * Guessing a column mapping from a bank CSV: where the header row is (after the preamble), which
 * column is which by the names German and other banks use (Sparkasse, DKB, Volksbank, Postbank,
 * ING, Commerzbank; English exports too), and the date and decimal format from the values.
 */
import type { CsvMapping } from '../../../src-shared/contract/bank';
import { AppError } from '../../core/errors';

/** Lower case, umlauts spelt out, nothing but letters and digits: "Betrag (€)" → "betrag". */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]/g, '');
}

/** Known header names per mapping field, best first (compared by headerKey). */
const NAMES: Record<Exclude<keyof CsvMapping, 'delimiter' | 'skipLines' | 'dateFormat' | 'decimal'>, string[]> = {
  dateColumn: ['buchungstag', 'buchungsdatum', 'belegdatum', 'datum', 'buchung', 'bookingdate', 'transactiondate', 'date'],
  valueDateColumn: ['wertstellung', 'valutadatum', 'valuta', 'wertstellungsdatum', 'valuedate'],
  amountColumn: ['betrag', 'betrageur', 'umsatz', 'umsatzeur', 'umsatzineur', 'betragineur', 'amount', 'amounteur'],
  directionColumn: ['sollhaben', 'sh', 'debitcredit'],
  debitColumn: ['soll', 'sollbetrag', 'ausgang', 'belastung', 'debit', 'moneyout'],
  creditColumn: ['haben', 'habenbetrag', 'eingang', 'gutschrift', 'credit', 'moneyin'],
  counterpartyColumn: [
    'beguenstigterzahlungspflichtiger', 'zahlungsempfaengerin', 'zahlungsempfaenger', 'auftraggeberbeguenstigter', 'auftraggeberempfaenger',
    'empfaengerauftraggeber', 'nameauftraggeberbeguenstigter', 'beguenstigterauftraggeber', 'name', 'empfaenger', 'beguenstigter', 'gegenpartei',
    'counterparty', 'payee', 'beschreibung',
  ],
  payerColumn: ['zahlungspflichtiger', 'zahlungspflichtigerin', 'auftraggeber', 'payer'],
  purposeColumn: ['verwendungszweck', 'vwz', 'purpose', 'description', 'details', 'buchungstext'],
  referenceColumn: ['kundenreferenzendtoend', 'endtoendreferenz', 'endtoendid', 'kundenreferenz', 'referenz', 'reference'],
  ibanColumn: ['kontonummeriban', 'iban', 'ibanzahlungsbeteiligter', 'ibanauftraggeberbeguenstigter', 'gegenkonto', 'kontonummer', 'counterpartyiban'],
};

const DATE_KEYS = new Set(NAMES.dateColumn);

/**
 * The header row: the first record (within the first 50) that names a date column and has at
 * least three cells; else the first record with three or more cells that the next record matches
 * in width. Null when there is none.
 */
export function findHeader(records: string[][]): number | null {
  const filled = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;
  const limit = Math.min(records.length, 50);
  for (let i = 0; i < limit; i++) {
    const cells = records[i]!;
    if (filled(cells) >= 3 && cells.some((c) => DATE_KEYS.has(headerKey(c)))) return i;
  }
  for (let i = 0; i < limit; i++) {
    const cells = records[i]!;
    const next = records[i + 1];
    if (filled(cells) >= 3 && next !== undefined && next.length === cells.length) return i;
  }
  return null;
}

function pick(header: string[], field: keyof typeof NAMES, taken: Set<number>): string | null {
  const keys = header.map(headerKey);
  for (const name of NAMES[field]) {
    const index = keys.findIndex((k, i) => k === name && !taken.has(i));
    if (index >= 0) {
      taken.add(index);
      return header[index]!;
    }
  }
  return null;
}

function guessDateFormat(values: string[]): CsvMapping['dateFormat'] {
  const sample = values.map((v) => v.trim()).filter(Boolean).slice(0, 20);
  if (sample.length > 0 && sample.every((v) => /^\d{4}-\d{1,2}-\d{1,2}/.test(v))) return 'YYYY-MM-DD';
  if (sample.some((v) => /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(v))) {
    return sample.some((v) => Number(v.split('/')[1]) > 12) ? 'MM/DD/YYYY' : 'DD/MM/YYYY';
  }
  return sample.length > 0 && sample.every((v) => /^\d{1,2}\.\d{1,2}\.\d{2}$/.test(v)) ? 'DD.MM.YY' : 'DD.MM.YYYY';
}

function guessDecimal(values: string[], delimiter: CsvMapping['delimiter']): CsvMapping['decimal'] {
  let comma = 0;
  let dot = 0;
  for (const v of values) {
    const text = v.replace(/[^\d.,]/g, '');
    if (/,\d{1,2}$/.test(text)) comma++;
    else if (/\.\d{1,2}$/.test(text)) dot++;
  }
  if (comma === dot) return delimiter === ';' ? ',' : '.';
  return comma > dot ? ',' : '.';
}

/** A mapping for the file from its header and values; throws when no header or no date/amount column is found. */
export function guessMapping(records: string[][], delimiter: CsvMapping['delimiter']): CsvMapping {
  const skipLines = findHeader(records);
  if (skipLines === null) {
    throw new AppError('VALIDATION', 'No header row was found in the file.', { details: { reason: 'bankCsvNoHeader' } });
  }
  const header = records[skipLines]!.map((h) => h.trim());
  const taken = new Set<number>();
  const field = (name: keyof typeof NAMES) => pick(header, name, taken);
  // Specific names first, so e.g. "Betrag" is not taken as a debit column and "Buchungstext" stays a fallback.
  const dateColumn = field('dateColumn');
  const valueDateColumn = field('valueDateColumn');
  const amountColumn = field('amountColumn');
  const directionColumn = amountColumn ? field('directionColumn') : null;
  const debitColumn = amountColumn ? null : field('debitColumn');
  const creditColumn = amountColumn ? null : field('creditColumn');
  const counterpartyColumn = field('counterpartyColumn');
  const payerColumn = field('payerColumn');
  const referenceColumn = field('referenceColumn');
  const ibanColumn = field('ibanColumn');
  const purposeColumn = field('purposeColumn');
  if (!dateColumn || (!amountColumn && !(debitColumn && creditColumn))) {
    throw new AppError('VALIDATION', 'The date or amount column could not be recognised; choose the columns.', {
      details: { reason: 'bankCsvGuessFailed' },
    });
  }
  const data = records.slice(skipLines + 1);
  const valuesOf = (name: string | null) => (name === null ? [] : data.map((cells) => cells[header.indexOf(name)] ?? ''));
  return {
    delimiter,
    skipLines,
    dateColumn,
    valueDateColumn,
    dateFormat: guessDateFormat(valuesOf(dateColumn)),
    amountColumn,
    directionColumn,
    debitColumn,
    creditColumn,
    decimal: guessDecimal([...valuesOf(amountColumn), ...valuesOf(debitColumn), ...valuesOf(creditColumn)], delimiter),
    counterpartyColumn: counterpartyColumn ?? payerColumn,
    // Only a payer column beside a payee column means "this one for money in".
    payerColumn: counterpartyColumn ? payerColumn : null,
    purposeColumn,
    referenceColumn,
    ibanColumn,
  };
}
