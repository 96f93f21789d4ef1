/** Absences as they count per day: which kind covers a day, and the half days and minutes it credits. */
import type Database from 'better-sqlite3';
import type { AbsenceKind } from '../../../src-shared/contract/staff';
import { divideRounded } from '../../../src-shared/money';
import { eachDay } from './days';
import { isWorkingDay, plannedMinutes, type StaffContract } from './planned';

export interface AbsenceRow {
  id: number;
  staff_id: number;
  kind: AbsenceKind;
  from_day: string;
  to_day: string;
  half_day: number;
  note: string | null;
  created_at: string;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

/** A person's absences that touch the period (cancelled ones only when asked). */
export function absencesOf(db: Database.Database, staffId: number, from: string, to: string, includeCancelled = false): AbsenceRow[] {
  return db.prepare(
    `SELECT * FROM absences WHERE staff_id = ? AND from_day <= ? AND to_day >= ? ${includeCancelled ? '' : 'AND cancelled_at IS NULL'}
     ORDER BY from_day, id`,
  ).all(staffId, to, from) as AbsenceRow[];
}

/** Half days an absence takes on one day: 2 on a planned working day (1 for a half day), else 0. */
export function halfDaysOn(c: StaffContract, a: AbsenceRow, day: string): number {
  if (!isWorkingDay(c, day)) return 0;
  return a.half_day ? 1 : 2;
}

/** Half days an absence takes in all (or within a period). */
export function absenceHalfDays(c: StaffContract, a: AbsenceRow, from = a.from_day, to = a.to_day): number {
  const first = a.from_day > from ? a.from_day : from;
  const last = a.to_day < to ? a.to_day : to;
  return eachDay(first, last).reduce((sum, day) => sum + halfDaysOn(c, a, day), 0);
}

/** Minutes an absence credits on a day: the planned minutes, half of them (rounded half up) for a half day. */
export function absenceMinutesOn(c: StaffContract, a: AbsenceRow, day: string): number {
  const planned = plannedMinutes(c, day);
  return a.half_day ? divideRounded(planned, 2) : planned;
}
