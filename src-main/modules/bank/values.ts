/**
 * Reading single values off a statement: amounts as whole cents (never through floating point),
 * dates in the bank's format, IBANs, and free text as it is stored.
 */
import type { CsvMapping } from '../../../src-shared/contract/bank';

/** The largest amount a statement line may carry: 100 million in the currency. */
export const MAX_LINE_CENTS = 10_000_000_000;

/**
 * "-1.234,56 €", "1 234,56", "+10,22 EUR", "10,22-", "(10.22)", "1,234.56" → cents; null when it is
 * not an amount. Grouping separators are dropped; at most two decimals (further zeros allowed).
 */
export function parseAmount(raw: string, decimal: CsvMapping['decimal']): number | null {
  let text = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/(EUR|CHF|USD|GBP|€|\$|£)/gi, '');
  if (text === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(text)) { negative = true; text = text.slice(1, -1); }
  if (/^[+-]/.test(text)) { negative = text[0] === '-'; text = text.slice(1); } else if (/[+-]$/.test(text)) { negative = text.endsWith('-'); text = text.slice(0, -1); }
  const group = decimal === ',' ? '.' : ',';
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  const plain = new RegExp(`^\\d+(\\${decimal}\\d+)?$`);
  if (grouped.test(text)) text = text.split(group).join('');
  else if (!plain.test(text)) return null;
  const [whole = '', fraction = ''] = text.split(decimal);
  if (fraction.length > 2 && !/^0+$/.test(fraction.slice(2))) return null;
  const cents = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_LINE_CENTS) return null;
  return negative && cents !== 0 ? -cents : cents;
}

/** "10.22" (CAMT, always a dot, no sign) → 1022; null when malformed. */
export function parseXmlAmount(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return parseAmount(text, '.');
}

function validDay(year: number, month: number, dayOfMonth: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Two-digit years are this century (bank exports reach back a few years at most). */
const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/** A date in the mapping's format → YYYY-MM-DD, or null. Two- and four-digit years are both read. */
export function parseDate(raw: string, format: CsvMapping['dateFormat']): string | null {
  const text = raw.trim();
  if (format === 'YYYY-MM-DD') {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
    return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  }
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(text);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
  return format === 'MM/DD/YYYY' ? validDay(year, a, b) : validDay(year, b, a);
}

/** Upper case without spaces: "de89 3704 0044 0532 0130 00" → "DE89370400440532013000". */
export function normalizeIban(raw: string): string {
  return raw.replace(/[\s\u00a0]/g, '').toUpperCase();
}

/** The ISO 13616 check: country, check digits, and mod 97 of the rearranged number is 1. */
export function ibanIsValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of rearranged) rest = (rest * 10 + Number(digit)) % 97;
  return rest === 1;
}

/** Free text as stored: whitespace collapsed, trimmed, cut to `max` characters. */
export function cleanText(raw: string | null | undefined, max: number): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}
