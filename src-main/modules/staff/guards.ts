/**
 * The rules that keep staff management from locking the shop out or raising anyone above the
 * person making the change. Each runs inside the command's transaction; a refusal rolls back.
 */
import type Database from 'better-sqlite3';
import type { Permission } from '../../../src-shared/permissions';
import { requireSession, type Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { rolePermissions, staffRow } from './read';

/** Nobody grants (or hands out through a role) a permission they do not hold themselves. */
export function refuseGrantingOwnLack(ctx: Ctx, permissions: readonly Permission[], field: string): void {
  const held = requireSession(ctx).permissions;
  const lacking = permissions.filter((p) => !held.has(p));
  if (lacking.length > 0) {
    throw new AppError('FORBIDDEN', `You cannot grant permissions you do not hold yourself: ${lacking.join(', ')}.`, {
      details: { field, reason: 'cannotGrantOwnLack', permissions: lacking.join(', ') },
    });
  }
}

/**
 * Changing a person whose role holds more than the caller's would let the caller take it over
 * (reset their PIN, then sign in as them); only someone holding all of it may.
 */
export function refuseHigherTarget(ctx: Ctx, staffId: number): void {
  const held = requireSession(ctx).permissions;
  const target = staffRow(ctx.db, staffId);
  if (rolePermissions(ctx.db, target.role_id).some((p) => !held.has(p))) {
    throw new AppError('FORBIDDEN', `${target.name} holds permissions you do not; only someone holding them may change this person.`, {
      details: { reason: 'cannotManageHigherRole', name: target.name },
    });
  }
}

/**
 * After a change, at least one active person who can sign in must still hold `staff.manage`:
 * otherwise nobody could ever manage staff, roles or PINs again.
 */
export function assertStaffManagerRemains(db: Database.Database): void {
  const managers = db.prepare(
    `SELECT count(*) FROM staff s JOIN role_permissions rp ON rp.role_id = s.role_id AND rp.permission = 'staff.manage'
     WHERE s.active = 1 AND (s.pin_lookup IS NOT NULL OR s.password_hash IS NOT NULL)`,
  ).pluck().get() as number;
  if (managers === 0) {
    throw new AppError('CONFLICT', 'This would leave nobody active who can manage staff; someone must keep that permission.', {
      details: { reason: 'lastStaffManager' },
    });
  }
}
