/** The time-clock, timesheet, absence and hours channels: thin wrappers over the services. */
import type { Handlers } from '../../core/registry';
import { cancelAbsence, createAbsence, listAbsences } from './absences';
import { correctTime } from './corrections';
import { hoursReport } from './hours';
import { hoursCsv } from './hours-csv';
import { hoursPdf } from './hours-pdf';
import { clockStatus, punch } from './punch';
import { timesheet } from './timesheet';
import { vacationBalances } from './vacation';

export const timeclockHandlers = {
  'timeclock.status': (input, ctx) => clockStatus(ctx, input),
  'timeclock.punch': (input, ctx) => punch(ctx, input),
  'staff.timesheet': (input, ctx) => timesheet(ctx, input),
  'timeclock.correct': (input, ctx) => correctTime(ctx, input),
  'absences.list': (input, ctx) => listAbsences(ctx, input),
  'absences.create': (input, ctx) => createAbsence(ctx, input),
  'absences.cancel': (input, ctx) => cancelAbsence(ctx, input),
  'absences.vacation': (input, ctx) => vacationBalances(ctx, input.year),
  'staff.hours': (input, ctx) => hoursReport(ctx, input.period),
  'staff.hours.pdf': (input, ctx) => hoursPdf(ctx, input.period),
  'staff.hours.csv': (input, ctx) => hoursCsv(ctx, input.period),
} satisfies Partial<Handlers>;
