/**
 * A person's contract as the time records need it, and the planned minutes of each day: the weekly
 * minutes spread evenly over the work days, only between start and end date. Spreading keeps whole
 * minutes and an exact week: each work day gets the weekly minutes divided by the number of work
 * days, cut down, and the remainder goes one minute each to the first work days of the week
 * (2000 min over Mon, Tue, Wed = 667 + 667 + 666).
 */
import type Database from 'better-sqlite3';
import { notFound } from '../../core/errors';
import { isoWeekday } from './days';

export interface StaffContract {
  id: number;
  name: string;
  active: boolean;
  startDate: string | null;
  endDate: string | null;
  weeklyMinutes: number | null;
  /** ISO weekdays worked, ascending. */
  workDays: number[];
  hourlyWageCents: number | null;
  vacationDays: number | null;
}

interface ContractRow {
  id: number; name: string; active: number; start_date: string | null; end_date: string | null; weekly_minutes: number | null;
  work_days: string; hourly_wage_cents: number | null; vacation_days: number | null;
}

/** The staff row's work days: digits '135' ↔ ISO weekdays [1, 3, 5]. */
export const workDaysOf = (digits: string): number[] => [...digits].map(Number).sort((a, b) => a - b);
export const workDaysText = (days: readonly number[]): string => [...days].sort((a, b) => a - b).join('');

const CONTRACT_SELECT = 'SELECT id, name, active, start_date, end_date, weekly_minutes, work_days, hourly_wage_cents, vacation_days FROM staff';

function toContract(r: ContractRow): StaffContract {
  return {
    id: r.id, name: r.name, active: r.active === 1, startDate: r.start_date, endDate: r.end_date, weeklyMinutes: r.weekly_minutes,
    workDays: workDaysOf(r.work_days), hourlyWageCents: r.hourly_wage_cents, vacationDays: r.vacation_days,
  };
}

export function contractOf(db: Database.Database, staffId: number): StaffContract {
  const row = db.prepare(`${CONTRACT_SELECT} WHERE id = ?`).get(staffId) as ContractRow | undefined;
  if (!row) throw notFound('Staff member');
  return toContract(row);
}

/** Contracts matching a WHERE clause, by name. */
export function contractsWhere(db: Database.Database, where: string, ...params: unknown[]): StaffContract[] {
  return (db.prepare(`${CONTRACT_SELECT} WHERE ${where} ORDER BY name COLLATE NOCASE, id`).all(...params) as ContractRow[]).map(toContract);
}

/** Employed on that day (between start and end date, both included). */
export function employedOn(c: StaffContract, day: string): boolean {
  return (c.startDate === null || c.startDate <= day) && (c.endDate === null || day <= c.endDate);
}

/** A planned working day: one of the work days, while employed. */
export function isWorkingDay(c: StaffContract, day: string): boolean {
  return employedOn(c, day) && c.workDays.includes(isoWeekday(day));
}

export function plannedMinutes(c: StaffContract, day: string): number {
  if (!c.weeklyMinutes || !isWorkingDay(c, day)) return 0;
  const count = c.workDays.length;
  const base = Math.floor(c.weeklyMinutes / count);
  const extra = c.workDays.indexOf(isoWeekday(day)) < c.weeklyMinutes % count ? 1 : 0;
  return base + extra;
}
