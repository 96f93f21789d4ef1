/** Money, dates and times in the current language's locale (display only; amounts stay cents). */
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '../../src-shared/money';

export function localeFor(language: string, countryCode?: string | null): string {
  if (language === 'en') return 'en-GB';
  return countryCode && ['DE', 'AT', 'CH', 'LI', 'LU'].includes(countryCode) ? `de-${countryCode}` : 'de-DE';
}

export function useFormat(countryCode?: string | null) {
  const { i18n } = useTranslation();
  const locale = localeFor(i18n.language, countryCode);
  return {
    locale,
    money: (cents: number, currency: string) => formatMoney(cents, currency, locale),
    percent: (basisPoints: number) => formatPercent(basisPoints, locale),
    date: (value: Date | string) => new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(new Date(value)),
    shortDate: (value: Date | string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value)),
    time: (value: Date | string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(value)),
    dateTime: (value: Date | string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)),
  };
}
