/** Where each person stands on the time clock, for the employee list. */
import type Database from 'better-sqlite3';
import type { EmployeeRow } from '../../../src-shared/contract/staff';
import { personShifts } from './records';
import { clockPosition } from './shifts';

export type ClockSummary = Pick<EmployeeRow, 'clockState' | 'clockSince' | 'forgottenClockOut'>;

export function clockSummaries(db: Database.Database, staffIds: readonly number[], now: Date): Map<number, ClockSummary> {
  const out = new Map<number, ClockSummary>();
  for (const id of staffIds) {
    const position = clockPosition(personShifts(db, id, now).shifts);
    out.set(id, { clockState: position.state, clockSince: position.since, forgottenClockOut: position.forgottenClockOut });
  }
  return out;
}
