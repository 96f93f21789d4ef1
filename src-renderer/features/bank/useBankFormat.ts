/** Amounts and booking days the way the bank panel shows them, in the shop's locale. */
import { useFormat } from '../../lib/format';
import { useSettingsStore } from '../settings/store';

/** A booking day (YYYY-MM-DD) as a local date at noon, so no time zone moves it to the day before. */
const noon = (day: string) => new Date(`${day}T12:00:00`);

export function useBankFormat() {
  const company = useSettingsStore((s) => s.company);
  const format = useFormat(company?.countryCode);
  const shopCurrency = company?.currency ?? 'EUR';
  return {
    ...format,
    money: (cents: number, currency: string = shopCurrency) => format.money(cents, currency),
    day: (day: string) => format.shortDate(noon(day)),
  };
}

/** Today on this computer's calendar, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
