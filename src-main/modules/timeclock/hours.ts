/**
 * The hours report for payroll: per person the planned, worked and credited minutes of a period,
 * the overtime (worked + absence − planned), absence half days by kind, forgotten clock-outs and
 * the wage for worked and credited hours. Active staff and those who left during the period.
 */
import type { HoursReport, HoursRow } from '../../../src-shared/contract/staff';
import { divideRounded } from '../../../src-shared/money';
import type { Ctx } from '../../core/context';
import { contractsWhere } from './planned';
import { sheetOf } from './timesheet';

export function hoursReport(ctx: Ctx, period: { from: string; to: string }): HoursReport {
  const { from, to } = period;
  const people = contractsWhere(ctx.db, 'active = 1 OR (end_date >= ? AND (start_date IS NULL OR start_date <= ?))', from, to);
  const rows = people.map((c): HoursRow => {
    const { totals, halfDays } = sheetOf(ctx, c, from, to);
    const paidMinutes = totals.workedMinutes + totals.absenceMinutes;
    return {
      staffId: c.id,
      name: c.name,
      plannedMinutes: totals.plannedMinutes,
      workedMinutes: totals.workedMinutes,
      absenceMinutes: totals.absenceMinutes,
      overtimeMinutes: totals.balanceMinutes,
      vacationHalfDays: halfDays.vacation,
      sickHalfDays: halfDays.sick,
      otherHalfDays: halfDays.other,
      forgottenClockOuts: totals.forgottenClockOuts,
      hourlyWageCents: c.hourlyWageCents,
      wageCents: c.hourlyWageCents === null ? null : divideRounded(paidMinutes * c.hourlyWageCents, 60),
    };
  });
  return { from, to, rows };
}
