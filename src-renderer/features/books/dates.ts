/**
 * Calendar days as the books count them: 'YYYY-MM-DD' text in the shop's local time, and the
 * date-range presets of the reports. Arithmetic runs on the text in UTC so no time zone or
 * summer time shifts a day.
 */
export interface DayRange {
  from: string;
  to: string;
}

export const RANGE_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'lastYear'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (year: number, month: number, date: number) => `${year}-${pad(month)}-${pad(date)}`;
/** Days in a month (month 1–12). */
const lastDate = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Today on this computer's calendar. */
export function today(now: Date = new Date()): string {
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export const isDay = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
};

function parts(day: string): [number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
}

export function monthOf(day: string): DayRange {
  const [year, month] = parts(day);
  return { from: dayOf(year, month, 1), to: dayOf(year, month, lastDate(year, month)) };
}

export function presetRange(preset: RangePreset, reference: string = today()): DayRange {
  const [year, month] = parts(reference);
  switch (preset) {
    case 'thisMonth':
      return monthOf(reference);
    case 'lastMonth':
      return monthOf(month === 1 ? dayOf(year - 1, 12, 1) : dayOf(year, month - 1, 1));
    case 'thisQuarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { from: dayOf(year, first, 1), to: dayOf(year, first + 2, lastDate(year, first + 2)) };
    }
    case 'thisYear':
      return { from: dayOf(year, 1, 1), to: dayOf(year, 12, 31) };
    case 'lastYear':
      return { from: dayOf(year - 1, 1, 1), to: dayOf(year - 1, 12, 31) };
  }
}

/** The preset a range is, or null for a range chosen by hand. */
export function presetOf(range: DayRange, reference: string = today()): RangePreset | null {
  return RANGE_PRESETS.find((p) => {
    const r = presetRange(p, reference);
    return r.from === range.from && r.to === range.to;
  }) ?? null;
}

export { addDays } from '../../../src-shared/days';
