/** How the hours report writes durations, days and money in the shop's language (CSV and PDF alike). */
import type { Language } from '../../../src-shared/countries';
import { translations } from '../../../src-shared/i18n';
import { divideRounded } from '../../../src-shared/money';
import { formatMoneyInput } from '../../../src-shared/money-input';
import { PDF_LOCALE } from '../../pdf/letter';

export type HoursTexts = (typeof translations)['de']['hoursReport'];

export interface HoursFormat {
  language: Language;
  locale: string;
  texts: HoursTexts;
  /** Minutes as h:mm (negative with a minus: -1:05). */
  hm(minutes: number): string;
  /** Minutes as decimal hours with two places, rounded half up (2310 → 38,50). */
  decimalHours(minutes: number): string;
  /** Half days as days (5 → 2,5). */
  days(halfDays: number): string;
  /** Cents without currency sign (1234 → 12,34). */
  amount(cents: number): string;
}

export function hoursFormat(language: Language): HoursFormat {
  const separator = language === 'de' ? ',' : '.';
  return {
    language,
    locale: PDF_LOCALE[language],
    texts: translations[language].hoursReport,
    hm: (minutes) => `${minutes < 0 ? '-' : ''}${Math.floor(Math.abs(minutes) / 60)}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`,
    decimalHours: (minutes) => formatMoneyInput(divideRounded(minutes * 100, 60), separator),
    days: (halfDays) => `${Math.trunc(halfDays / 2)}${halfDays % 2 === 0 ? '' : `${separator}5`}`,
    amount: (cents) => formatMoneyInput(cents, separator),
  };
}
