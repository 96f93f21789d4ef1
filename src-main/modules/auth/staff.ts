/** Roles and staff records, as the setup and demo create them (the staff module extends this). */
import type Database from 'better-sqlite3';
import { PRESET_ROLES, ROLE_KEYS, type RoleKey } from '../../../src-shared/permissions';
import type { Language } from '../../../src-shared/countries';
import { AppError } from '../../core/errors';
import { readSetting, writeSetting } from '../settings/app-settings';
import { hashPassword, newInstallKey, pinLookup } from './secrets';

export function ensurePresetRoles(db: Database.Database): void {
  const insertRole = db.prepare('INSERT OR IGNORE INTO roles (key, name, preset) VALUES (?, ?, 1)');
  const roleId = db.prepare('SELECT id FROM roles WHERE key = ?').pluck();
  const grant = db.prepare('INSERT OR IGNORE INTO role_permissions (role_id, permission) VALUES (?, ?)');
  for (const key of ROLE_KEYS) {
    insertRole.run(key, key);
    const id = roleId.get(key) as number;
    for (const permission of PRESET_ROLES[key]) grant.run(id, permission);
  }
}

/** The per-install key PINs are looked up under; created on first use. */
export function installKey(db: Database.Database): string {
  let key = readSetting(db, 'installKey');
  if (!key) {
    key = newInstallKey();
    writeSetting(db, 'installKey', key);
  }
  return key;
}

export interface NewStaff {
  name: string;
  role: RoleKey;
  username?: string;
  password?: string;
  pin?: string;
  language?: Language;
}

/** A person with a role named by key (setup, the demo and tests). */
export function createStaff(db: Database.Database, staff: NewStaff, now: string): number {
  const roleId = db.prepare('SELECT id FROM roles WHERE key = ?').pluck().get(staff.role) as number | undefined;
  if (roleId === undefined) throw new AppError('NOT_FOUND', `Role ${staff.role} not found`);
  return insertStaff(db, { ...staff, roleId }, now);
}

/** Refuses a PIN someone else (active or not) already has: PINs identify people on their own. */
export function refusePinTaken(db: Database.Database, lookup: string, exceptStaffId: number | null): void {
  if (db.prepare('SELECT 1 FROM staff WHERE pin_lookup = ? AND id IS NOT ?').get(lookup, exceptStaffId)) {
    throw new AppError('CONFLICT', 'This PIN is already taken; choose another.', { details: { field: 'pin', reason: 'pinTaken' } });
  }
}

export function refuseUsernameTaken(db: Database.Database, username: string, exceptStaffId: number | null): void {
  if (db.prepare('SELECT 1 FROM staff WHERE username = ? AND id IS NOT ?').get(username, exceptStaffId)) {
    throw new AppError('CONFLICT', 'This user name is already taken.', { details: { field: 'username', reason: 'usernameTaken' } });
  }
}

/** Inserts a person with an existing role id; PIN and user name must be free. */
export function insertStaff(db: Database.Database, staff: Omit<NewStaff, 'role'> & { roleId: number }, now: string): number {
  const lookup = staff.pin ? pinLookup(installKey(db), staff.pin) : null;
  if (lookup) refusePinTaken(db, lookup, null);
  if (staff.username) refuseUsernameTaken(db, staff.username, null);
  const { lastInsertRowid } = db.prepare(
    'INSERT INTO staff (name, username, password_hash, pin_lookup, role_id, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(staff.name, staff.username ?? null, staff.password ? hashPassword(staff.password) : null, lookup, staff.roleId, staff.language ?? null, now);
  return Number(lastInsertRowid);
}
