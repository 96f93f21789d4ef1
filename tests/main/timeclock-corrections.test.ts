import { logicalDump, testCore } from '../helpers/core';

const LENA = 3;
type T = ReturnType<typeof testCore>;

/** Lena's Monday 12 January 2026: in 8:00, break 12:00–12:30, out 16:00; then back to Thursday 9:00 as the owner. */
function mondayShift(t: T): Record<'in' | 'breakStart' | 'breakEnd' | 'out', number> {
  const ids = {} as Record<'in' | 'breakStart' | 'breakEnd' | 'out', number>;
  for (const [action, time] of [['in', '08:00'], ['breakStart', '12:00'], ['breakEnd', '12:30'], ['out', '16:00']] as const) {
    t.clock.set(`2026-01-12T${time}:00.000Z`);
    t.call('timeclock.punch', { pin: '1111', action });
    ids[action] = t.core.db.prepare('SELECT MAX(id) FROM time_events').pluck().get() as number;
  }
  t.clock.set('2026-01-15T09:00:00.000Z');
  t.signInOwner();
  return ids;
}

const monday = (t: T) => t.call('staff.timesheet', { staffId: LENA, period: { from: '2026-01-12', to: '2026-01-12' } });

describe('time-clock corrections', () => {
  test('a change keeps the original visible, replaces it in the timesheet and is audited', () => {
    const t = testCore();
    t.loadDemo();
    const ids = mondayShift(t);
    expect(monday(t).days[0]).toMatchObject({ workedMinutes: 450, breakMinutes: 30 });

    const { eventId } = t.call('timeclock.correct', { type: 'change', eventId: ids.out, at: '2026-01-12T17:00:00Z', reason: 'Inventur, Gehen zu früh gestempelt' });
    const sheet = monday(t);
    expect(sheet.days[0]).toMatchObject({ workedMinutes: 510, breakMinutes: 30, plannedMinutes: 300, balanceMinutes: 210 });
    expect(sheet.days[0]!.shifts[0]).toMatchObject({ in: '2026-01-12T08:00:00.000Z', out: '2026-01-12T17:00:00.000Z', flags: ['corrected'] });
    expect(sheet.events.map((e) => [e.kind, e.status, e.source])).toEqual([
      ['in', 'effective', 'clock'], ['breakStart', 'effective', 'clock'], ['breakEnd', 'effective', 'clock'],
      ['out', 'replaced', 'clock'], ['out', 'effective', 'correction'],
    ]);
    expect(sheet.events[3]).toMatchObject({ id: ids.out, at: '2026-01-12T16:00:00.000Z', replacedById: eventId, recordedByName: 'Lena Schulz' });
    expect(sheet.events[4]).toMatchObject({ id: eventId, replacesId: ids.out, reason: 'Inventur, Gehen zu früh gestempelt', recordedByName: 'Anna Becker' });

    const [audit] = t.call('audit.list', { action: 'timeclock.correct' });
    expect(audit).toMatchObject({ subject: `staff:${LENA}`, before: { eventId: ids.out, at: '2026-01-12T16:00:00.000Z' }, after: { eventId, type: 'change', at: '2026-01-12T17:00:00.000Z' } });
    t.close();
  });

  test('a removal and an added record: the removed record stays listed, the sequence is whole again', () => {
    const t = testCore();
    t.loadDemo();
    const ids = mondayShift(t);
    // Without the clock-out the Monday shift is open from an earlier day: a forgotten clock-out.
    const removal = t.call('timeclock.correct', { type: 'remove', eventId: ids.out, reason: 'Falsch gestempelt' }).eventId;
    let sheet = monday(t);
    expect(sheet.days[0]!.shifts[0]).toMatchObject({ out: null, workedMinutes: 0, flags: ['forgottenClockOut', 'corrected'] });
    expect(sheet.totals.forgottenClockOuts).toBe(1);
    expect(sheet.events.filter((e) => e.kind === 'out' || e.kind === 'remove').map((e) => [e.id, e.status])).toEqual([[ids.out, 'removed'], [removal, 'removal']]);
    t.call('timeclock.correct', { type: 'add', staffId: LENA, kind: 'out', at: '2026-01-12T15:00:00.000Z', reason: 'Laut Dienstplan' });
    sheet = monday(t);
    expect(sheet.days[0]).toMatchObject({ workedMinutes: 390 });
    expect(sheet.days[0]!.shifts[0]!.flags).toEqual(['corrected']);
    expect(sheet.totals.forgottenClockOuts).toBe(0);
    t.close();
  });

  test('corrections that would break the sequence are refused and nothing is written', () => {
    const t = testCore();
    t.loadDemo();
    const ids = mondayShift(t);
    const replaced = t.call('timeclock.correct', { type: 'change', eventId: ids.out, at: '2026-01-12T16:30:00.000Z', reason: 'später' }).eventId;
    const removal = t.call('timeclock.correct', { type: 'add', staffId: LENA, kind: 'in', at: '2026-01-13T08:00:00.000Z', reason: 'vergessen' }).eventId;
    const removalOf = t.call('timeclock.correct', { type: 'remove', eventId: removal, reason: 'doch nicht' }).eventId;
    const before = logicalDump(t.core.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'change', eventId: replaced, at: '2026-01-12T07:00:00.000Z' }, 'clockOutWithoutIn'],
      [{ type: 'add', staffId: LENA, kind: 'in', at: '2026-01-12T10:00:00.000Z' }, 'clockShiftsOverlap'],
      [{ type: 'add', staffId: LENA, kind: 'breakStart', at: '2026-01-12T18:00:00.000Z' }, 'clockBreakOutsideShift'],
      [{ type: 'remove', eventId: ids.in }, 'clockBreakOutsideShift'],
      [{ type: 'change', eventId: replaced, at: '2026-01-12T12:15:00.000Z' }, 'clockOutDuringBreak'],
      [{ type: 'change', eventId: ids.breakEnd, at: '2026-01-12T12:00:00.000Z' }, 'clockEqualTimes'],
      [{ type: 'change', eventId: ids.breakStart, at: '2026-01-12T12:45:00.000Z' }, 'clockBreakOutsideShift'],
      [{ type: 'add', staffId: LENA, kind: 'in', at: '2026-01-15T09:00:01.000Z' }, 'clockInFuture'],
      [{ type: 'change', eventId: ids.out, at: '2026-01-12T17:00:00.000Z' }, 'clockAlreadyCorrected'],
      [{ type: 'remove', eventId: removal }, 'clockAlreadyCorrected'],
      [{ type: 'remove', eventId: removalOf }, 'clockNotCorrectable'],
    ];
    for (const [input, reason] of cases) {
      expect(t.invoke('timeclock.correct', { reason: 'Test', ...input }), reason).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason } } });
    }
    expect(t.invoke('timeclock.correct', { type: 'remove', eventId: 9999, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(logicalDump(t.core.db)).toBe(before);
    t.close();
  });

  test('removing a break start removes its end too, so a wrong break goes as a whole', () => {
    const t = testCore();
    t.loadDemo();
    const ids = mondayShift(t);
    t.call('timeclock.correct', { type: 'remove', eventId: ids.breakEnd, reason: 'Keine Pause gemacht' });
    const sheet = monday(t);
    expect(sheet.days[0]).toMatchObject({ workedMinutes: 480, breakMinutes: 0, shifts: [{ breaks: [], flags: ['corrected'] }] });
    expect(sheet.events.filter((e) => e.status === 'removed').map((e) => e.id).sort()).toEqual([ids.breakStart, ids.breakEnd]);
    expect(sheet.events.filter((e) => e.status === 'removal')).toHaveLength(2);
    t.close();
  });

  test('only staff managers correct; the cashier is refused', () => {
    const t = testCore();
    t.loadDemo();
    t.signInPin('1111');
    expect(t.invoke('timeclock.correct', { type: 'add', staffId: LENA, kind: 'in', at: '2026-01-14T08:00:00.000Z', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    t.close();
  });

  test('a correction adds a break to today\'s running shift, and the clock follows it', () => {
    const t = testCore();
    t.loadDemo();
    t.call('timeclock.punch', { pin: '1111', action: 'in' });
    t.clock.set('2026-01-15T12:00:00.000Z');
    t.signInOwner();
    t.call('timeclock.correct', { type: 'add', staffId: LENA, kind: 'breakStart', at: '2026-01-15T11:00:00.000Z', reason: 'Pause vergessen' });
    expect(t.call('timeclock.status', { pin: '1111' })).toMatchObject({ state: 'break', since: '2026-01-15T11:00:00.000Z', todayMinutes: 120, actions: ['breakEnd'] });
    t.close();
  });
});
