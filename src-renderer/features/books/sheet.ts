/**
 * A report as one model that the screen table, the printed A4 page and the CSV file are all drawn
 * from, so the three never disagree: columns, then rows of cells (text, whole numbers, amounts).
 */
import type { CsvCell } from '../../lib/download';

/** A cell: what a CSV cell can be, or a balance shown as amount and side (S/H) but exported signed. */
export type SheetCell = CsvCell | { balance: number };

export interface SheetColumn {
  label: string;
  /** Amounts and counts align right. */
  numeric?: boolean;
}

export interface SheetRow {
  key: string;
  cells: SheetCell[];
  /** group: a heading across the table; subtotal/total: a sum line (bold, ruled). */
  kind?: 'line' | 'group' | 'subtotal' | 'total';
  /** Drill-down: opening an account's ledger sheet or a journal entry. */
  onOpen?: () => void;
  /** What opening does, for screen readers ("Kontoblatt 1000 Kasse öffnen"). */
  openLabel?: string;
}

export interface Sheet {
  columns: SheetColumn[];
  rows: SheetRow[];
}

/** The sheet as CSV rows: the header line first, group headings as a row of their own. */
export function sheetCsvRows(sheet: Sheet): CsvCell[][] {
  const csvCell = (cell: SheetCell): CsvCell => (cell !== null && typeof cell === 'object' && 'balance' in cell ? { cents: cell.balance } : cell);
  return [sheet.columns.map((c) => c.label), ...sheet.rows.map((r) => r.cells.map(csvCell))];
}

/** Cents, or null for a zero that would only clutter a debit/credit column. */
export const centsOrBlank = (cents: number): SheetCell => (cents === 0 ? null : { cents });
export const cents = (value: number): SheetCell => ({ cents: value });
export const balance = (value: number): SheetCell => ({ balance: value });
