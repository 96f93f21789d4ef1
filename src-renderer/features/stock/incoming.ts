/**
 * The counter's words for the next delivery of a product: "12 kommen Do", "12 überfällig seit
 * 25.11.", "12 bestellt". Day names, "heute"/"morgen" and dates come from Intl in the UI's
 * locale, so no language needs hand-written day names.
 */
import type { TFunction } from 'i18next';
import type { CounterStock } from '../../../src-shared/contract/stock';

type Incoming = CounterStock['incoming'];

/** Days within which a delivery is named by its weekday; further out it gets a date. */
const WEEKDAY_WITHIN_DAYS = 6;

const dayNumber = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** The earliest expected delivery (undated ones last), with every delivery expected that same day added up. */
export function nextIncoming(incoming: Incoming): { quantity: number; expectedOn: string | null } | null {
  if (incoming.length === 0) return null;
  const sorted = [...incoming].sort((a, b) => (a.expectedOn ?? '9999').localeCompare(b.expectedOn ?? '9999'));
  const first = sorted[0]!;
  const quantity = sorted.filter((i) => i.expectedOn === first.expectedOn).reduce((sum, i) => sum + i.quantity, 0);
  return { quantity, expectedOn: first.expectedOn };
}

/**
 * The hint's last part, or null when nothing is on order. `quantity` is already formatted;
 * `today` is YYYY-MM-DD; `locale` the UI's (de-DE, en-GB).
 */
export function incomingText(t: TFunction, next: { expectedOn: string | null }, quantity: string, today: string, locale: string): string {
  if (next.expectedOn === null) return t('stock.counter.onOrder', { quantity });
  const at = new Date(`${next.expectedOn}T12:00:00Z`);
  const shortDate = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone: 'UTC' }).format(at);
  const days = dayNumber(next.expectedOn) - dayNumber(today);
  if (days < 0) return t('stock.counter.overdue', { quantity, date: shortDate });
  let when: string;
  if (days <= 1) when = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
  // "Do." → "Do": the hint is one short line.
  else if (days <= WEEKDAY_WITHIN_DAYS) when = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(at).replace(/\.$/, '');
  else when = shortDate;
  return t('stock.counter.arriving', { quantity, when });
}
