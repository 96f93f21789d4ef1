/**
 * The staff module's output types: employees, roles, the time clock, timesheets, absences and the
 * hours report. Times are ISO-8601 UTC; days are local calendar days (YYYY-MM-DD); durations are
 * whole minutes; vacation is counted in half days so half-day absences stay integers.
 */
import type { Language } from '../countries';
import type { Permission } from '../permissions';

/** Where a person stands on the time clock. */
export type ClockState = 'off' | 'in' | 'break';
/** What a person does at the time clock. */
export type ClockAction = 'in' | 'breakStart' | 'breakEnd' | 'out';
export type AbsenceKind = 'vacation' | 'sick' | 'other';

/** One row of the employee list. */
export interface EmployeeRow {
  id: number;
  name: string;
  roleId: number;
  /** The preset key ('owner', 'cashier' …) or 'custom:<id>' for a role the owner added. */
  roleKey: string;
  /** The owner's name for a custom role; null for presets (the UI translates the key). */
  roleName: string | null;
  username: string | null;
  hasPin: boolean;
  hasPassword: boolean;
  active: boolean;
  startDate: string | null;
  endDate: string | null;
  weeklyMinutes: number | null;
  clockState: ClockState;
  /** When the current state began (clock in or break start); null when off. */
  clockSince: string | null;
  /** The clock-in of a shift left open on an earlier day (a forgotten clock-out), or null. */
  forgottenClockOut: string | null;
}

/** Everything the owner keeps about one person. */
export interface Employee extends EmployeeRow {
  email: string | null;
  phone: string | null;
  address: string | null;
  birthDate: string | null;
  notes: string | null;
  language: Language | null;
  /** ISO weekdays worked (1 = Monday … 7 = Sunday); the weekly hours are spread over them. */
  workDays: number[];
  hourlyWageCents: number | null;
  vacationDaysPerYear: number | null;
}

export interface Role {
  id: number;
  key: string;
  /** The owner's name for a custom role; null for presets. */
  name: string | null;
  preset: boolean;
  permissions: Permission[];
  /** Active staff holding the role. */
  staffCount: number;
}

/** What the time clock shows after the PIN: who, where they stand, what they may do next. */
export interface ClockStatus {
  staffId: number;
  name: string;
  state: ClockState;
  since: string | null;
  forgottenClockOut: string | null;
  /** Worked today (breaks excluded), up to now when clocked in. */
  todayMinutes: number;
  /** Worked this week (Monday to today). */
  weekMinutes: number;
  actions: ClockAction[];
}

/**
 * One stored time-clock record. Records are never changed: a correction is a new record that
 * replaces one (`replacesId`, same kind, other time), adds a missing one, or removes one
 * (`kind: 'remove'`, no time). `status` says what the record means now.
 */
export interface TimeEvent {
  id: number;
  staffId: number;
  kind: ClockAction | 'remove';
  at: string | null;
  source: 'clock' | 'correction';
  reason: string | null;
  replacesId: number | null;
  replacedById: number | null;
  recordedAt: string;
  recordedByName: string | null;
  status: 'effective' | 'replaced' | 'removed' | 'removal';
}

export interface WorkBreak {
  start: string;
  end: string | null;
}

/** One stretch from clock-in to clock-out, built from the effective records. */
export interface Shift {
  inEventId: number;
  in: string;
  /** Null while running, or when the clock-out was forgotten. */
  out: string | null;
  breaks: WorkBreak[];
  workedMinutes: number;
  breakMinutes: number;
  /** 'forgottenClockOut': still open from an earlier day, counted as 0 until corrected. */
  flags: ('running' | 'forgottenClockOut' | 'corrected')[];
}

export interface TimesheetDay {
  date: string;
  plannedMinutes: number;
  workedMinutes: number;
  breakMinutes: number;
  /** Minutes credited for an absence on a planned day (vacation, sick, other). */
  absenceMinutes: number;
  absence: AbsenceKind | null;
  /** worked + absence − planned. */
  balanceMinutes: number;
  shifts: Shift[];
}

export interface Timesheet {
  staffId: number;
  name: string;
  from: string;
  to: string;
  days: TimesheetDay[];
  /** Every record in the period (corrections and the records they replaced included). */
  events: TimeEvent[];
  totals: { plannedMinutes: number; workedMinutes: number; breakMinutes: number; absenceMinutes: number; balanceMinutes: number; forgottenClockOuts: number };
}

export interface Absence {
  id: number;
  staffId: number;
  staffName: string;
  kind: AbsenceKind;
  from: string;
  to: string;
  halfDay: boolean;
  note: string | null;
  /** Planned working days covered, in half days. */
  halfDays: number;
  createdAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
}

/** Vacation for one person and calendar year, in half days. */
export interface VacationBalance {
  staffId: number;
  name: string;
  year: number;
  /** The yearly days pro rata by months employed in that year, in half days (rounded up). */
  entitlementHalfDays: number;
  /** Vacation on days up to today. */
  takenHalfDays: number;
  /** Vacation booked for days after today. */
  plannedHalfDays: number;
  remainingHalfDays: number;
}

export interface HoursRow {
  staffId: number;
  name: string;
  plannedMinutes: number;
  workedMinutes: number;
  absenceMinutes: number;
  /** worked + absence − planned; negative means hours short. */
  overtimeMinutes: number;
  vacationHalfDays: number;
  sickHalfDays: number;
  otherHalfDays: number;
  forgottenClockOuts: number;
  hourlyWageCents: number | null;
  /** Worked and credited hours × wage, rounded to cents; null without a wage. */
  wageCents: number | null;
}

export interface HoursReport {
  from: string;
  to: string;
  rows: HoursRow[];
}
