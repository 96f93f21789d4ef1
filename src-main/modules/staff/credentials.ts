/**
 * A person's ways to sign in: the PIN (counter, time clock) and the back-office user name with
 * password. Values are stored only as hashes; neither they nor the hashes reach the audit log.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { hashPassword, pinLookup } from '../auth/secrets';
import { installKey, refusePinTaken, refuseUsernameTaken } from '../auth/staff';
import { assertStaffManagerRemains, refuseHigherTarget } from './guards';
import { staffRow } from './read';

export function setPin(ctx: Ctx, input: ParsedInput<'staff.setPin'>): null {
  const row = staffRow(ctx.db, input.staffId);
  refuseHigherTarget(ctx, input.staffId);
  const subject = `staff:${input.staffId}`;
  if (input.pin === null) {
    ctx.db.prepare('UPDATE staff SET pin_lookup = NULL WHERE id = ?').run(input.staffId);
    assertStaffManagerRemains(ctx.db);
    ctx.audit('staff.pin.removed', subject, { hasPin: row.has_pin === 1 }, { hasPin: false });
    return null;
  }
  const lookup = pinLookup(installKey(ctx.db), input.pin);
  refusePinTaken(ctx.db, lookup, input.staffId);
  ctx.db.prepare('UPDATE staff SET pin_lookup = ? WHERE id = ?').run(lookup, input.staffId);
  // A new PIN is a fresh start: the lockout earned with the old one no longer applies.
  ctx.db.prepare('DELETE FROM sign_in_failures WHERE subject = ?').run(subject);
  ctx.audit('staff.pin.set', subject, { hasPin: row.has_pin === 1 }, { hasPin: true });
  return null;
}

export function setPassword(ctx: Ctx, input: ParsedInput<'staff.setPassword'>): null {
  const row = staffRow(ctx.db, input.staffId);
  refuseHigherTarget(ctx, input.staffId);
  const subject = `staff:${input.staffId}`;
  const before = { username: row.username, hasPassword: row.has_password === 1 };
  if (input.login === null) {
    ctx.db.prepare('UPDATE staff SET username = NULL, password_hash = NULL WHERE id = ?').run(input.staffId);
    assertStaffManagerRemains(ctx.db);
    ctx.audit('staff.password.removed', subject, before, { username: null, hasPassword: false });
    return null;
  }
  const { username, password } = input.login;
  refuseUsernameTaken(ctx.db, username, input.staffId);
  ctx.db.prepare('UPDATE staff SET username = ?, password_hash = ? WHERE id = ?').run(username, hashPassword(password), input.staffId);
  // Failures counted against the user name are forgiven with the new password.
  ctx.db.prepare('DELETE FROM sign_in_failures WHERE subject = ?').run(`user:${username}`);
  ctx.audit('staff.password.set', subject, before, { username, hasPassword: true });
  return null;
}
