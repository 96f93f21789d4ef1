/**
 * The cash book: for every day with cash moves its opening balance, each move in or out with the
 * running balance, and the closing balance. Printable and as CSV, like the reports.
 */
import { Alert, Group, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CashBook } from '../../../src-shared/contract/ledger';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { DateRangeControl } from './DateRangeControl';
import { presetRange, type DayRange } from './dates';
import { cents, centsOrBlank, type Sheet } from './sheet';
import { SheetView } from './SheetView';
import { useBooksStore } from './store';
import { useBooksFormat } from './useBooksFormat';

export function CashBookView() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const openEntry = useBooksStore((s) => s.openEntry);
  const [range, setRange] = useState<DayRange>(() => presetRange('thisMonth'));
  const [book, setBook] = useState<CashBook | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setBook(await call('ledger.cashBook', range));
      setError(null);
    } catch (e) {
      setError(errorText(t, e));
    }
  }, [range, t]);
  useEffect(() => void load(), [load]);
  useChanged(['ledger'], () => void load());

  const sheet: Sheet = {
    columns: [
      { label: t('books.columns.number') }, { label: t('books.columns.text') },
      { label: t('books.cashBook.in'), numeric: true }, { label: t('books.cashBook.out'), numeric: true }, { label: t('books.cashBook.balance'), numeric: true },
    ],
    rows: (book?.days ?? []).flatMap((day) => [
      { key: `${day.date}-head`, kind: 'group' as const, cells: [format.date(`${day.date}T12:00:00`)] },
      { key: `${day.date}-open`, kind: 'subtotal' as const, cells: ['', t('books.cashBook.opening'), null, null, cents(day.openingCents)] },
      ...day.moves.map((move) => ({
        key: `${day.date}-${move.entryId}`,
        cells: [move.number, move.text, centsOrBlank(move.inCents), centsOrBlank(move.outCents), cents(move.balanceCents)],
        onOpen: () => openEntry(move.entryId),
        openLabel: t('books.journal.open', { number: move.number }),
      })),
      { key: `${day.date}-close`, kind: 'subtotal' as const, cells: ['', t('books.cashBook.closing'), null, null, cents(day.closingCents)] },
    ]),
  };

  return (
    <Stack>
      <DateRangeControl value={range} onChange={setRange} />
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {book && (
        <SheetView sheet={sheet} title={t('books.cashBook.title')} period={format.period(range)} fileName={`${t('books.cashBook.fileName')}-${range.from}-${range.to}`}
          emptyText={t('books.cashBook.empty')} testId="cash-book">
          <Group gap="xl">
            <div><Text size="xs" c="dimmed">{t('books.cashBook.periodOpening')}</Text><Text fw={600} data-testid="cash-opening">{format.money(book.openingCents)}</Text></div>
            <div><Text size="xs" c="dimmed">{t('books.cashBook.periodClosing')}</Text><Text fw={600} data-testid="cash-closing">{format.money(book.closingCents)}</Text></div>
          </Group>
        </SheetView>
      )}
    </Stack>
  );
}
