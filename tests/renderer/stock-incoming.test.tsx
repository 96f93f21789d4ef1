/** The counter hint's words for the next delivery, in both languages, on a fixed day (Thursday 15 January 2026). */
import { incomingText, nextIncoming } from '../../src-renderer/features/stock/incoming';
import { i18n } from '../../src-renderer/i18n';

const TODAY = '2026-01-15';

function text(lang: 'de' | 'en', expectedOn: string | null) {
  const t = i18n.getFixedT(lang);
  return incomingText(t, { expectedOn }, '12', TODAY, lang === 'de' ? 'de-DE' : 'en-GB');
}

test('today and tomorrow by name, the next six days by weekday, later by date', () => {
  expect(text('de', '2026-01-15')).toBe('12 kommen heute');
  expect(text('de', '2026-01-16')).toBe('12 kommen morgen');
  expect(text('de', '2026-01-19')).toBe('12 kommen Mo');
  expect(text('de', '2026-01-21')).toBe('12 kommen Mi');
  expect(text('de', '2026-01-22')).toBe('12 kommen 22.01.');
  expect(text('en', '2026-01-15')).toBe('12 arriving today');
  expect(text('en', '2026-01-16')).toBe('12 arriving tomorrow');
  expect(text('en', '2026-01-19')).toBe('12 arriving Mon');
  expect(text('en', '2026-02-03')).toBe('12 arriving 03/02');
});

test('late deliveries are overdue since their day; an order without a day is on order', () => {
  expect(text('de', '2025-11-25')).toBe('12 überfällig seit 25.11.');
  expect(text('en', '2026-01-14')).toBe('12 overdue since 14/01');
  expect(text('de', null)).toBe('12 bestellt');
  expect(text('en', null)).toBe('12 on order');
});

test('the next delivery is the earliest; deliveries on the same day add up; undated ones come last', () => {
  expect(nextIncoming([])).toBeNull();
  expect(nextIncoming([
    { quantity: 5000, expectedOn: null },
    { quantity: 2000, expectedOn: '2026-01-20' },
    { quantity: 3000, expectedOn: '2026-01-18' },
    { quantity: 4000, expectedOn: '2026-01-18' },
  ])).toEqual({ quantity: 7000, expectedOn: '2026-01-18' });
  expect(nextIncoming([{ quantity: 5000, expectedOn: null }, { quantity: 1000, expectedOn: null }])).toEqual({ quantity: 6000, expectedOn: null });
});
