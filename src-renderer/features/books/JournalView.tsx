/**
 * The journal: every entry, newest first, filtered by period, account and text, 50 to a page.
 * An entry opens in the drawer.
 */
import { Alert, Anchor, Badge, Card, Group, Pagination, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPaperclip, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalPage } from '../../../src-shared/contract/ledger';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { AccountSelect } from './AccountSelect';
import { isDay } from './dates';
import { useBooksStore } from './store';
import { useBooksFormat } from './useBooksFormat';

export const JOURNAL_PAGE_SIZE = 50;
const NUMERIC = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function JournalView() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const openEntry = useBooksStore((s) => s.openEntry);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [accountId, setAccountId] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<JournalPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const serial = useRef(0);

  const fromDay = isDay(from) ? from : null;
  const toDay = isDay(to) ? to : null;
  const rangeInvalid = fromDay !== null && toDay !== null && fromDay > toDay;

  const load = useCallback(async () => {
    if (rangeInvalid) return;
    const mine = ++serial.current;
    try {
      const result = await call('ledger.journal', {
        from: fromDay, to: toDay, accountId, search: debouncedSearch, offset: (page - 1) * JOURNAL_PAGE_SIZE, limit: JOURNAL_PAGE_SIZE,
      });
      // Only the latest request's answer is shown (typing sends several).
      if (mine === serial.current) { setData(result); setError(null); }
    } catch (e) {
      if (mine === serial.current) setError(errorText(t, e));
    }
  }, [fromDay, toDay, accountId, debouncedSearch, page, rangeInvalid, t]);

  useEffect(() => void load(), [load]);
  useChanged(['ledger'], () => void load());

  // Any filter change starts again at page 1.
  const filter = <T,>(set: (v: T) => void) => (value: T) => { set(value); setPage(1); };
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / JOURNAL_PAGE_SIZE));

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput type="date" label={t('books.range.from')} value={from} onChange={(e) => filter(setFrom)(e.currentTarget.value)} w={170}
          error={rangeInvalid ? t('books.range.fromAfterTo') : undefined} />
        <TextInput type="date" label={t('books.range.to')} value={to} onChange={(e) => filter(setTo)(e.currentTarget.value)} w={170} />
        <AccountSelect label={t('books.journal.account')} placeholder={t('books.journal.allAccounts')} value={accountId} onChange={filter(setAccountId)} w={300} />
        <TextInput type="search" label={t('books.journal.search')} placeholder={t('books.journal.searchPlaceholder')} leftSection={<IconSearch size={16} />}
          value={search} onChange={(e) => filter(setSearch)(e.currentTarget.value)} maxLength={100} w={260} />
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover aria-label={t('books.tabs.journal')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('books.columns.number')}</Table.Th>
                <Table.Th>{t('books.columns.date')}</Table.Th>
                <Table.Th>{t('books.columns.text')}</Table.Th>
                <Table.Th>{t('books.columns.source')}</Table.Th>
                <Table.Th ta="right">{t('books.columns.amount')}</Table.Th>
                <Table.Th><IconPaperclip size={16} aria-label={t('books.columns.attachments')} /></Table.Th>
                <Table.Th>{t('books.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.entries.map((e) => (
                <Table.Tr key={e.id} onClick={() => openEntry(e.id)} style={{ cursor: 'pointer' }} data-testid={`journal-${e.number}`}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={500} onClick={(ev) => { ev.stopPropagation(); openEntry(e.id); }}
                      aria-label={t('books.journal.open', { number: e.number })}>{e.number}</Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(e.bookedOn)}</Table.Td>
                  <Table.Td>
                    <Text span inherit td={e.reversedByEntryId !== null ? 'line-through' : undefined} c={e.reversedByEntryId !== null ? 'dimmed' : undefined}>{e.text}</Text>
                  </Table.Td>
                  <Table.Td><Text span size="sm" c="dimmed">{format.source(e.source)}</Text></Table.Td>
                  <Table.Td ta="right" style={NUMERIC}>{format.money(e.totalCents)}</Table.Td>
                  <Table.Td>
                    {e.attachments > 0 && (
                      <Tooltip label={t('books.journal.attachments', { count: e.attachments })}>
                        <IconPaperclip size={18} aria-label={t('books.journal.attachments', { count: e.attachments })} />
                      </Tooltip>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {e.reversedByEntryId !== null && <Badge color="orange" variant="light">{t('books.journal.reversed')}</Badge>}
                    {e.reversesEntryId !== null && <Badge color="blue" variant="light">{t('books.journal.reversal')}</Badge>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data && data.entries.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('books.journal.empty')}</Text>}
      </Card>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="journal-count">{t('books.journal.count', { count: data?.total ?? 0 })}</Text>
        {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} />}
      </Group>
    </Stack>
  );
}
