/** The time-clock, timesheet, absence and hours channels: thin wrappers over the services. */
import type { Handlers } from '../../core/registry';
import { AppError } from '../../core/errors';
import { clockStatus, punch } from './punch';

const todo = () => { throw new AppError('INTERNAL', 'not built yet'); };

export const timeclockHandlers = {
  'timeclock.status': (input, ctx) => clockStatus(ctx, input),
  'timeclock.punch': (input, ctx) => punch(ctx, input),
  'staff.timesheet': todo,
  'timeclock.correct': todo,
  'absences.list': todo,
  'absences.create': todo,
  'absences.cancel': todo,
  'absences.vacation': todo,
  'staff.hours': todo,
  'staff.hours.pdf': async () => todo(),
  'staff.hours.csv': todo,
} satisfies Partial<Handlers>;
