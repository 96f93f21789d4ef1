/**
 * Vacation balances per calendar year, in half days. The entitlement is the yearly days pro rata
 * by the full calendar months employed in that year (a month counts when the person was employed
 * from its first to its last day; without start and end date, the whole year), rounded up to the
 * next half day. Taken is vacation on working days up to today, planned is vacation after today.
 */
import type { VacationBalance } from '../../../src-shared/contract/staff';
import { addDays } from '../../../src-shared/days';
import { localDay } from '../../core/clock';
import type { Ctx } from '../../core/context';
import { absencesOf, halfDaysOn } from './absence-days';
import { eachDay } from './days';
import { contractsWhere, employedOn, type StaffContract } from './planned';

function fullMonthsEmployed(c: StaffContract, year: number): number {
  let months = 0;
  for (let m = 1; m <= 12; m++) {
    const first = `${year}-${String(m).padStart(2, '0')}-01`;
    const last = m === 12 ? `${year}-12-31` : addDays(`${year}-${String(m + 1).padStart(2, '0')}-01`, -1);
    if (employedOn(c, first) && employedOn(c, last)) months += 1;
  }
  return months;
}

/** Yearly days × 2 × months / 12, rounded up (integers only). */
export function entitlementHalfDays(c: StaffContract, year: number): number {
  const halfDaysTimesMonths = (c.vacationDays ?? 0) * 2 * fullMonthsEmployed(c, year);
  return Math.floor((halfDaysTimesMonths + 11) / 12);
}

export function vacationBalances(ctx: Ctx, year: number): VacationBalance[] {
  const today = localDay(ctx.nowDate());
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return contractsWhere(ctx.db, 'active = 1').map((c) => {
    let taken = 0;
    let planned = 0;
    for (const a of absencesOf(ctx.db, c.id, from, to).filter((x) => x.kind === 'vacation')) {
      for (const day of eachDay(a.from_day > from ? a.from_day : from, a.to_day < to ? a.to_day : to)) {
        if (day <= today) taken += halfDaysOn(c, a, day);
        else planned += halfDaysOn(c, a, day);
      }
    }
    const entitlement = entitlementHalfDays(c, year);
    return { staffId: c.id, name: c.name, year, entitlementHalfDays: entitlement, takenHalfDays: taken, plannedHalfDays: planned, remainingHalfDays: entitlement - taken - planned };
  });
}
