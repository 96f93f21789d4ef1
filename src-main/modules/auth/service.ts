/**
 * Sign-in, sessions and lockout. A wrong PIN or password counts against its subject (the chosen
 * staff member, or the PIN pad when no one was chosen, or the user name); after the configured
 * number of consecutive failures the subject is locked for a while and the lockout is audited.
 */
import type Database from 'better-sqlite3';
import type { PinStaff, SessionInfo, SignInResult } from '../../../src-shared/contract/auth';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Permission } from '../../../src-shared/permissions';
import type { Language } from '../../../src-shared/countries';
import type { Ctx, Session } from '../../core/context';
import { AppError, CommandFailure } from '../../core/errors';
import { getSecurity } from '../settings/service';
import { newToken, pinLookup, tokenHash, verifyPassword } from './secrets';
import { installKey } from './staff';

export interface StaffRow { id: number; name: string; password_hash: string | null; role: string; language: string | null }

const STAFF_SELECT = `SELECT s.id, s.name, s.password_hash, r.key AS role, s.language
  FROM staff s JOIN roles r ON r.id = s.role_id WHERE s.active = 1`;

function permissionsOf(db: Database.Database, staffId: number): Permission[] {
  return db.prepare(
    'SELECT rp.permission FROM role_permissions rp JOIN staff s ON s.role_id = rp.role_id WHERE s.id = ? ORDER BY rp.permission',
  ).pluck().all(staffId) as Permission[];
}

export function resolveSession(db: Database.Database, token: string, now: string): Session | null {
  const hash = tokenHash(token);
  const row = db.prepare(
    `SELECT se.token_hash, se.expires_at, st.id, st.name, st.language, r.key AS role
     FROM sessions se JOIN staff st ON st.id = se.staff_id JOIN roles r ON r.id = st.role_id
     WHERE se.token_hash = ? AND se.ended_at IS NULL AND se.expires_at > ? AND st.active = 1`,
  ).get(hash, now) as { token_hash: string; expires_at: string; id: number; name: string; language: string | null; role: string } | undefined;
  if (!row) return null;
  return {
    tokenHash: row.token_hash, staffId: row.id, name: row.name, role: row.role, language: row.language,
    expiresAt: row.expires_at, permissions: new Set(permissionsOf(db, row.id)),
  };
}

export function sessionInfo(session: Session): SessionInfo {
  return {
    staffId: session.staffId, name: session.name, role: session.role, permissions: [...session.permissions].sort(),
    language: (session.language as Language | null) ?? null, expiresAt: session.expiresAt,
  };
}

function lockedUntil(ctx: Ctx, subject: string): string | null {
  const row = ctx.db.prepare('SELECT locked_until FROM sign_in_failures WHERE subject = ?').get(subject) as { locked_until: string | null } | undefined;
  return row?.locked_until && row.locked_until > ctx.now() ? row.locked_until : null;
}

function lockedOut(until: string): AppError {
  return new AppError('LOCKED_OUT', `Too many wrong attempts. Sign-in is locked until ${until}.`, { details: { lockedUntil: until } });
}

function recordFailure(ctx: Ctx, subject: string): CommandFailure {
  const { pinMaxAttempts, pinLockMinutes } = getSecurity(ctx);
  const row = ctx.db.prepare('SELECT failures, locked_until FROM sign_in_failures WHERE subject = ?').get(subject) as
    { failures: number; locked_until: string | null } | undefined;
  // A lock that has run out starts a fresh count.
  const previous = row && !(row.locked_until && row.locked_until <= ctx.now()) ? row.failures : 0;
  const failures = previous + 1;
  const lock = failures >= pinMaxAttempts ? new Date(ctx.nowDate().getTime() + pinLockMinutes * 60_000).toISOString() : null;
  ctx.db.prepare(
    `INSERT INTO sign_in_failures (subject, failures, locked_until) VALUES (?, ?, ?)
     ON CONFLICT(subject) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
  ).run(subject, lock ? 0 : failures, lock);
  ctx.audit('auth.signIn.failed', subject, undefined, { failures });
  if (lock) {
    ctx.audit('auth.lockout', subject, undefined, { lockedUntil: lock, attempts: failures });
    return new CommandFailure(lockedOut(lock));
  }
  return new CommandFailure(new AppError('UNAUTHENTICATED', 'Wrong PIN or password.', { details: { attemptsLeft: pinMaxAttempts - failures } }));
}

function clearFailures(ctx: Ctx, subject: string): void {
  ctx.db.prepare('DELETE FROM sign_in_failures WHERE subject = ?').run(subject);
}

/**
 * Identifies a person by PIN (at their tile when `staffId` is given). A wrong PIN counts against
 * the tile or the PIN pad and may lock it; the answer is then a CommandFailure, which the registry
 * commits so the count sticks. A right PIN clears the count. Used by sign-in and the time clock.
 */
export function identifyByPin(ctx: Ctx, pin: string, staffId?: number): StaffRow | CommandFailure {
  const subject = staffId ? `staff:${staffId}` : 'pinpad';
  const until = lockedUntil(ctx, subject);
  if (until) return new CommandFailure(lockedOut(until));
  const staff = ctx.db.prepare(`${STAFF_SELECT} AND s.pin_lookup = ?`).get(pinLookup(installKey(ctx.db), pin)) as StaffRow | undefined;
  if (!staff || (staffId && staff.id !== staffId)) return recordFailure(ctx, subject);
  // A person locked at their tile stays locked when the PIN is typed without choosing a tile.
  const staffLock = lockedUntil(ctx, `staff:${staff.id}`);
  if (staffLock) return new CommandFailure(lockedOut(staffLock));
  clearFailures(ctx, subject);
  return staff;
}

function startSession(ctx: Ctx, staff: StaffRow, method: 'pin' | 'password'): SignInResult {
  const { sessionHours } = getSecurity(ctx);
  const token = newToken();
  const expiresAt = new Date(ctx.nowDate().getTime() + sessionHours * 3_600_000).toISOString();
  ctx.db.prepare('INSERT INTO sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
    .run(tokenHash(token), staff.id, ctx.now(), expiresAt);
  ctx.db.prepare('INSERT INTO audit_log (at, staff_id, action, subject, after) VALUES (?, ?, ?, ?, ?)')
    .run(ctx.now(), staff.id, 'auth.signIn', `staff:${staff.id}`, JSON.stringify({ method }));
  const session: Session = {
    tokenHash: tokenHash(token), staffId: staff.id, name: staff.name, role: staff.role, language: staff.language,
    expiresAt, permissions: new Set(permissionsOf(ctx.db, staff.id)),
  };
  return { token, session: sessionInfo(session) };
}

export function signIn(ctx: Ctx, input: ParsedInput<'auth.signIn'>): SignInResult | CommandFailure {
  if ('pin' in input) {
    const staff = identifyByPin(ctx, input.pin, input.staffId);
    return staff instanceof CommandFailure ? staff : startSession(ctx, staff, 'pin');
  }
  const subject = `user:${input.username}`;
  const until = lockedUntil(ctx, subject);
  if (until) return new CommandFailure(lockedOut(until));
  const staff = ctx.db.prepare(`${STAFF_SELECT} AND s.username = ?`).get(input.username) as StaffRow | undefined;
  if (!staff?.password_hash || !verifyPassword(input.password, staff.password_hash)) return recordFailure(ctx, subject);
  clearFailures(ctx, subject);
  return startSession(ctx, staff, 'password');
}

export function signOut(ctx: Ctx, session: Session): null {
  ctx.db.prepare('UPDATE sessions SET ended_at = ? WHERE token_hash = ?').run(ctx.now(), session.tokenHash);
  ctx.audit('auth.signOut', `staff:${session.staffId}`);
  return null;
}

export function pinStaff(ctx: Ctx): PinStaff[] {
  const rows = ctx.db.prepare(
    `SELECT s.id, s.name, f.locked_until FROM staff s LEFT JOIN sign_in_failures f ON f.subject = 'staff:' || s.id
     WHERE s.active = 1 AND s.pin_lookup IS NOT NULL ORDER BY s.name COLLATE NOCASE`,
  ).all() as { id: number; name: string; locked_until: string | null }[];
  const now = ctx.now();
  return rows.map((r) => ({ id: r.id, name: r.name, lockedUntil: r.locked_until && r.locked_until > now ? r.locked_until : null }));
}

export function setLanguage(ctx: Ctx, session: Session, language: Language): null {
  ctx.db.prepare('UPDATE staff SET language = ? WHERE id = ?').run(language, session.staffId);
  return null;
}
