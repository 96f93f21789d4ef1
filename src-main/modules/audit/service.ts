/**
 * Reading the audit log (rows are written through ctx.audit in each command's transaction): the
 * viewer's filtered pages, the distinct actions for its filter, and the CSV export.
 */
import type { AuditEntry } from '../../../src-shared/contract/audit';
import type { ParsedInput } from '../../../src-shared/contract';
import { addDays } from '../../../src-shared/days';
import { localDayStart } from '../../core/clock';
import type { Ctx } from '../../core/context';
import { likeContains, likeStartsWith } from '../../db/like';

export type AuditFilter = ParsedInput<'audit.csv'>;

interface AuditRow { id: number; at: string; staff_id: number | null; staff_name: string | null; action: string; subject: string | null; before: string | null; after: string | null }

/**
 * The WHERE clause for the filters. `action` ending in '.' is a prefix ('counter.' = every
 * counter action), otherwise exact; `text` looks into subject, action, before, after and the
 * person's name (LIKE: case ignored for ASCII letters only).
 */
function filterSql(filter: AuditFilter): { where: string; params: Record<string, string | number | null> } {
  const prefix = filter.action?.endsWith('.') ?? false;
  const text = filter.text ? likeContains(filter.text) : null;
  return {
    where: `(@from IS NULL OR a.at >= @from) AND (@toExclusive IS NULL OR a.at < @toExclusive)
      AND (@staffId IS NULL OR a.staff_id = @staffId)
      AND (@action IS NULL OR (@prefix = 1 AND a.action LIKE @action ESCAPE '\\') OR (@prefix = 0 AND a.action = @action))
      AND (@text IS NULL OR a.subject LIKE @text ESCAPE '\\' OR a.action LIKE @text ESCAPE '\\' OR a.before LIKE @text ESCAPE '\\'
           OR a.after LIKE @text ESCAPE '\\' OR s.name LIKE @text ESCAPE '\\')`,
    params: {
      from: filter.from ? localDayStart(filter.from) : null,
      toExclusive: filter.to ? localDayStart(addDays(filter.to, 1)) : null,
      staffId: filter.staffId ?? null,
      action: filter.action ? (prefix ? likeStartsWith(filter.action) : filter.action) : null,
      prefix: prefix ? 1 : 0,
      text,
    },
  };
}

const SELECT = `SELECT a.id, a.at, a.staff_id, s.name AS staff_name, a.action, a.subject, a.before, a.after
  FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id`;

export function auditRows(ctx: Ctx, filter: AuditFilter, page: { beforeId: number | null; limit: number }): AuditRow[] {
  const { where, params } = filterSql(filter);
  return ctx.db.prepare(`${SELECT} WHERE (@beforeId IS NULL OR a.id < @beforeId) AND ${where} ORDER BY a.id DESC LIMIT @limit`)
    .all({ ...params, beforeId: page.beforeId, limit: page.limit }) as AuditRow[];
}

export function listAudit(ctx: Ctx, input: ParsedInput<'audit.list'>): AuditEntry[] {
  const { beforeId, limit, ...filter } = input;
  return auditRows(ctx, filter, { beforeId: beforeId ?? null, limit }).map((r) => ({
    id: r.id, at: r.at, staffId: r.staff_id, staffName: r.staff_name, action: r.action, subject: r.subject,
    before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after),
  }));
}

export function auditActions(ctx: Ctx): string[] {
  return ctx.db.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action').pluck().all() as string[];
}
