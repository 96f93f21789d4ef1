/**
 * How values are written in a DATEV file: Windows-1252 text in double quotes (a quote inside is
 * doubled), amounts with a decimal comma and no thousands separator, dates as digits, fields
 * separated by `;`, lines ended by CRLF.
 */
import iconv from 'iconv-lite';
import type { ColumnKind } from './layout';

export const ENCODING = 'windows-1252';
export const SEPARATOR = ';';
export const LINE_END = '\r\n';

/** Positive whole cents as DATEV writes an amount: 123456 → "1234,56". */
export function formatAmount(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents <= 0) throw new Error(`a DATEV amount is positive whole cents, not ${cents}`);
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

/** YYYY-MM-DD → TTMM (Belegdatum; the year comes from the header's period). */
export function dayMonth(day: string): string {
  return `${day.slice(8, 10)}${day.slice(5, 7)}`;
}

/** YYYY-MM-DD → YYYYMMDD. */
export function compactDay(day: string): string {
  return day.replaceAll('-', '');
}

/** A moment in the shop's local time as YYYYMMDDHHMMSSFFF (header field "Erzeugt am"). */
export function timestamp17(date: Date): string {
  const p = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}${p(date.getMilliseconds(), 3)}`;
}

const encodable = new Map<string, boolean>();

/** True when Windows-1252 has the character (cached; the file has few distinct characters). */
function inWindows1252(char: string): boolean {
  let known = encodable.get(char);
  if (known === undefined) {
    known = iconv.decode(iconv.encode(char, ENCODING), ENCODING) === char;
    encodable.set(char, known);
  }
  return known;
}

/**
 * Text as DATEV can hold it: composed (so "u" + combining diaeresis becomes "ü"), on one line,
 * characters missing from Windows-1252 replaced by "?", cut to `maxLength` characters. Reports
 * whether anything had to be replaced, so the owner can be told.
 */
export function cleanText(value: string, maxLength?: number): { text: string; replaced: boolean } {
  let replaced = false;
  const chars: string[] = [];
  for (const char of value.normalize('NFC').replace(/[\r\n\t\v\f]+/g, ' ')) {
    if (char < ' ' || !inWindows1252(char)) {
      chars.push('?');
      replaced = true;
    } else chars.push(char);
  }
  const text = (maxLength === undefined ? chars : chars.slice(0, maxLength)).join('').trim();
  return { text, replaced };
}

/** A text field: quoted, inner quotes doubled. Call with cleaned text. */
export function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** One field as its column kind writes it; an empty text field is `""`, an empty number nothing. */
export function field(kind: ColumnKind, value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return kind === 'text' ? quote(text) : text;
}

/** The lines as the file's bytes: Windows-1252, each line ended by CRLF, no byte order mark. */
export function encodeFile(lines: string[]): Buffer {
  return iconv.encode(lines.map((line) => line + LINE_END).join(''), ENCODING);
}
