import type { Handlers } from '../../core/registry';
import { AppError } from '../../core/errors';

const todo = () => { throw new AppError('INTERNAL', 'not built yet'); };

export const timeclockHandlers = {
  'timeclock.status': todo,
  'timeclock.punch': todo,
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
