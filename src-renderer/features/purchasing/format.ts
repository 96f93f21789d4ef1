/** Money, days and quantities the way the purchasing screens show them. */
import { divideRounded } from '../../../src-shared/money';
import { useMoney } from '../counter/useMoney';
import { formatQuantity } from '../stock/quantity';

/** A calendar day (YYYY-MM-DD) as a local date at noon, so no time zone moves it to the day before. */
const noon = (day: string) => new Date(`${day}T12:00:00`);

export function usePurchasingFormat() {
  const format = useMoney();
  return {
    ...format,
    day: (value: string | null) => (value ? format.shortDate(noon(value)) : '–'),
    quantity: (thousandths: number, unit: 'piece' | 'kg') => formatQuantity(thousandths, unit, format.locale),
  };
}

/** Quantity (thousandths) × unit cost (per piece or kg) to the cent: what an order line is worth. */
export const lineNet = (quantity: number, unitCostCents: number) => divideRounded(quantity * unitCostCents, 1000);

/** Today on this computer's calendar, as YYYY-MM-DD. */
export function todayDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(new Date(`${text}T00:00:00Z`).getTime());
