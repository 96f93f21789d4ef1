/**
 * Staff (module "staff"): employees with their contract data and PIN, the roles × permissions
 * matrix, the time clock at the counter, timesheets, absences with vacation balances and the
 * hours report for payroll. Types live in staff.types.ts.
 *
 * Rules the handlers keep:
 * - A PIN or password is stored only as a hash and never returned.
 * - The owner role always keeps `staff.manage` and `backoffice.access`; nobody grants a
 *   permission they do not hold themselves; the last active person who can manage staff cannot be
 *   deactivated or moved to a role without it. Every change is audited.
 * - Time-clock records are append-only. The clock itself only appends the next step of a valid
 *   sequence (in → break → … → out); corrections by the owner add records with a reason and are
 *   refused when they would leave overlapping or reversed times.
 */
import { z } from '../zod-setup';
import { PERMISSIONS } from '../permissions';
import { channel } from './define';
import { id, language, optionalText, password, pin, requiredText, username } from './fields';
import { day, dayRange } from './ledger';
import type { Absence, ClockStatus, Employee, EmployeeRow, HoursReport, Role, Timesheet, VacationBalance } from './staff.types';

export type * from './staff.types';

export const CLOCK_ACTIONS = ['in', 'breakStart', 'breakEnd', 'out'] as const;
export const ABSENCE_KINDS = ['vacation', 'sick', 'other'] as const;

const optionalDay = day.nullable().optional();
const isoTime = z.iso.datetime({ offset: false });

/** Contract and personal data; everything but the name is optional. */
const employeeFields = {
  name: requiredText(120),
  roleId: id,
  email: z.email().max(200).nullable().optional(),
  phone: optionalText(60).nullable().optional(),
  address: optionalText(500).nullable().optional(),
  birthDate: optionalDay,
  notes: optionalText(2000).nullable().optional(),
  language: language.nullable().optional(),
  startDate: optionalDay,
  /** Weekly hours in minutes (38.5 h = 2310). */
  weeklyMinutes: z.int().min(0).max(80 * 60).nullable().optional(),
  workDays: z.array(z.int().min(1).max(7)).min(1).max(7)
    .refine((days) => new Set(days).size === days.length, 'each weekday once').optional(),
  hourlyWageCents: z.int().min(0).max(100_000).nullable().optional(),
  vacationDaysPerYear: z.int().min(0).max(60).nullable().optional(),
};

/** A period for timesheets and reports: at most a year and a bit. */
const period = dayRange.refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, { message: 'at most 400 days', path: ['to'] });

export const staffContract = {
  'staff.list': channel<EmployeeRow[]>()({
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    access: 'staff.manage',
  }),
  'staff.get': channel<Employee>()({ input: z.strictObject({ staffId: id }), access: 'staff.manage' }),
  /** A new person; a PIN (counter) and/or user name with password (back office) may be set at once. */
  'staff.create': channel<{ staffId: number }>()({
    input: z.strictObject({ ...employeeFields, pin: pin.optional(), username: username.optional(), password: password.optional() })
      .refine((s) => (s.username === undefined) === (s.password === undefined), { message: 'user name and password go together', path: ['password'] }),
    access: 'staff.manage',
    changes: ['staff'],
  }),
  'staff.update': channel<null>()({
    input: z.strictObject({ staffId: id, ...employeeFields }),
    access: 'staff.manage',
    changes: ['staff', 'session'],
  }),
  /** Sets or resets the PIN (it is never shown again); `pin: null` removes it. */
  'staff.setPin': channel<null>()({
    input: z.strictObject({ staffId: id, pin: pin.nullable() }),
    access: 'staff.manage',
    changes: ['staff'],
  }),
  /** Sets the back-office sign-in; `null` removes it. */
  'staff.setPassword': channel<null>()({
    input: z.strictObject({ staffId: id, login: z.strictObject({ username, password }).nullable() }),
    access: 'staff.manage',
    changes: ['staff'],
  }),
  /** Deactivating ends the person's sessions; their history stays. `endDate` defaults to today. */
  'staff.setActive': channel<null>()({
    input: z.strictObject({ staffId: id, active: z.boolean(), endDate: optionalDay }),
    access: 'staff.manage',
    changes: ['staff', 'session'],
  }),

  'staff.roles.list': channel<Role[]>()({ input: z.strictObject({}), access: 'staff.manage' }),
  'staff.roles.create': channel<{ roleId: number }>()({
    input: z.strictObject({ name: requiredText(60), permissions: z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length) }),
    access: 'staff.manage',
    changes: ['staff'],
  }),
  /** Replaces a role's permissions (a row of the matrix); takes effect on the next command. */
  'staff.roles.setPermissions': channel<null>()({
    input: z.strictObject({ roleId: id, permissions: z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length) }),
    access: 'staff.manage',
    changes: ['staff', 'session'],
  }),

  /** The time clock: the PIN identifies the person (wrong PINs count toward the lockout). */
  'timeclock.status': channel<ClockStatus>()({
    input: z.strictObject({ pin, staffId: id.optional() }),
    access: 'public',
    changes: ['audit'],
  }),
  'timeclock.punch': channel<ClockStatus>()({
    input: z.strictObject({ pin, staffId: id.optional(), action: z.enum(CLOCK_ACTIONS) }),
    access: 'public',
    changes: ['staff'],
  }),
  'staff.timesheet': channel<Timesheet>()({
    input: z.strictObject({ staffId: id, period }),
    access: 'staff.manage',
  }),
  /** The owner's corrections: each a new record with a reason; the original stays visible. */
  'timeclock.correct': channel<{ eventId: number }>()({
    input: z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('add'), staffId: id, kind: z.enum(CLOCK_ACTIONS), at: isoTime, reason: requiredText(300) }),
      z.strictObject({ type: z.literal('change'), eventId: id, at: isoTime, reason: requiredText(300) }),
      z.strictObject({ type: z.literal('remove'), eventId: id, reason: requiredText(300) }),
    ]),
    access: 'staff.manage',
    changes: ['staff'],
  }),

  'absences.list': channel<Absence[]>()({
    input: z.strictObject({ period, staffId: id.optional(), includeCancelled: z.boolean().default(false) }),
    access: 'staff.manage',
  }),
  /** Refused when it overlaps another absence of the same person. */
  'absences.create': channel<{ absenceId: number }>()({
    input: z.strictObject({
      staffId: id, kind: z.enum(ABSENCE_KINDS), from: day, to: day, halfDay: z.boolean().default(false), note: optionalText(300).nullable().optional(),
    }).refine((a) => a.from <= a.to, { message: '"from" lies after "to"', path: ['from'] })
      .refine((a) => !a.halfDay || a.from === a.to, { message: 'a half day is a single day', path: ['halfDay'] })
      .refine((a) => Date.parse(a.to) - Date.parse(a.from) <= 366 * 86_400_000, { message: 'at most a year', path: ['to'] }),
    access: 'staff.manage',
    changes: ['staff'],
  }),
  'absences.cancel': channel<null>()({
    input: z.strictObject({ absenceId: id, reason: requiredText(300) }),
    access: 'staff.manage',
    changes: ['staff'],
  }),
  'absences.vacation': channel<VacationBalance[]>()({
    input: z.strictObject({ year: z.int().min(2000).max(2100) }),
    access: 'staff.manage',
  }),

  'staff.hours': channel<HoursReport>()({ input: z.strictObject({ period }), access: 'staff.manage' }),
  /** The hours report as an A4 PDF (task: drawn asynchronously) and as CSV (semicolons, UTF-8 BOM). */
  'staff.hours.pdf': channel<{ fileName: string; base64: string }>()({
    input: z.strictObject({ period }),
    access: 'staff.manage',
    task: true,
  }),
  'staff.hours.csv': channel<{ fileName: string; content: string }>()({
    input: z.strictObject({ period }),
    access: 'staff.manage',
  }),
};
