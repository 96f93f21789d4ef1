/**
 * Absences (vacation, sickness, other): booked per person for whole days or one half day, never
 * overlapping another absence of the same person that is not cancelled. Cancelled with a reason,
 * once, never deleted; both steps are audited.
 */
import type { Absence } from '../../../src-shared/contract/staff';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { absenceHalfDays, type AbsenceRow } from './absence-days';
import { contractOf, contractsWhere } from './planned';

const refused = (message: string, reason: string, field: string) => new AppError('CONFLICT', message, { details: { field, reason } });

export function listAbsences(ctx: Ctx, input: ParsedInput<'absences.list'>): Absence[] {
  const people = input.staffId === undefined ? contractsWhere(ctx.db, '1 = 1') : [contractOf(ctx.db, input.staffId)];
  const byId = new Map(people.map((c) => [c.id, c]));
  const rows = ctx.db.prepare(
    `SELECT a.* FROM absences a JOIN staff s ON s.id = a.staff_id
     WHERE a.from_day <= ? AND a.to_day >= ? AND (? IS NULL OR a.staff_id = ?) AND (? = 1 OR a.cancelled_at IS NULL)
     ORDER BY a.from_day, s.name COLLATE NOCASE, a.id`,
  ).all(input.period.to, input.period.from, input.staffId ?? null, input.staffId ?? null, input.includeCancelled ? 1 : 0) as AbsenceRow[];
  return rows.map((a) => {
    const c = byId.get(a.staff_id)!;
    return {
      id: a.id, staffId: a.staff_id, staffName: c.name, kind: a.kind, from: a.from_day, to: a.to_day, halfDay: a.half_day === 1,
      note: a.note, halfDays: absenceHalfDays(c, a), createdAt: a.created_at, cancelledAt: a.cancelled_at, cancelReason: a.cancel_reason,
    };
  });
}

export function createAbsence(ctx: Ctx, input: ParsedInput<'absences.create'>): { absenceId: number } {
  const session = requireSession(ctx);
  const c = contractOf(ctx.db, input.staffId);
  if (!c.active) throw refused(`${c.name} is no longer active.`, 'staffInactive', 'staffId');
  if (c.startDate && input.from < c.startDate) throw refused(`The absence begins before the start date ${c.startDate}.`, 'absenceBeforeStart', 'from');
  if (c.endDate && input.to > c.endDate) throw refused(`The absence reaches past the end date ${c.endDate}.`, 'absenceAfterEnd', 'to');
  const overlap = ctx.db.prepare(
    'SELECT id FROM absences WHERE staff_id = ? AND cancelled_at IS NULL AND from_day <= ? AND to_day >= ? LIMIT 1',
  ).pluck().get(c.id, input.to, input.from) as number | undefined;
  if (overlap !== undefined) throw refused('This absence overlaps another one of the same person.', 'absenceOverlaps', 'from');
  const note = input.note?.trim() || null;
  const { lastInsertRowid } = ctx.db.prepare(
    'INSERT INTO absences (staff_id, kind, from_day, to_day, half_day, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(c.id, input.kind, input.from, input.to, input.halfDay ? 1 : 0, note, ctx.now(), session.staffId);
  const absenceId = Number(lastInsertRowid);
  ctx.audit('absences.create', `staff:${c.id}`, undefined, { absenceId, kind: input.kind, from: input.from, to: input.to, halfDay: input.halfDay, note });
  return { absenceId };
}

export function cancelAbsence(ctx: Ctx, input: ParsedInput<'absences.cancel'>): null {
  const session = requireSession(ctx);
  const a = ctx.db.prepare('SELECT * FROM absences WHERE id = ?').get(input.absenceId) as AbsenceRow | undefined;
  if (!a) throw notFound('Absence');
  if (a.cancelled_at) throw refused('This absence has already been cancelled.', 'absenceAlreadyCancelled', 'absenceId');
  ctx.db.prepare('UPDATE absences SET cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?')
    .run(ctx.now(), session.staffId, input.reason, a.id);
  ctx.audit('absences.cancel', `staff:${a.staff_id}`,
    { absenceId: a.id, kind: a.kind, from: a.from_day, to: a.to_day, halfDay: a.half_day === 1 }, { reason: input.reason });
  return null;
}
