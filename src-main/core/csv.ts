/**
 * CSV as German spreadsheet programs open it by double-click: semicolons, CRLF, UTF-8 with a BOM,
 * quoted only where needed (RFC 4180). Catalogue export, audit log and hours report use it.
 */
import Papa from 'papaparse';

export function spreadsheetCsv(fields: readonly string[], data: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...fields], data: data.map((row) => [...row]) }, { delimiter: ';', newline: '\r\n', quotes: false })}\r\n`;
}
