import fs from 'node:fs';
import { hashPassword, verifyPassword } from '../../src-main/modules/auth/secrets';
import { testCore } from '../helpers/core';

function pinStaffId(t: ReturnType<typeof testCore>, name: string): number {
  return t.call('auth.pinStaff').find((s) => s.name === name)!.id;
}

describe('PIN sign-in and lockout', () => {
  test('a cashier signs in with the PIN alone or at their tile', () => {
    const t = testCore();
    t.loadDemo();
    const lena = pinStaffId(t, 'Lena Schulz');
    expect(t.call('auth.signIn', { pin: '1111' }).session).toMatchObject({ name: 'Lena Schulz', role: 'cashier', permissions: ['counter.sell'] });
    expect(t.call('auth.signIn', { pin: '1111', staffId: lena }).session.name).toBe('Lena Schulz');
    // Markus's PIN at Lena's tile is a failure, not a sign-in as Markus.
    expect(t.invoke('auth.signIn', { pin: '2222', staffId: lena })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    t.close();
  });

  test('five wrong PINs lock that person for the configured time, and the lockout is audited', () => {
    const t = testCore();
    t.loadDemo();
    const lena = pinStaffId(t, 'Lena Schulz');
    for (let i = 1; i <= 4; i++) {
      const r = t.invoke('auth.signIn', { pin: '9999', staffId: lena });
      expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', details: { attemptsLeft: 5 - i } } });
    }
    expect(t.invoke('auth.signIn', { pin: '9999', staffId: lena })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    // The right PIN is refused while locked, at the tile and without it.
    expect(t.invoke('auth.signIn', { pin: '1111', staffId: lena })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    expect(t.invoke('auth.signIn', { pin: '1111' })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    expect(t.call('auth.pinStaff').find((s) => s.id === lena)?.lockedUntil).toBe('2026-01-15T09:05:00.000Z');
    // Others are not affected.
    expect(t.call('auth.signIn', { pin: '2222' }).session.name).toBe('Markus Wolf');

    t.clock.advance(5 * 60_000 + 1);
    expect(t.call('auth.signIn', { pin: '1111', staffId: lena }).session.name).toBe('Lena Schulz');

    t.signInOwner();
    const lockouts = t.call('audit.list', { action: 'auth.lockout' });
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]).toMatchObject({ subject: `staff:${lena}`, after: { attempts: 5 } });
    expect(t.call('audit.list', { action: 'auth.signIn.failed' }).length).toBe(5);
    t.close();
  });

  test('the lockout threshold and duration are configurable', () => {
    const t = testCore();
    t.loadDemo();
    t.signInOwner();
    t.call('settings.security.update', { pinMaxAttempts: 3, pinLockMinutes: 30, sessionHours: 8 });
    for (let i = 0; i < 2; i++) t.invoke('auth.signIn', { pin: '0000' });
    const third = t.invoke('auth.signIn', { pin: '0000' });
    expect(third).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', details: { lockedUntil: '2026-01-15T09:30:00.000Z' } } });
    t.close();
  });

  test('a successful sign-in resets the count', () => {
    const t = testCore();
    t.loadDemo();
    for (let i = 0; i < 4; i++) t.invoke('auth.signIn', { pin: '0000' });
    t.call('auth.signIn', { pin: '1111' });
    for (let i = 0; i < 4; i++) expect(t.invoke('auth.signIn', { pin: '0000' })).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    t.close();
  });
});

describe('passwords', () => {
  test('the owner signs in with user name and password; a wrong password fails', () => {
    const t = testCore();
    t.loadDemo();
    expect(t.call('auth.signIn', { username: 'OWNER', password: 'kontor-demo' }).session.role).toBe('owner');
    expect(t.invoke('auth.signIn', { username: 'owner', password: 'wrong-password' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(t.invoke('auth.signIn', { username: 'nobody', password: 'wrong-password' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    t.close();
  });

  test('passwords and PINs are stored only as hashes', () => {
    const t = testCore();
    t.loadDemo();
    const rows = t.core.db.prepare('SELECT password_hash, pin_lookup FROM staff').all() as { password_hash: string | null; pin_lookup: string | null }[];
    const owner = rows.find((r) => r.password_hash)!;
    expect(owner.password_hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    const raw = JSON.stringify(t.core.db.prepare('SELECT * FROM staff').all());
    expect(raw).not.toContain('kontor-demo');
    expect(raw).not.toMatch(/"1111"|"2222"/);
    const file = fs.readFileSync(t.core.file);
    expect(file.includes(Buffer.from('kontor-demo'))).toBe(false);
    t.close();
  });

  test('scrypt hashes are salted and verify', () => {
    const a = hashPassword('correct horse battery');
    const b = hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    expect(verifyPassword('correct horse battery', a)).toBe(true);
    expect(verifyPassword('correct horse batterY', a)).toBe(false);
    expect(verifyPassword('x', 'md5$abc')).toBe(false);
  });
});

describe('sessions', () => {
  test('sessions expire after the configured hours', () => {
    const t = testCore();
    t.loadDemo();
    t.signInPin('1111');
    expect(t.call('auth.session')?.expiresAt).toBe('2026-01-15T21:00:00.000Z');
    t.clock.advance(12 * 3_600_000 - 1000);
    expect(t.call('auth.session')?.name).toBe('Lena Schulz');
    t.clock.advance(2000);
    expect(t.call('auth.session')).toBeNull();
    expect(t.invoke('settings.vatRates.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    t.close();
  });

  test('signing out ends the session for good', () => {
    const t = testCore();
    t.loadDemo();
    const token = t.signInPin('1111');
    t.call('auth.signOut');
    t.setToken(token);
    expect(t.call('auth.session')).toBeNull();
    t.close();
  });

  test('only the token hash is stored', () => {
    const t = testCore();
    t.loadDemo();
    const token = t.signInPin('1111');
    const stored = t.core.db.prepare('SELECT token_hash FROM sessions').pluck().all() as string[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toBe(token);
    expect(stored[0]).toMatch(/^[0-9a-f]{64}$/);
    t.close();
  });

  test('a person keeps their language', () => {
    const t = testCore();
    t.loadDemo();
    t.signInPin('1111');
    t.call('auth.setLanguage', { language: 'en' });
    t.signInPin('1111');
    expect(t.call('auth.session')?.language).toBe('en');
    t.close();
  });
});
