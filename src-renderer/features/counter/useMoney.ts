/** Money in the shop's currency and locale, for the counter's components. */
import { useFormat } from '../../lib/format';
import { useSettingsStore } from '../settings/store';

export function useMoney() {
  const company = useSettingsStore((s) => s.company);
  const format = useFormat(company?.countryCode);
  const currency = company?.currency ?? 'EUR';
  return { ...format, currency, money: (cents: number) => format.money(cents, currency) };
}
