/** Adding and changing people, and their leaving (deactivation) and return. */
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../../src-shared/contract';
import { localDay } from '../../core/clock';
import { requireSession, type Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStaff } from '../auth/staff';
import { assertStaffManagerRemains, refuseGrantingOwnLack, refuseHigherTarget } from './guards';
import { auditedEmployee, rolePermissions, roleRow, staffRow, workDaysText } from './read';

type EmployeeFields = Omit<ParsedInput<'staff.update'>, 'staffId'>;

/** Contract field → staff column. A field left out keeps its value; null (or empty text) clears it. */
const COLUMNS = {
  name: 'name', roleId: 'role_id', email: 'email', phone: 'phone', address: 'address', birthDate: 'birth_date', notes: 'notes',
  language: 'language', startDate: 'start_date', weeklyMinutes: 'weekly_minutes', workDays: 'work_days',
  hourlyWageCents: 'hourly_wage_cents', vacationDaysPerYear: 'vacation_days',
} as const satisfies Record<keyof EmployeeFields, string>;

function writeFields(db: Database.Database, staffId: number, fields: EmployeeFields): void {
  const sets: string[] = [];
  const values: Record<string, unknown> = { staffId };
  for (const [field, column] of Object.entries(COLUMNS) as [keyof EmployeeFields, string][]) {
    const value = fields[field];
    if (value === undefined) continue;
    sets.push(`${column} = @${field}`);
    values[field] = Array.isArray(value) ? workDaysText(value) : value === '' ? null : value;
  }
  if (sets.length > 0) db.prepare(`UPDATE staff SET ${sets.join(', ')} WHERE id = @staffId`).run(values);
}

/** Assigning a role hands out its permissions: the caller must hold them all. */
function refuseRoleAboveCaller(ctx: Ctx, roleId: number): void {
  refuseGrantingOwnLack(ctx, rolePermissions(ctx.db, roleRow(ctx.db, roleId).id), 'roleId');
}

function refuseStartAfterEnd(startDate: string | null, endDate: string | null, field: 'startDate' | 'endDate'): void {
  if (startDate !== null && endDate !== null && startDate > endDate) {
    throw new AppError('VALIDATION', `The start date ${startDate} lies after the end date ${endDate}.`, { details: { field, reason: 'startAfterEnd' } });
  }
}

/** Only the keys whose values differ, so the audit row shows what changed. */
function changed(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])), keys };
}

export function createEmployee(ctx: Ctx, input: ParsedInput<'staff.create'>): { staffId: number } {
  const { pin, username, password, ...fields } = input;
  refuseRoleAboveCaller(ctx, fields.roleId);
  const staffId = insertStaff(ctx.db, { name: fields.name, roleId: fields.roleId, pin, username, password }, ctx.now());
  writeFields(ctx.db, staffId, fields);
  ctx.audit('staff.create', `staff:${staffId}`, undefined, auditedEmployee(ctx.db, staffId));
  return { staffId };
}

export function updateEmployee(ctx: Ctx, input: ParsedInput<'staff.update'>): null {
  const { staffId, ...fields } = input;
  const row = staffRow(ctx.db, staffId);
  refuseHigherTarget(ctx, staffId);
  if (fields.roleId !== row.role_id) refuseRoleAboveCaller(ctx, fields.roleId);
  refuseStartAfterEnd(fields.startDate === undefined ? row.start_date : fields.startDate, row.end_date, 'startDate');
  const before = auditedEmployee(ctx.db, staffId);
  writeFields(ctx.db, staffId, fields);
  assertStaffManagerRemains(ctx.db);
  const diff = changed(before, auditedEmployee(ctx.db, staffId));
  if (diff.keys.length > 0) ctx.audit('staff.update', `staff:${staffId}`, diff.before, diff.after);
  return null;
}

/**
 * Leaving: the person can no longer sign in, their open sessions end at once and their history
 * (sales, time records, audit rows) stays. Coming back clears the end date.
 */
export function setEmployeeActive(ctx: Ctx, input: ParsedInput<'staff.setActive'>): null {
  const row = staffRow(ctx.db, input.staffId);
  refuseHigherTarget(ctx, input.staffId);
  if ((row.active === 1) === input.active) {
    const reason = input.active ? 'staffAlreadyActive' : 'staffAlreadyInactive';
    throw new AppError('CONFLICT', `${row.name} is already ${input.active ? 'active' : 'inactive'}.`, { details: { reason, name: row.name } });
  }
  if (input.active) {
    ctx.db.prepare('UPDATE staff SET active = 1, end_date = NULL WHERE id = ?').run(input.staffId);
    ctx.audit('staff.reactivate', `staff:${input.staffId}`, { active: false, endDate: row.end_date }, { active: true, endDate: null });
    return null;
  }
  if (input.staffId === requireSession(ctx).staffId) {
    throw new AppError('CONFLICT', 'You cannot deactivate yourself.', { details: { reason: 'cannotDeactivateSelf' } });
  }
  const endDate = input.endDate ?? localDay(ctx.nowDate());
  refuseStartAfterEnd(row.start_date, endDate, 'endDate');
  ctx.db.prepare('UPDATE staff SET active = 0, end_date = ? WHERE id = ?').run(endDate, input.staffId);
  const { changes: sessionsEnded } = ctx.db.prepare('UPDATE sessions SET ended_at = ? WHERE staff_id = ? AND ended_at IS NULL')
    .run(ctx.now(), input.staffId);
  assertStaffManagerRemains(ctx.db);
  ctx.audit('staff.deactivate', `staff:${input.staffId}`, { active: true, endDate: row.end_date }, { active: false, endDate, sessionsEnded });
  return null;
}
