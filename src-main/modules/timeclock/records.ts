/**
 * Reading a person's time-clock records. Records are append-only; a correction replaces or removes
 * an earlier one through `replaces_id`. The effective records are those nothing replaced or removed,
 * without the removals themselves; they are what shifts are built from.
 */
import type Database from 'better-sqlite3';
import type { ClockAction, Shift } from '../../../src-shared/contract/staff';
import { buildShifts, type ClockRecord } from './shifts';

export interface TimeEventRow {
  id: number;
  staff_id: number;
  kind: ClockAction | 'remove';
  at: string | null;
  source: 'clock' | 'correction';
  replaces_id: number | null;
  reason: string | null;
  recorded_at: string;
  recorded_by: number | null;
  /** The name of who recorded it (joined). */
  recorded_by_name: string | null;
}

/** Every record of a person, oldest id first. */
export function timeEventRows(db: Database.Database, staffId: number): TimeEventRow[] {
  return db.prepare('SELECT e.*, s.name AS recorded_by_name FROM time_events e LEFT JOIN staff s ON s.id = e.recorded_by WHERE e.staff_id = ? ORDER BY e.id').all(staffId) as TimeEventRow[];
}

/** The records in force, in time order (equal times by id, so the sequence check sees them). */
export function effectiveRecords(rows: readonly TimeEventRow[]): ClockRecord[] {
  const replaced = new Set(rows.flatMap((r) => (r.replaces_id === null ? [] : [r.replaces_id])));
  return rows
    .filter((r): r is TimeEventRow & { kind: ClockAction; at: string } => r.kind !== 'remove' && r.at !== null && !replaced.has(r.id))
    .map((r) => ({ id: r.id, kind: r.kind, at: r.at, corrected: r.source === 'correction' }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
}

/** A shift lost a record to a removal when the removed record's time lies within it: it counts as corrected too. */
function markRemovals(rows: readonly TimeEventRow[], shifts: Shift[]): void {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const removedTimes = rows.flatMap((r) => (r.kind === 'remove' && r.replaces_id !== null ? [byId.get(r.replaces_id)?.at ?? null] : []));
  for (const shift of shifts) {
    const hit = removedTimes.some((at) => at !== null && at >= shift.in && (shift.out === null || at <= shift.out));
    if (hit && !shift.flags.includes('corrected')) shift.flags.push('corrected');
  }
}

/** Shifts of stored records; the stored sequence is valid, since every write checks it first. */
export function storedShifts(rows: readonly TimeEventRow[], now: Date): { records: ClockRecord[]; shifts: Shift[] } {
  const records = effectiveRecords(rows);
  const built = buildShifts(records, now);
  if ('problem' in built) throw new Error(`stored time records are out of sequence at record ${built.problem.eventId}`);
  markRemovals(rows, built.shifts);
  return { records, shifts: built.shifts };
}

export function personShifts(db: Database.Database, staffId: number, now: Date): { records: ClockRecord[]; shifts: Shift[] } {
  return storedShifts(timeEventRows(db, staffId), now);
}
