/**
 * The roles × permissions matrix. Presets keep their key ('owner' …) and are translated by the UI;
 * roles the owner adds are keyed 'custom:<id>' and carry the owner's name. A change takes effect
 * on the next command, because every command reads the caller's permissions afresh.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { Role } from '../../../src-shared/contract/staff';
import { PERMISSIONS, type Permission } from '../../../src-shared/permissions';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { assertStaffManagerRemains, refuseGrantingOwnLack } from './guards';
import { rolePermissions, roleRow } from './read';

/** Without these the owner could lock themselves out of the back office or of managing staff. */
const OWNER_KEEPS: readonly Permission[] = ['staff.manage', 'backoffice.access'];

const inMatrixOrder = (permissions: readonly Permission[]): Permission[] => PERMISSIONS.filter((p) => permissions.includes(p));

export function listRoles(ctx: Ctx): Role[] {
  const rows = ctx.db.prepare(
    `SELECT r.id, r.key, r.name, r.preset, (SELECT count(*) FROM staff s WHERE s.role_id = r.id AND s.active = 1) AS staffCount
     FROM roles r ORDER BY r.preset DESC, CASE WHEN r.preset = 1 THEN r.id END, r.name COLLATE NOCASE, r.id`,
  ).all() as { id: number; key: string; name: string; preset: number; staffCount: number }[];
  return rows.map((r) => ({
    id: r.id, key: r.key, name: r.preset ? null : r.name, preset: r.preset === 1, permissions: rolePermissions(ctx.db, r.id), staffCount: r.staffCount,
  }));
}

/** Custom role names are unique regardless of case, also beyond ASCII ("KÜCHE" = "Küche"). */
function refuseTakenName(ctx: Ctx, name: string): void {
  const wanted = name.toLocaleLowerCase('de');
  const names = ctx.db.prepare('SELECT name FROM roles WHERE preset = 0').pluck().all() as string[];
  if (names.some((n) => n.toLocaleLowerCase('de') === wanted)) {
    throw new AppError('CONFLICT', `A role named "${name}" exists already.`, { details: { field: 'name', reason: 'roleNameTaken', name } });
  }
}

function grant(ctx: Ctx, roleId: number, permissions: readonly Permission[]): void {
  const insert = ctx.db.prepare('INSERT INTO role_permissions (role_id, permission) VALUES (?, ?)');
  for (const permission of permissions) insert.run(roleId, permission);
}

export function createRole(ctx: Ctx, input: ParsedInput<'staff.roles.create'>): { roleId: number } {
  const permissions = inMatrixOrder(input.permissions);
  refuseGrantingOwnLack(ctx, permissions, 'permissions');
  refuseTakenName(ctx, input.name);
  // The key names the row's own id, so it is chosen before inserting (inside this write transaction).
  const roleId = (ctx.db.prepare('SELECT coalesce(max(id), 0) + 1 FROM roles').pluck().get() as number);
  ctx.db.prepare('INSERT INTO roles (id, key, name, preset) VALUES (?, ?, ?, 0)').run(roleId, `custom:${roleId}`, input.name);
  grant(ctx, roleId, permissions);
  ctx.audit('staff.roles.create', `role:${roleId}`, undefined, { name: input.name, permissions });
  return { roleId };
}

export function setRolePermissions(ctx: Ctx, input: ParsedInput<'staff.roles.setPermissions'>): null {
  const role = roleRow(ctx.db, input.roleId);
  const before = rolePermissions(ctx.db, role.id);
  const after = inMatrixOrder(input.permissions);
  const missing = OWNER_KEEPS.filter((p) => !after.includes(p));
  if (role.key === 'owner' && missing.length > 0) {
    throw new AppError('CONFLICT', `The owner role always keeps ${OWNER_KEEPS.join(' and ')}.`, {
      details: { field: 'permissions', reason: 'ownerKeepsRoleManagement', permissions: missing.join(', ') },
    });
  }
  refuseGrantingOwnLack(ctx, after.filter((p) => !before.includes(p)), 'permissions');
  ctx.db.prepare('DELETE FROM role_permissions WHERE role_id = ?').run(role.id);
  grant(ctx, role.id, after);
  assertStaffManagerRemains(ctx.db);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    ctx.audit('staff.roles.permissions', `role:${role.id}`, { permissions: before }, { permissions: after });
  }
  return null;
}
