/**
 * The owner's corrections of time-clock records. Each is a new record with a reason: it adds a
 * missing record, changes one (a record of the same kind with another time, replacing it) or
 * removes one (a break is removed as a whole). The person's effective sequence is rebuilt with the correction in place and the
 * correction is refused, with nothing written, when the sequence would no longer hold.
 */
import type { ClockAction } from '../../../src-shared/contract/staff';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { contractOf } from './planned';
import { effectiveRecords, timeEventRows, type TimeEventRow } from './records';
import { buildShifts, type ClockRecord } from './shifts';

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

/**
 * A break is removed as a whole: removing its start or its end removes the other one too (the
 * sequence would not hold with only one of them). Returns the partner's id, if any.
 */
function breakPartner(records: readonly ClockRecord[], target: TimeEventRow): number | null {
  const i = records.findIndex((r) => r.id === target.id);
  const partner = target.kind === 'breakStart' ? records[i + 1] : target.kind === 'breakEnd' ? records[i - 1] : undefined;
  const expected = target.kind === 'breakStart' ? 'breakEnd' : 'breakStart';
  return i >= 0 && partner?.kind === expected ? partner.id : null;
}

export function correctTime(ctx: Ctx, input: ParsedInput<'timeclock.correct'>): { eventId: number } {
  const session = requireSession(ctx);
  const target = input.type === 'add' ? null : targetRecord(ctx, input.eventId);
  const staffId = input.type === 'add' ? contractOf(ctx.db, input.staffId).id : target!.staff_id;
  const kind: ClockAction | 'remove' = input.type === 'add' ? input.kind : input.type === 'remove' ? 'remove' : target!.kind;
  const at = input.type === 'remove' ? null : correctedTime(ctx, input.at);
  const partner = input.type === 'remove' ? breakPartner(effectiveRecords(timeEventRows(ctx.db, staffId)), target!) : null;

  const insert = ctx.db.prepare(
    "INSERT INTO time_events (staff_id, kind, at, source, replaces_id, reason, recorded_at, recorded_by) VALUES (?, ?, ?, 'correction', ?, ?, ?, ?)",
  );
  const eventId = Number(insert.run(staffId, kind, at, target?.id ?? null, input.reason, ctx.now(), session.staffId).lastInsertRowid);
  if (partner !== null) insert.run(staffId, 'remove', null, partner, input.reason, ctx.now(), session.staffId);

  const built = buildShifts(effectiveRecords(timeEventRows(ctx.db, staffId)), ctx.nowDate());
  if ('problem' in built) {
    // Thrown, so the registry rolls the new record back.
    throw refused(built.problem.message, built.problem.reason, input.type === 'remove' ? 'eventId' : 'at');
  }
  ctx.audit('timeclock.correct', `staff:${staffId}`,
    target ? { eventId: target.id, kind: target.kind, at: target.at } : null,
    { eventId, type: input.type, kind, at, reason: input.reason, ...(partner !== null ? { alsoRemoved: partner } : {}) });
  return { eventId };
}
