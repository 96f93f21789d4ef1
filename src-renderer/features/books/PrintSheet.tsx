/** A report sheet as an A4 page: the shop, the title and period, the table, when it was printed. */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useSettingsStore } from '../settings/store';
import { useCellText } from './ReportTable';
import type { Sheet } from './sheet';
import './books-print.css';

export function PrintSheet({ sheet, title, period }: { sheet: Sheet; title: string; period: string }) {
  const { t } = useTranslation();
  const company = useSettingsStore((s) => s.company);
  const format = useFormat(company?.countryCode);
  const text = useCellText();
  return createPortal(
    <div className="kontor-print-root kontor-print-a4" aria-hidden>
      <div className="kontor-a4">
        <h1>{title}</h1>
        <div className="meta">
          <span>{company?.name}</span>
          <span>{period}</span>
        </div>
        <table>
          <thead>
            <tr>{sheet.columns.map((c, i) => <th key={i} className={c.numeric ? 'num' : undefined}>{c.label}</th>)}</tr>
          </thead>
          <tbody>
            {sheet.rows.map((row) => row.kind === 'group' ? (
              <tr key={row.key} className="group"><td colSpan={sheet.columns.length}>{text(row.cells[0] ?? null)}</td></tr>
            ) : (
              <tr key={row.key} className={row.kind}>
                {row.cells.map((cell, i) => <td key={i} className={sheet.columns[i]?.numeric ? 'num' : undefined}>{text(cell)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="footer">{t('books.print.printedAt', { when: format.dateTime(new Date()) })}</div>
      </div>
    </div>,
    document.body,
  );
}
