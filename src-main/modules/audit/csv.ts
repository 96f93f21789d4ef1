/**
 * The audit log as CSV for the tax office or an accountant: semicolons, UTF-8 with BOM (Excel),
 * CRLF, fields quoted per RFC 4180 where needed; times in local wall-clock time; before and after
 * as the JSON they are stored as. Newest first, at most MAX_ROWS rows.
 */
import type { Ctx } from '../../core/context';
import { localDay } from '../../core/clock';
import { spreadsheetCsv } from '../../core/csv';
import { auditRows, type AuditFilter } from './service';

export const MAX_ROWS = 100_000;
const HEADER = ['time', 'person', 'action', 'subject', 'before', 'after'];

/** YYYY-MM-DD HH:mm:ss in the computer's time zone. */
function localTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export function auditCsv(ctx: Ctx, filter: AuditFilter): { fileName: string; content: string } {
  const rows = auditRows(ctx, filter, { beforeId: null, limit: MAX_ROWS });
  const data = rows.map((r) => [localTime(r.at), r.staff_name ?? '', r.action, r.subject ?? '', r.before ?? '', r.after ?? '']);
  const span = `${filter.from ?? 'start'}-${filter.to ?? localDay(ctx.nowDate())}`;
  return { fileName: `audit-log-${span}.csv`, content: spreadsheetCsv(HEADER, data) };
}
