/**
 * Stock lists on A4 paper (a count sheet to count with a pen, a stock document): the shop, the
 * title, a table, when it was printed. Like the bookkeeping reports, the page is only put into
 * the document once printing was asked for, and printing shows nothing but it — no buttons,
 * no navigation.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { printView } from '../../lib/print';
import { useSettingsStore } from '../settings/store';
// The A4 page rules (named page, print only the print root) are the bookkeeping reports'.
import '../books/books-print.css';

export interface PrintColumn { label: string; numeric?: boolean }

/** `print()` renders the printout and then opens the print dialog (each call prints again). */
export function usePrintRequest(): { printing: boolean; print: () => void } {
  const [request, setRequest] = useState<number | null>(null);
  useEffect(() => {
    if (request !== null) printView();
  }, [request]);
  return { printing: request !== null, print: () => setRequest((r) => (r ?? 0) + 1) };
}

export function StockPrintout({ title, meta, columns, rows, testId }: {
  title: string;
  /** Right of the shop's name: the location, the date … */
  meta: ReactNode;
  columns: PrintColumn[];
  rows: { key: string | number; cells: ReactNode[] }[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const company = useSettingsStore((s) => s.company);
  const format = useFormat(company?.countryCode);
  return createPortal(
    <div className="kontor-print-root kontor-print-a4" aria-hidden data-testid={testId}>
      <div className="kontor-a4">
        <h1>{title}</h1>
        <div className="meta">
          <span>{company?.name}</span>
          <span>{meta}</span>
        </div>
        <table>
          <thead>
            <tr>{columns.map((c, i) => <th key={i} className={c.numeric ? 'num' : undefined}>{c.label}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>{row.cells.map((cell, i) => <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
        <div className="footer">{t('stock.print.printedAt', { when: format.dateTime(new Date()) })}</div>
      </div>
    </div>,
    document.body,
  );
}
