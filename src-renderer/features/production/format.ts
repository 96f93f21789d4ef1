/** Money, days and quantities the way the production screens show them, and typed quantities → thousandths. */
import type { TFunction } from 'i18next';
import { useMoney } from '../counter/useMoney';
import { formatQuantity } from '../stock/quantity';

/** A calendar day (YYYY-MM-DD) as a local date at noon, so no time zone moves it to the day before. */
const noon = (day: string) => new Date(`${day}T12:00:00`);

export function useProductionFormat() {
  const format = useMoney();
  return {
    ...format,
    day: (value: string | null) => (value ? format.shortDate(noon(value)) : '–'),
    quantity: (thousandths: number, unit: 'piece' | 'kg' | null) => formatQuantity(thousandths, unit ?? 'piece', format.locale),
    /** Thousandths as a person would type them back: "2", "0,5", "1,250". */
    quantityInput: (thousandths: number) => new Intl.NumberFormat(format.locale, { maximumFractionDigits: 3, useGrouping: false }).format(thousandths / 1000),
  };
}

/** "2", "0,5", "1.250" → thousandths (up to three decimals, comma or point); null for anything else. */
export function parseQuantityInput(text: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{0,3}))?$/.exec(text.trim().replace(/\s/g, ''));
  if (!match) return null;
  return Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
}

/** Today on this computer's calendar, as YYYY-MM-DD. */
export function todayDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Minutes as "1 h 30 min" / "45 min" in the screen's language (sign kept for corrections). */
export function formatMinutes(t: TFunction, minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const m = Math.abs(minutes);
  const hours = Math.floor(m / 60);
  return sign + (hours > 0 ? t('production.time.hoursMinutes', { h: hours, m: String(m % 60).padStart(2, '0') }) : t('production.time.onlyMinutes', { m }));
}
