/**
 * The periods timesheets and reports are asked for: weeks (Monday to Sunday) here, months from
 * the books' presets. Days are local calendar days ('YYYY-MM-DD').
 */
import { addDays, presetRange, today, type DayRange } from '../books/dates';

export const PERIOD_PRESETS = ['thisWeek', 'lastWeek', 'thisMonth', 'lastMonth'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function weekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function weekOf(day: string): DayRange {
  const monday = addDays(day, 1 - weekday(day));
  return { from: monday, to: addDays(monday, 6) };
}

export function periodOf(preset: PeriodPreset, reference: string = today()): DayRange {
  switch (preset) {
    case 'thisWeek': return weekOf(reference);
    case 'lastWeek': return weekOf(addDays(reference, -7));
    case 'thisMonth': return presetRange('thisMonth', reference);
    case 'lastMonth': return presetRange('lastMonth', reference);
  }
}

/** Every day from `from` to `to`, both included. */
export function daysOf({ from, to }: DayRange): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export { addDays, today, type DayRange };

/** A calendar day as the locale writes it (options as Intl's); taken as UTC so no time zone shifts it. */
export function dayText(day: string, locale: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: '2-digit', month: '2-digit' }): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
