import { logicalDump, testCore } from '../helpers/core';

const LENA = 3;
const punch = (t: ReturnType<typeof testCore>, action: string, pin = '1111') => t.invoke('timeclock.punch', { pin, staffId: LENA, action });

describe('the time clock', () => {
  test('in → break → back → out, with minutes for today and the week and the next allowed actions', () => {
    const t = testCore();
    t.loadDemo();
    t.clock.set('2026-01-13T08:00:00.000Z'); // Tuesday
    t.call('timeclock.punch', { pin: '1111', staffId: LENA, action: 'in' });
    t.clock.set('2026-01-13T12:00:00.000Z');
    t.call('timeclock.punch', { pin: '1111', staffId: LENA, action: 'out' });

    t.clock.set('2026-01-15T08:00:00.000Z'); // Thursday
    expect(t.call('timeclock.status', { pin: '1111', staffId: LENA })).toMatchObject({ state: 'off', since: null, actions: ['in'], todayMinutes: 0, weekMinutes: 240 });
    let s = t.call('timeclock.punch', { pin: '1111', action: 'in' });
    expect(s).toMatchObject({ staffId: LENA, name: 'Lena Schulz', state: 'in', since: '2026-01-15T08:00:00.000Z', actions: ['breakStart', 'out'] });
    t.clock.set('2026-01-15T10:00:30.000Z');
    s = t.call('timeclock.punch', { pin: '1111', staffId: LENA, action: 'breakStart' });
    expect(s).toMatchObject({ state: 'break', since: '2026-01-15T10:00:30.000Z', actions: ['breakEnd'], todayMinutes: 120 });
    t.clock.set('2026-01-15T10:30:30.000Z');
    s = t.call('timeclock.punch', { pin: '1111', staffId: LENA, action: 'breakEnd' });
    expect(s).toMatchObject({ state: 'in', since: '2026-01-15T08:00:00.000Z', todayMinutes: 120 });
    t.clock.set('2026-01-15T11:00:00.000Z');
    expect(t.call('timeclock.status', { pin: '1111' })).toMatchObject({ state: 'in', todayMinutes: 150, weekMinutes: 390 });
    s = t.call('timeclock.punch', { pin: '1111', staffId: LENA, action: 'out' });
    expect(s).toMatchObject({ state: 'off', actions: ['in'], todayMinutes: 150, weekMinutes: 390, forgottenClockOut: null });
    // The following Monday starts a new week.
    t.clock.set('2026-01-19T08:00:00.000Z');
    expect(t.call('timeclock.status', { pin: '1111' })).toMatchObject({ weekMinutes: 0 });
    t.close();
  });

  test('actions that do not fit the state are refused and nothing is written', () => {
    const t = testCore();
    t.loadDemo();
    const before = logicalDump(t.core.db);
    for (const action of ['out', 'breakStart', 'breakEnd']) {
      expect(punch(t, action)).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'clockNotAllowed' } } });
    }
    expect(logicalDump(t.core.db)).toBe(before);
    t.call('timeclock.punch', { pin: '1111', action: 'in' });
    t.clock.advance(60_000);
    expect(punch(t, 'in')).toMatchObject({ ok: false, error: { details: { reason: 'clockNotAllowed' } } });
    expect(punch(t, 'breakEnd')).toMatchObject({ ok: false, error: { details: { reason: 'clockNotAllowed' } } });
    t.call('timeclock.punch', { pin: '1111', action: 'breakStart' });
    t.clock.advance(60_000);
    expect(punch(t, 'out')).toMatchObject({ ok: false, error: { details: { reason: 'clockNotAllowed' } } });
    t.close();
  });

  test('a punch at a time not after the last record is refused (a clock set back)', () => {
    const t = testCore();
    t.loadDemo();
    t.call('timeclock.punch', { pin: '1111', action: 'in' });
    const before = logicalDump(t.core.db);
    expect(punch(t, 'out')).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'clockTimeNotAfterLast' } } });
    t.clock.advance(-60_000);
    expect(punch(t, 'out')).toMatchObject({ ok: false, error: { details: { reason: 'clockTimeNotAfterLast' } } });
    expect(logicalDump(t.core.db)).toBe(before);
    t.close();
  });

  test('a wrong PIN is UNAUTHENTICATED, counts like at sign-in and locks after five tries', () => {
    const t = testCore();
    t.loadDemo();
    for (let i = 1; i <= 4; i++) {
      expect(punch(t, 'in', '9999')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', details: { attemptsLeft: 5 - i } } });
    }
    // Markus's PIN at Lena's tile is a wrong PIN too.
    expect(t.invoke('timeclock.status', { pin: '2222', staffId: LENA })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    expect(punch(t, 'in')).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    // The lock is the sign-in's: Lena cannot sign in either.
    expect(t.invoke('auth.signIn', { pin: '1111' })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    expect(t.core.db.prepare('SELECT COUNT(*) FROM time_events WHERE staff_id = ?').pluck().get(LENA)).toBe(0);
    t.signInOwner();
    expect(t.call('audit.list', { action: 'auth.signIn.failed' })).toHaveLength(5);
    t.close();
  });

  test('a right PIN at the clock resets the failure count', () => {
    const t = testCore();
    t.loadDemo();
    for (let i = 0; i < 4; i++) t.invoke('timeclock.status', { pin: '0000', staffId: LENA });
    t.call('timeclock.status', { pin: '1111', staffId: LENA });
    expect(t.invoke('timeclock.status', { pin: '0000', staffId: LENA })).toMatchObject({ error: { code: 'UNAUTHENTICATED', details: { attemptsLeft: 4 } } });
    t.close();
  });

  test('inactive staff cannot use the clock', () => {
    const t = testCore();
    t.loadDemo();
    t.core.db.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(LENA);
    expect(punch(t, 'in')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    t.close();
  });

  test('time-clock records are append-only', () => {
    const t = testCore();
    t.loadDemo();
    t.call('timeclock.punch', { pin: '1111', action: 'in' });
    expect(() => t.core.db.prepare("UPDATE time_events SET at = '2026-01-15T07:00:00.000Z'").run()).toThrow(/append-only/);
    expect(() => t.core.db.prepare('DELETE FROM time_events').run()).toThrow(/append-only/);
    t.close();
  });

  test('a shift left open is a forgotten clock-out the next day: flagged, 0 minutes, and the person may clock in again', () => {
    const t = testCore();
    t.loadDemo();
    t.clock.set('2026-01-14T08:00:00.000Z');
    t.call('timeclock.punch', { pin: '1111', action: 'in' });
    t.clock.set('2026-01-15T08:00:00.000Z');
    const s = t.call('timeclock.status', { pin: '1111' });
    expect(s).toMatchObject({ state: 'off', forgottenClockOut: '2026-01-14T08:00:00.000Z', actions: ['in'], weekMinutes: 0 });
    expect(punch(t, 'out')).toMatchObject({ ok: false, error: { details: { reason: 'clockNotAllowed' } } });
    t.call('timeclock.punch', { pin: '1111', action: 'in' });
    t.clock.set('2026-01-15T09:00:00.000Z');
    expect(t.call('timeclock.punch', { pin: '1111', action: 'out' })).toMatchObject({ state: 'off', todayMinutes: 60, weekMinutes: 60, forgottenClockOut: '2026-01-14T08:00:00.000Z' });
    t.close();
  });
});
