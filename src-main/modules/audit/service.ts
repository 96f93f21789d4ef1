/** Reading the audit log (rows are written through ctx.audit in each command's transaction). */
import type { AuditEntry } from '../../../src-shared/contract/audit';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';

interface AuditRow { id: number; at: string; staff_id: number | null; staff_name: string | null; action: string; subject: string | null; before: string | null; after: string | null }

export function listAudit(ctx: Ctx, input: ParsedInput<'audit.list'>): AuditEntry[] {
  const rows = ctx.db.prepare(
    `SELECT a.id, a.at, a.staff_id, s.name AS staff_name, a.action, a.subject, a.before, a.after
     FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
     WHERE (@beforeId IS NULL OR a.id < @beforeId) AND (@action IS NULL OR a.action = @action)
     ORDER BY a.id DESC LIMIT @limit`,
  ).all({ beforeId: input.beforeId ?? null, action: input.action ?? null, limit: input.limit }) as AuditRow[];
  return rows.map((r) => ({
    id: r.id, at: r.at, staffId: r.staff_id, staffName: r.staff_name, action: r.action, subject: r.subject,
    before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after),
  }));
}
