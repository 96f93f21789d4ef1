/**
 * Timesheets: per day the planned minutes, the worked and break minutes of the shifts begun that
 * day (a running shift up to now; a forgotten clock-out counts 0), absence credit and the balance
 * worked + absence − planned; and every record of the period with what it means now.
 */
import type { AbsenceKind, Shift, TimeEvent, Timesheet, TimesheetDay } from '../../../src-shared/contract/staff';
import type { ParsedInput } from '../../../src-shared/contract';
import { localDay } from '../../core/clock';
import type { Ctx } from '../../core/context';
import { absenceMinutesOn, absencesOf, halfDaysOn } from './absence-days';
import { eachDay } from './days';
import { contractOf, plannedMinutes, type StaffContract } from './planned';
import { storedShifts, timeEventRows, type TimeEventRow } from './records';

export interface Sheet {
  days: TimesheetDay[];
  totals: Timesheet['totals'];
  /** Absence half days on planned working days in the period, per kind. */
  halfDays: Record<AbsenceKind, number>;
}

/** The day-by-day sheet of one person for a period. */
export function sheetOf(ctx: Ctx, c: StaffContract, from: string, to: string, rows = timeEventRows(ctx.db, c.id)): Sheet {
  const shiftsByDay = new Map<string, Shift[]>();
  for (const s of storedShifts(rows, ctx.nowDate()).shifts) {
    const day = localDay(new Date(s.in));
    if (day >= from && day <= to) shiftsByDay.set(day, [...(shiftsByDay.get(day) ?? []), s]);
  }
  const absences = absencesOf(ctx.db, c.id, from, to);
  const halfDays: Record<AbsenceKind, number> = { vacation: 0, sick: 0, other: 0 };
  const totals = { plannedMinutes: 0, workedMinutes: 0, breakMinutes: 0, absenceMinutes: 0, balanceMinutes: 0, forgottenClockOuts: 0 };
  const days = eachDay(from, to).map((date): TimesheetDay => {
    const shifts = shiftsByDay.get(date) ?? [];
    const absence = absences.find((a) => a.from_day <= date && date <= a.to_day) ?? null;
    const planned = plannedMinutes(c, date);
    const worked = shifts.reduce((sum, s) => sum + s.workedMinutes, 0);
    const breaks = shifts.reduce((sum, s) => sum + s.breakMinutes, 0);
    const credit = absence ? absenceMinutesOn(c, absence, date) : 0;
    if (absence) halfDays[absence.kind] += halfDaysOn(c, absence, date);
    const day = {
      date, plannedMinutes: planned, workedMinutes: worked, breakMinutes: breaks, absenceMinutes: credit,
      absence: absence?.kind ?? null, balanceMinutes: worked + credit - planned, shifts,
    };
    totals.plannedMinutes += planned;
    totals.workedMinutes += worked;
    totals.breakMinutes += breaks;
    totals.absenceMinutes += credit;
    totals.balanceMinutes += day.balanceMinutes;
    totals.forgottenClockOuts += shifts.filter((s) => s.flags.includes('forgottenClockOut')).length;
    return day;
  });
  return { days, totals, halfDays };
}

/** Every record whose time (or, for a removal, its target's time) falls in the period, or whose target's does. */
function periodEvents(ctx: Ctx, rows: readonly TimeEventRow[], from: string, to: string): TimeEvent[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const replacedBy = new Map(rows.flatMap((r) => (r.replaces_id === null ? [] : [[r.replaces_id, r] as const])));
  const timeOf = (r: TimeEventRow): string => r.at ?? timeOf(byId.get(r.replaces_id!)!);
  const inPeriod = (r: TimeEventRow) => {
    const day = localDay(new Date(timeOf(r)));
    return day >= from && day <= to;
  };
  return rows
    .filter((r) => inPeriod(r) || (r.replaces_id !== null && inPeriod(byId.get(r.replaces_id)!)))
    .sort((a, b) => (timeOf(a) < timeOf(b) ? -1 : timeOf(a) > timeOf(b) ? 1 : a.id - b.id))
    .map((r): TimeEvent => {
      const successor = replacedBy.get(r.id) ?? null;
      const status = r.kind === 'remove' ? 'removal' : !successor ? 'effective' : successor.kind === 'remove' ? 'removed' : 'replaced';
      return {
        id: r.id, staffId: r.staff_id, kind: r.kind, at: r.at, source: r.source, reason: r.reason, replacesId: r.replaces_id,
        replacedById: successor?.id ?? null, recordedAt: r.recorded_at, recordedByName: r.recorded_by_name, status,
      };
    });
}

export function timesheet(ctx: Ctx, input: ParsedInput<'staff.timesheet'>): Timesheet {
  const c = contractOf(ctx.db, input.staffId);
  const { from, to } = input.period;
  const rows = timeEventRows(ctx.db, c.id);
  const { days, totals } = sheetOf(ctx, c, from, to, rows);
  return { staffId: c.id, name: c.name, from, to, days, events: periodEvents(ctx, rows, from, to), totals };
}
