/** Reading people and roles for the staff screens; hashes never leave this module. */
import type Database from 'better-sqlite3';
import type { Employee, EmployeeRow } from '../../../src-shared/contract/staff';
import type { Language } from '../../../src-shared/countries';
import { PERMISSIONS, type Permission } from '../../../src-shared/permissions';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { workDaysOf } from '../timeclock/planned';
import { clockSummaries, type ClockSummary } from '../timeclock/summary';

export interface StaffRow {
  id: number; name: string; role_id: number; role_key: string; role_name: string; role_preset: number;
  username: string | null; has_pin: number; has_password: number; active: number;
  email: string | null; phone: string | null; address: string | null; birth_date: string | null; notes: string | null;
  language: Language | null; start_date: string | null; end_date: string | null; weekly_minutes: number | null;
  work_days: string; hourly_wage_cents: number | null; vacation_days: number | null;
}

const STAFF_SELECT = `SELECT s.id, s.name, s.role_id, r.key AS role_key, r.name AS role_name, r.preset AS role_preset,
    s.username, s.pin_lookup IS NOT NULL AS has_pin, s.password_hash IS NOT NULL AS has_password, s.active,
    s.email, s.phone, s.address, s.birth_date, s.notes, s.language, s.start_date, s.end_date, s.weekly_minutes,
    s.work_days, s.hourly_wage_cents, s.vacation_days
  FROM staff s JOIN roles r ON r.id = s.role_id`;

export function staffRow(db: Database.Database, staffId: number): StaffRow {
  const row = db.prepare(`${STAFF_SELECT} WHERE s.id = ?`).get(staffId) as StaffRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Staff member ${staffId} not found`, { details: { reason: 'staffNotFound' } });
  return row;
}

export { workDaysText } from '../timeclock/planned';

const OFF_CLOCK: ClockSummary = { clockState: 'off', clockSince: null, forgottenClockOut: null };

function toRow(r: StaffRow, clock: ClockSummary): EmployeeRow {
  return {
    id: r.id, name: r.name, roleId: r.role_id, roleKey: r.role_key, roleName: r.role_preset ? null : r.role_name,
    username: r.username, hasPin: r.has_pin === 1, hasPassword: r.has_password === 1, active: r.active === 1,
    startDate: r.start_date, endDate: r.end_date, weeklyMinutes: r.weekly_minutes,
    ...clock,
  };
}

function toEmployee(r: StaffRow, clock: ClockSummary): Employee {
  return {
    ...toRow(r, clock), email: r.email, phone: r.phone, address: r.address, birthDate: r.birth_date, notes: r.notes,
    language: r.language, workDays: workDaysOf(r.work_days), hourlyWageCents: r.hourly_wage_cents, vacationDaysPerYear: r.vacation_days,
  };
}

export function listEmployees(ctx: Ctx, includeInactive: boolean): EmployeeRow[] {
  const rows = ctx.db.prepare(`${STAFF_SELECT} WHERE (@all = 1 OR s.active = 1) ORDER BY s.active DESC, s.name COLLATE NOCASE, s.id`)
    .all({ all: includeInactive ? 1 : 0 }) as StaffRow[];
  const clock = clockSummaries(ctx.db, rows.map((r) => r.id), ctx.nowDate());
  return rows.map((r) => toRow(r, clock.get(r.id) ?? OFF_CLOCK));
}

export function getEmployee(ctx: Ctx, staffId: number): Employee {
  const row = staffRow(ctx.db, staffId);
  return toEmployee(row, clockSummaries(ctx.db, [staffId], ctx.nowDate()).get(staffId) ?? OFF_CLOCK);
}

/** What the audit log keeps of a person: the record without clock state and without any secret. */
export function auditedEmployee(db: Database.Database, staffId: number): Record<string, unknown> {
  const { clockState: _s, clockSince: _c, forgottenClockOut: _f, ...rest } = toEmployee(staffRow(db, staffId), OFF_CLOCK);
  return rest;
}

/** A role's permissions in the order of PERMISSIONS (the matrix's column order). */
export function rolePermissions(db: Database.Database, roleId: number): Permission[] {
  const held = new Set(db.prepare('SELECT permission FROM role_permissions WHERE role_id = ?').pluck().all(roleId) as string[]);
  return PERMISSIONS.filter((p) => held.has(p));
}

export interface RoleRow { id: number; key: string; name: string; preset: number }

export function roleRow(db: Database.Database, roleId: number): RoleRow {
  const row = db.prepare('SELECT id, key, name, preset FROM roles WHERE id = ?').get(roleId) as RoleRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Role ${roleId} not found`, { details: { field: 'roleId', reason: 'roleNotFound' } });
  return row;
}
