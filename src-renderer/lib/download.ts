/**
 * CSV files for people's spreadsheets: German users get `;` between cells and a decimal comma
 * (what German Excel opens without asking), others `,` and a decimal point. A BOM in front makes
 * Excel read the file as UTF-8, so umlauts survive.
 */
import { formatMoneyInput } from '../../src-shared/money-input';

/** A cell: text, a whole number (entry number, count), an amount in cents, or empty. */
export type CsvCell = string | number | { cents: number } | null;

export interface CsvStyle {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export const csvStyleFor = (language: string): CsvStyle => (language === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' });

function cellText(cell: CsvCell, style: CsvStyle): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return formatMoneyInput(cell.cents, style.decimal);
  // A text starting like a formula would run as one in a spreadsheet: make it plain text.
  const safe = /^[=+@\t\r]/.test(cell) || /^-[^\d]/.test(cell) ? `'${cell}` : cell;
  return /["\r\n]/.test(safe) || safe.includes(style.separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows → CSV text (CRLF line ends, no BOM). */
export function toCsv(rows: readonly (readonly CsvCell[])[], style: CsvStyle = csvStyleFor('de')): string {
  return rows.map((row) => row.map((cell) => cellText(cell, style)).join(style.separator)).join('\r\n');
}

/** Starts the download of rows as a CSV file named `filename`. */
export function downloadCsv(filename: string, rows: readonly (readonly CsvCell[])[], language: string): void {
  download(filename, `\uFEFF${toCsv(rows, csvStyleFor(language))}\r\n`);
}

/** Starts the download of a file: text (written as UTF-8) or bytes kept exactly as they are. */
export function download(filename: string, content: string | Uint8Array<ArrayBuffer>, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The bytes of a file the core sent as base64. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves a file the core made as bytes (e.g. a Windows-1252 DATEV file, a receipt image) unchanged. */
export function downloadBytes(fileName: string, base64: string, type: string): void {
  download(fileName, base64Bytes(base64), type);
}

/** A file the user picked, as base64 for the core (which takes files that way over IPC and HTTP). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}
