/**
 * The demo's staff records: contract data for the three people, and two weeks of time-clock
 * history for the manager (one sick day, and yesterday's clock-out forgotten) so timesheets, the
 * absence calendar and the hours report have something to show. The cashier starts with a clean
 * clock. Times are local wall-clock times relative to the day the demo is loaded.
 */
import type { Ctx } from '../../core/context';
import { localDay } from '../../core/clock';

const CONTRACTS = [
  // owner, manager, cashier (ids 1–3 in the order loadDemo creates them)
  { id: 1, startDate: '2019-04-01', weeklyMinutes: 40 * 60, workDays: '12345', wage: null, vacationDays: 30 },
  { id: 2, startDate: '2021-09-01', weeklyMinutes: 40 * 60, workDays: '12345', wage: 1850, vacationDays: 28 },
  { id: 3, startDate: '2024-02-01', weeklyMinutes: 20 * 60, workDays: '1235', wage: 1400, vacationDays: 24 },
] as const;

const MANAGER_ID = 2;

export function loadDemoStaff(ctx: Ctx): void {
  const setContract = ctx.db.prepare(
    'UPDATE staff SET start_date = ?, weekly_minutes = ?, work_days = ?, hourly_wage_cents = ?, vacation_days = ? WHERE id = ?',
  );
  for (const c of CONTRACTS) setContract.run(c.startDate, c.weeklyMinutes, c.workDays, c.wage, c.vacationDays, c.id);

  const insertEvent = ctx.db.prepare(
    "INSERT INTO time_events (staff_id, kind, at, source, recorded_at, recorded_by) VALUES (?, ?, ?, 'clock', ?, ?)",
  );
  const today = ctx.nowDate();
  const at = (day: Date, hours: number, minutes: number) =>
    new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes).toISOString();
  const workdays: Date[] = [];
  for (let back = 14; back >= 1; back--) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
    if (day.getDay() !== 0 && day.getDay() !== 6) workdays.push(day);
  }
  const sickDay = localDay(workdays[2]!);
  workdays.forEach((day, i) => {
    if (localDay(day) === sickDay) return;
    const jitter = (i * 7) % 11;
    const punches: [string, number, number][] = [
      ['in', 7, 50 + jitter], ['breakStart', 12, jitter], ['breakEnd', 12, 30 + jitter], ['out', 16, 35 + jitter * 2],
    ];
    // On the last working day the manager forgot to clock out.
    for (const [kind, h, m] of i === workdays.length - 1 ? punches.slice(0, 3) : punches) {
      const time = at(day, h, m);
      insertEvent.run(MANAGER_ID, kind, time, time, MANAGER_ID);
    }
  });
  ctx.db.prepare(
    "INSERT INTO absences (staff_id, kind, from_day, to_day, note, created_at, created_by) VALUES (?, 'sick', ?, ?, NULL, ?, 1)",
  ).run(MANAGER_ID, sickDay, sickDay, ctx.now());
}
