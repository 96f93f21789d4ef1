import { plannedMinutes, type StaffContract } from '../../src-main/modules/timeclock/planned';
import { testCore } from '../helpers/core';

const LENA = 3; // demo: 20 h a week on Mon, Tue, Wed, Fri (300 min a day), since 2024-02-01

const contract = (over: Partial<StaffContract> = {}): StaffContract => ({
  id: 1, name: 'X', active: true, startDate: null, endDate: null, weeklyMinutes: 2310, workDays: [1, 2, 3, 4, 5], hourlyWageCents: null, vacationDays: null, ...over,
});

describe('planned minutes', () => {
  test('the weekly minutes are spread over the work days; a remainder goes to the first days, the week stays exact', () => {
    expect(plannedMinutes(contract(), '2026-01-12')).toBe(462);
    expect(plannedMinutes(contract(), '2026-01-17')).toBe(0); // Saturday
    const c = contract({ weeklyMinutes: 2000, workDays: [1, 2, 3] });
    expect(['2026-01-12', '2026-01-13', '2026-01-14'].map((d) => plannedMinutes(c, d))).toEqual([667, 667, 666]);
  });

  test('only between start and end date, and nothing without weekly minutes', () => {
    const c = contract({ startDate: '2026-01-13', endDate: '2026-01-15' });
    expect(['2026-01-12', '2026-01-13', '2026-01-15', '2026-01-16'].map((d) => plannedMinutes(c, d))).toEqual([0, 462, 462, 0]);
    expect(plannedMinutes(contract({ weeklyMinutes: null }), '2026-01-12')).toBe(0);
  });
});

describe('timesheets', () => {
  test('a week hand-checked: planned, worked with breaks, a running shift, sick and half-day vacation credit, balance', () => {
    const t = testCore();
    t.loadDemo();
    // Monday: 8:00–16:00 with a 30-minute break = 450 minutes.
    for (const [action, time] of [['in', '08:00'], ['breakStart', '12:00'], ['breakEnd', '12:30'], ['out', '16:00']] as const) {
      t.clock.set(`2026-01-12T${time}:00.000Z`);
      t.call('timeclock.punch', { pin: '1111', action });
    }
    // Thursday (not a work day for Lena): clocked in at 8:00, still working at 9:00.
    t.clock.set('2026-01-15T08:00:00.000Z');
    t.call('timeclock.punch', { pin: '1111', action: 'in' });
    t.clock.set('2026-01-15T09:00:30.000Z');
    t.signInOwner();
    t.call('absences.create', { staffId: LENA, kind: 'sick', from: '2026-01-14', to: '2026-01-14' });
    t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-01-16', to: '2026-01-16', halfDay: true });

    const sheet = t.call('staff.timesheet', { staffId: LENA, period: { from: '2026-01-12', to: '2026-01-18' } });
    expect(sheet).toMatchObject({ staffId: LENA, name: 'Lena Schulz', from: '2026-01-12', to: '2026-01-18' });
    expect(sheet.days.map((d) => [d.date, d.plannedMinutes, d.workedMinutes, d.breakMinutes, d.absence, d.absenceMinutes, d.balanceMinutes])).toEqual([
      ['2026-01-12', 300, 450, 30, null, 0, 150],
      ['2026-01-13', 300, 0, 0, null, 0, -300],
      ['2026-01-14', 300, 0, 0, 'sick', 300, 0],
      ['2026-01-15', 0, 60, 0, null, 0, 60],
      ['2026-01-16', 300, 0, 0, 'vacation', 150, -150],
      ['2026-01-17', 0, 0, 0, null, 0, 0],
      ['2026-01-18', 0, 0, 0, null, 0, 0],
    ]);
    expect(sheet.days[3]!.shifts[0]).toMatchObject({ in: '2026-01-15T08:00:00.000Z', out: null, flags: ['running'] });
    expect(sheet.totals).toEqual({ plannedMinutes: 1200, workedMinutes: 510, breakMinutes: 30, absenceMinutes: 450, balanceMinutes: -240, forgottenClockOuts: 0 });
    expect(sheet.events).toHaveLength(5);
    expect(sheet.events.every((e) => e.status === 'effective' && e.source === 'clock' && e.recordedByName === 'Lena Schulz')).toBe(true);
    t.close();
  });

  test('a forgotten clock-out is flagged the next day, counts 0 and is counted in the totals until corrected', () => {
    const t = testCore();
    t.loadDemo();
    t.clock.set('2026-01-13T08:00:00.000Z');
    t.call('timeclock.punch', { pin: '1111', action: 'in' });
    t.clock.set('2026-01-13T18:00:00.000Z');
    t.signInOwner();
    const period = { from: '2026-01-13', to: '2026-01-13' };
    // Still the same day: running, counted up to now.
    expect(t.call('staff.timesheet', { staffId: LENA, period }).days[0]).toMatchObject({ workedMinutes: 600, shifts: [{ flags: ['running'] }] });
    t.clock.set('2026-01-14T07:00:00.000Z');
    t.signInOwner();
    let sheet = t.call('staff.timesheet', { staffId: LENA, period });
    expect(sheet.days[0]).toMatchObject({ workedMinutes: 0, balanceMinutes: -300, shifts: [{ out: null, flags: ['forgottenClockOut'] }] });
    expect(sheet.totals.forgottenClockOuts).toBe(1);
    t.call('timeclock.correct', { type: 'add', staffId: LENA, kind: 'out', at: '2026-01-13T16:00:00.000Z', reason: 'Gehen vergessen' });
    sheet = t.call('staff.timesheet', { staffId: LENA, period });
    expect(sheet.days[0]).toMatchObject({ workedMinutes: 480, balanceMinutes: 180, shifts: [{ flags: ['corrected'] }] });
    expect(sheet.totals.forgottenClockOuts).toBe(0);
    t.close();
  });

  test('the demo manager\'s history: the forgotten clock-out of the last working day shows in the timesheet and the clock summary', async () => {
    const t = testCore();
    t.loadDemo();
    t.signInOwner();
    const sheet = t.call('staff.timesheet', { staffId: 2, period: { from: '2026-01-01', to: '2026-01-15' } });
    expect(sheet.totals.forgottenClockOuts).toBe(1);
    expect(sheet.days.find((d) => d.date === '2026-01-14')!.shifts[0]!.flags).toEqual(['forgottenClockOut']);
    expect(sheet.days.filter((d) => d.absence === 'sick')).toHaveLength(1);
    const { clockSummaries } = await import('../../src-main/modules/timeclock/summary');
    expect(clockSummaries(t.core.db, [2, 3], t.clock.now()).get(2)).toEqual({ clockState: 'off', clockSince: null, forgottenClockOut: sheet.days.find((d) => d.date === '2026-01-14')!.shifts[0]!.in });
    t.close();
  });
});
