/** Money, booking days and periods the way the bookkeeping screens show them. */
import { useTranslation } from 'react-i18next';
import { useMoney } from '../counter/useMoney';
import { useSettingsStore } from '../settings/store';
import type { EntrySource } from '../../../src-shared/contract/ledger';
import { isDay, type DayRange } from './dates';

/** A booking day (YYYY-MM-DD) as a local date at noon, so no time zone moves it to the day before. */
const noon = (day: string) => new Date(`${day}T12:00:00`);

export function useBooksFormat() {
  const { t } = useTranslation();
  const format = useMoney();
  const vatRates = useSettingsStore((s) => s.vatRates);
  const day = (value: string) => format.shortDate(noon(value));
  return {
    ...format,
    day,
    period: (range: DayRange) => (range.from === range.to ? day(range.from) : `${day(range.from)} – ${day(range.to)}`),
    /** A balance as accountants read it: the amount and S (Soll, debit) or H (Haben, credit). */
    balance: (cents: number) => (cents === 0 ? format.money(0) : `${format.money(Math.abs(cents))} ${cents > 0 ? t('books.sideDebit') : t('books.sideCredit')}`),
    /** Where an entry came from ("Bon 1-42", "Ausgabe"); a type without a text shows as it is. */
    source: (source: EntrySource) => {
      const reference = isDay(source.reference) ? day(source.reference) : source.reference;
      const key = `books.sources.${source.type}`;
      const text = t(key, { reference });
      return text === key ? `${source.type} ${reference}`.trim() : text;
    },
    vatRate: (id: number | null) => {
      if (id === null) return '';
      const rate = vatRates.find((r) => r.id === id);
      return rate ? format.percent(rate.rateBasisPoints) : '';
    },
  };
}
