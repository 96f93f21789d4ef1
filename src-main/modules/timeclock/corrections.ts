/**
 * The owner's corrections of time-clock records. Each is a new record with a reason: it adds a
 * missing record, changes one (a record of the same kind with another time, replacing it) or
 * removes one. The person's effective sequence is rebuilt with the correction in place and the
 * correction is refused, with nothing written, when the sequence would no longer hold.
 */
import type { ClockAction } from '../../../src-shared/contract/staff';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { contractOf } from './planned';
import { effectiveRecords, timeEventRows, type TimeEventRow } from './records';
import { buildShifts } from './shifts';

const refused = (message: string, reason: string, field?: string) =>
  new AppError('CONFLICT', message, { details: field ? { field, reason } : { reason } });

function targetRecord(ctx: Ctx, eventId: number): TimeEventRow {
  const row = ctx.db.prepare('SELECT * FROM time_events WHERE id = ?').get(eventId) as TimeEventRow | undefined;
  if (!row) throw notFound('Time record');
  if (row.kind === 'remove') throw refused('A removal cannot itself be corrected.', 'clockNotCorrectable');
  if (ctx.db.prepare('SELECT 1 FROM time_events WHERE replaces_id = ?').get(eventId)) {
    throw refused('This record has already been corrected or removed.', 'clockAlreadyCorrected');
  }
  return row;
}

/** The time as stored (normalised ISO UTC); never after now. */
function correctedTime(ctx: Ctx, at: string): string {
  const iso = new Date(at).toISOString();
  if (iso > ctx.now()) throw refused('The time lies in the future.', 'clockInFuture', 'at');
  return iso;
}

export function correctTime(ctx: Ctx, input: ParsedInput<'timeclock.correct'>): { eventId: number } {
  const session = requireSession(ctx);
  const target = input.type === 'add' ? null : targetRecord(ctx, input.eventId);
  const staffId = input.type === 'add' ? contractOf(ctx.db, input.staffId).id : target!.staff_id;
  const kind: ClockAction | 'remove' = input.type === 'add' ? input.kind : input.type === 'remove' ? 'remove' : target!.kind;
  const at = input.type === 'remove' ? null : correctedTime(ctx, input.at);

  const { lastInsertRowid } = ctx.db.prepare(
    "INSERT INTO time_events (staff_id, kind, at, source, replaces_id, reason, recorded_at, recorded_by) VALUES (?, ?, ?, 'correction', ?, ?, ?, ?)",
  ).run(staffId, kind, at, target?.id ?? null, input.reason, ctx.now(), session.staffId);
  const eventId = Number(lastInsertRowid);

  const built = buildShifts(effectiveRecords(timeEventRows(ctx.db, staffId)), ctx.nowDate());
  if ('problem' in built) {
    // Thrown, so the registry rolls the new record back.
    throw refused(built.problem.message, built.problem.reason, input.type === 'remove' ? 'eventId' : 'at');
  }
  ctx.audit('timeclock.correct', `staff:${staffId}`,
    target ? { eventId: target.id, kind: target.kind, at: target.at } : null,
    { eventId, type: input.type, kind, at, reason: input.reason });
  return { eventId };
}
