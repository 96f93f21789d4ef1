/**
 * The time clock at the counter: the PIN identifies the person (wrong PINs count toward the
 * sign-in lockout), the status says where they stand, and a punch appends the next step of the
 * sequence at the clock's time. Out and breaks refer only to a shift begun today; a shift left open
 * from an earlier day does not keep anyone from clocking in again (it stays flagged).
 */
import type { ClockStatus, Shift } from '../../../src-shared/contract/staff';
import type { ParsedInput } from '../../../src-shared/contract';
import { localDay } from '../../core/clock';
import type { Ctx } from '../../core/context';
import { AppError, CommandFailure } from '../../core/errors';
import { identifyByPin } from '../auth/service';
import { mondayOf } from './days';
import { personShifts } from './records';
import { allowedActions, clockPosition } from './shifts';

const minutesBetween = (shifts: readonly Shift[], from: string, to: string) =>
  shifts.filter((s) => {
    const day = localDay(new Date(s.in));
    return day >= from && day <= to;
  }).reduce((sum, s) => sum + s.workedMinutes, 0);

function statusOf(ctx: Ctx, staff: { id: number; name: string }): ClockStatus {
  const { shifts } = personShifts(ctx.db, staff.id, ctx.nowDate());
  const position = clockPosition(shifts);
  const today = localDay(ctx.nowDate());
  return {
    staffId: staff.id,
    name: staff.name,
    ...position,
    todayMinutes: minutesBetween(shifts, today, today),
    weekMinutes: minutesBetween(shifts, mondayOf(today), today),
    actions: allowedActions(position.state),
  };
}

export function clockStatus(ctx: Ctx, input: ParsedInput<'timeclock.status'>): ClockStatus | CommandFailure {
  const staff = identifyByPin(ctx, input.pin, input.staffId);
  return staff instanceof CommandFailure ? staff : statusOf(ctx, staff);
}

export function punch(ctx: Ctx, input: ParsedInput<'timeclock.punch'>): ClockStatus | CommandFailure {
  const staff = identifyByPin(ctx, input.pin, input.staffId);
  if (staff instanceof CommandFailure) return staff;
  const { records, shifts } = personShifts(ctx.db, staff.id, ctx.nowDate());
  const { state } = clockPosition(shifts);
  if (!allowedActions(state).includes(input.action)) {
    throw new AppError('CONFLICT', `"${input.action}" is not possible now (${state}).`, { details: { reason: 'clockNotAllowed', state } });
  }
  const now = ctx.now();
  const last = records.at(-1);
  if (last && last.at >= now) {
    throw new AppError('CONFLICT', 'The clock time is not after the last record; check the computer\'s clock.', { details: { reason: 'clockTimeNotAfterLast' } });
  }
  ctx.db.prepare("INSERT INTO time_events (staff_id, kind, at, source, recorded_at, recorded_by) VALUES (?, ?, ?, 'clock', ?, ?)")
    .run(staff.id, input.action, now, now, staff.id);
  return statusOf(ctx, staff);
}
