/** Employees: create, change, PIN and password, leaving and coming back; secrets never leave the database. */
import { logicalDump, testCore } from '../helpers/core';

const LENA = 3;
const MARKUS = 2;
const OWNER = 1;

function demo() {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  return t;
}

/** Every stored secret: password hashes and PIN lookups. None may appear in any answer or audit row. */
function secrets(t: ReturnType<typeof testCore>): string[] {
  const rows = t.core.db.prepare('SELECT password_hash, pin_lookup FROM staff').all() as { password_hash: string | null; pin_lookup: string | null }[];
  return rows.flatMap((r) => [r.password_hash, r.pin_lookup]).filter((s): s is string => s !== null);
}

function expectNoSecret(t: ReturnType<typeof testCore>, ...outputs: unknown[]) {
  const auditText = JSON.stringify(t.core.db.prepare('SELECT * FROM audit_log').all());
  for (const secret of secrets(t)) {
    for (const output of outputs) expect(JSON.stringify(output)).not.toContain(secret);
    expect(auditText).not.toContain(secret);
  }
  for (const output of [...outputs, auditText]) expect(JSON.stringify(output)).not.toMatch(/scrypt\$|password_?hash|pin_?lookup|"pin":|"password":/i);
}

test('a new person with contract data, PIN and back-office sign-in; the answer and the audit hold no secret', () => {
  const t = demo();
  const { staffId } = t.call('staff.create', {
    name: 'Tom Berg', roleId: 3, email: 'tom@example.com', phone: '030 123', address: 'Weg 1', birthDate: '1990-04-01', notes: 'Aushilfe',
    language: 'de', startDate: '2026-01-01', weeklyMinutes: 1200, workDays: [3, 1, 2], hourlyWageCents: 1400, vacationDaysPerYear: 24,
    pin: '4711', username: 'Tom', password: 'long-enough-1',
  });
  const tom = t.call('staff.get', { staffId });
  expect(tom).toMatchObject({
    id: staffId, name: 'Tom Berg', roleId: 3, roleKey: 'cashier', roleName: null, username: 'tom', hasPin: true, hasPassword: true, active: true,
    email: 'tom@example.com', birthDate: '1990-04-01', language: 'de', startDate: '2026-01-01', endDate: null, weeklyMinutes: 1200,
    workDays: [1, 2, 3], hourlyWageCents: 1400, vacationDaysPerYear: 24, clockState: 'off',
  });
  expect(t.core.db.prepare('SELECT work_days FROM staff WHERE id = ?').pluck().get(staffId)).toBe('123');
  const list = t.call('staff.list', { includeInactive: false });
  expect(list.map((s) => s.name)).toContain('Tom Berg');
  const [audit] = t.call('audit.list', { action: 'staff.create' });
  expect(audit).toMatchObject({ subject: `staff:${staffId}`, after: { name: 'Tom Berg', hasPin: true, hasPassword: true, username: 'tom' } });
  expectNoSecret(t, tom, list, audit);

  expect(t.call('auth.signIn', { pin: '4711' }).session.name).toBe('Tom Berg');
  expect(t.call('auth.signIn', { username: 'tom', password: 'long-enough-1' }).session.name).toBe('Tom Berg');
  t.close();
});

test('a person needs only a name and a role; work days default to Monday to Friday', () => {
  const t = demo();
  const { staffId } = t.call('staff.create', { name: 'Ida Neu', roleId: 4 });
  expect(t.call('staff.get', { staffId })).toMatchObject({ roleKey: 'workshop', hasPin: false, hasPassword: false, username: null, workDays: [1, 2, 3, 4, 5] });
  t.close();
});

test('bad input is refused with a clear reason and writes nothing', () => {
  const t = demo();
  const before = logicalDump(t.core.db);
  const refused = (channel: string, input: unknown) => t.invoke(channel, input) as { ok: false; error: { code: string; details?: Record<string, unknown> } };
  expect(refused('staff.create', { name: 'X', roleId: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'roleNotFound' } } });
  expect(refused('staff.create', { name: 'X', roleId: 3, pin: '1111' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'pin', reason: 'pinTaken' } } });
  expect(refused('staff.create', { name: 'X', roleId: 3, username: 'OWNER', password: 'long-enough-1' }))
    .toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'username', reason: 'usernameTaken' } } });
  expect(refused('staff.update', { staffId: 99, name: 'X', roleId: 3 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'staffNotFound' } } });
  expect(refused('staff.update', { staffId: LENA, name: 'Lena', roleId: 42 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(refused('staff.setPin', { staffId: LENA, pin: '2222' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'pinTaken' } } });
  expect(refused('staff.setPassword', { staffId: LENA, login: { username: 'owner', password: 'long-enough-1' } }))
    .toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'usernameTaken' } } });
  expect(logicalDump(t.core.db)).toBe(before);

  // A start after the last working day, either way round.
  t.call('staff.setActive', { staffId: LENA, active: false, endDate: '2026-01-10' });
  const afterLeaving = logicalDump(t.core.db);
  expect(refused('staff.update', { staffId: LENA, name: 'Lena Schulz', roleId: 3, startDate: '2026-02-01' }))
    .toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'startDate', reason: 'startAfterEnd' } } });
  t.call('staff.setActive', { staffId: LENA, active: true });
  const back = logicalDump(t.core.db);
  expect(refused('staff.setActive', { staffId: LENA, active: false, endDate: '2024-01-01' }))
    .toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'endDate', reason: 'startAfterEnd' } } });
  expect(logicalDump(t.core.db)).toBe(back);
  expect(afterLeaving).not.toBe(back);
  t.close();
});

test('an update changes what is sent, keeps what is left out, clears what is null, and audits only the change', () => {
  const t = demo();
  const lena = t.call('staff.get', { staffId: LENA });
  t.call('staff.update', { staffId: LENA, name: 'Lena Schulz-Berg', roleId: 3, phone: '0171 555', hourlyWageCents: null, workDays: [5, 1] });
  const after = t.call('staff.get', { staffId: LENA });
  expect(after).toMatchObject({ name: 'Lena Schulz-Berg', phone: '0171 555', hourlyWageCents: null, workDays: [1, 5], startDate: lena.startDate, vacationDaysPerYear: lena.vacationDaysPerYear });
  const [audit] = t.call('audit.list', { action: 'staff.update' });
  expect(audit!.before).toEqual({ name: 'Lena Schulz', phone: null, workDays: lena.workDays, hourlyWageCents: lena.hourlyWageCents });
  expect(audit!.after).toEqual({ name: 'Lena Schulz-Berg', phone: '0171 555', workDays: [1, 5], hourlyWageCents: null });
  // Nothing changed: no audit row.
  t.call('staff.update', { staffId: LENA, name: 'Lena Schulz-Berg', roleId: 3 });
  expect(t.call('audit.list', { action: 'staff.update' })).toHaveLength(1);
  t.close();
});

test('a PIN reset: the new PIN signs in, the old one fails, the lockout is lifted; removing it is audited without values', () => {
  const t = demo();
  for (let i = 0; i < 5; i++) t.invoke('auth.signIn', { pin: '9999', staffId: LENA });
  expect(t.invoke('auth.signIn', { pin: '1111', staffId: LENA })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
  t.signInOwner();
  t.call('staff.setPin', { staffId: LENA, pin: '5555' });
  expect(t.invoke('auth.signIn', { pin: '1111' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(t.call('auth.signIn', { pin: '5555', staffId: LENA }).session.name).toBe('Lena Schulz');
  t.signInOwner();
  t.call('staff.setPin', { staffId: LENA, pin: null });
  expect(t.invoke('auth.signIn', { pin: '5555' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  t.signInOwner();
  expect(t.call('staff.get', { staffId: LENA }).hasPin).toBe(false);
  expect(t.call('audit.list', { action: 'staff.pin.set' })[0]).toMatchObject({ subject: `staff:${LENA}`, before: { hasPin: true }, after: { hasPin: true } });
  expect(t.call('audit.list', { action: 'staff.pin.removed' })).toHaveLength(1);
  expect(JSON.stringify(t.core.db.prepare('SELECT * FROM audit_log').all())).not.toMatch(/5555|1111/);
  t.close();
});

test('a password is set and removed; the old one stops working', () => {
  const t = demo();
  t.call('staff.setPassword', { staffId: LENA, login: { username: 'lena', password: 'first-password' } });
  expect(t.call('auth.signIn', { username: 'lena', password: 'first-password' }).session.name).toBe('Lena Schulz');
  t.signInOwner();
  t.call('staff.setPassword', { staffId: LENA, login: { username: 'lena', password: 'second-password' } });
  expect(t.invoke('auth.signIn', { username: 'lena', password: 'first-password' })).toMatchObject({ ok: false });
  expect(t.call('auth.signIn', { username: 'lena', password: 'second-password' }).session.name).toBe('Lena Schulz');
  t.signInOwner();
  t.call('staff.setPassword', { staffId: LENA, login: null });
  expect(t.call('staff.get', { staffId: LENA })).toMatchObject({ username: null, hasPassword: false });
  expectNoSecret(t, t.call('audit.list', {}));
  t.close();
});

test('leaving ends the sessions and blocks sign-in; history stays; coming back clears the end date', () => {
  const t = demo();
  const lenaToken = t.signInPin('1111');
  t.signInOwner();
  const ownerToken = t.signedToken();
  t.call('staff.setActive', { staffId: LENA, active: false });
  const lena = t.call('staff.get', { staffId: LENA });
  expect(lena).toMatchObject({ active: false, endDate: '2026-01-15' });
  expect(t.call('staff.list', { includeInactive: false }).map((s) => s.id)).not.toContain(LENA);
  expect(t.call('staff.list', { includeInactive: true }).map((s) => s.id)).toContain(LENA);
  expect(t.core.db.prepare('SELECT ended_at FROM sessions WHERE staff_id = ?').pluck().all(LENA)).toEqual(['2026-01-15T09:00:00.000Z']);
  expect(t.call('audit.list', { staffId: LENA }).length).toBeGreaterThan(0);
  expect(t.call('audit.list', { action: 'staff.deactivate' })[0]).toMatchObject({ after: { active: false, endDate: '2026-01-15', sessionsEnded: 1 } });

  t.setToken(lenaToken);
  expect(t.invoke('auth.setLanguage', { language: 'en' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(t.invoke('auth.signIn', { pin: '1111' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(t.call('auth.pinStaff').map((s) => s.name)).not.toContain('Lena Schulz');

  t.setToken(ownerToken);
  expect(t.invoke('staff.setActive', { staffId: LENA, active: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'staffAlreadyInactive' } } });
  t.call('staff.setActive', { staffId: LENA, active: true });
  expect(t.call('staff.get', { staffId: LENA })).toMatchObject({ active: true, endDate: null });
  expect(t.call('auth.signIn', { pin: '1111' }).session.name).toBe('Lena Schulz');
  t.close();
});

test('nobody deactivates themselves, and the last person who can manage staff stays', () => {
  const t = demo();
  const before = logicalDump(t.core.db);
  expect(t.invoke('staff.setActive', { staffId: OWNER, active: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'cannotDeactivateSelf' } } });
  // The owner is the only one with staff.manage: moving them to another role, or taking their
  // only way to sign in, is refused.
  expect(t.invoke('staff.update', { staffId: OWNER, name: 'Owner', roleId: 2 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'lastStaffManager' } } });
  expect(t.invoke('staff.setPassword', { staffId: OWNER, login: null })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'lastStaffManager' } } });
  expect(logicalDump(t.core.db)).toBe(before);

  // With Markus made a second owner, the first may step down to manager.
  t.call('staff.update', { staffId: MARKUS, name: 'Markus Wolf', roleId: 1 });
  t.call('staff.update', { staffId: OWNER, name: 'Owner', roleId: 2 });
  expect(t.invoke('staff.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  t.signInPin('2222');
  expect(t.invoke('staff.setActive', { staffId: MARKUS, active: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'cannotDeactivateSelf' } } });
  t.call('staff.setActive', { staffId: OWNER, active: false });
  t.close();
});

test('the list shows where each person stands on the time clock', () => {
  const t = demo();
  t.call('timeclock.punch', { pin: '1111', staffId: LENA, action: 'in' });
  const rows = t.call('staff.list', { includeInactive: false });
  expect(rows.find((r) => r.id === LENA)).toMatchObject({ clockState: 'in', clockSince: '2026-01-15T09:00:00.000Z', forgottenClockOut: null });
  // The demo's manager forgot to clock out on the last working day.
  expect(rows.find((r) => r.id === MARKUS)?.forgottenClockOut).toEqual(expect.any(String));
  expect(rows.find((r) => r.id === OWNER)).toMatchObject({ clockState: 'off', clockSince: null });
  expect(t.call('staff.get', { staffId: LENA }).clockState).toBe('in');
  t.close();
});
