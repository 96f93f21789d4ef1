/**
 * Closing: up to which day the books are locked (nothing can be posted on or before it), the
 * history of locks and closed years; lock up to a day, close a year; then the DATEV export
 * (the datev feature's panel).
 */
import { Alert, Button, Card, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodStatus } from '../../../src-shared/contract/ledger';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { DatevPanel } from '../datev/DatevPanel';
import { isDay, presetRange, today } from './dates';
import { useBooksStore } from './store';
import { useBooksFormat } from './useBooksFormat';

type Pending = { kind: 'lock'; day: string } | { kind: 'closeYear'; year: number };

export function ClosingView() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const openEntry = useBooksStore((s) => s.openEntry);
  const [status, setStatus] = useState<PeriodStatus | null>(null);
  const [lockDay, setLockDay] = useState(() => presetRange('lastMonth').to);
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(String(thisYear - 1));
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setStatus(await call('ledger.periods'));
    } catch (e) {
      setError(errorText(t, e));
    }
  }, [t]);
  useEffect(() => void load(), [load]);
  useChanged(['ledger'], () => void load());

  const closed = new Set(status?.closedYears.map((y) => y.year));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i).filter((y) => !closed.has(y));

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    setError(null);
    try {
      if (pending.kind === 'lock') {
        setStatus(await call('ledger.lock', { lockDate: pending.day }));
        notifications.show({ color: 'green', message: t('books.closing.locked', { date: format.day(pending.day) }) });
      } else {
        setStatus(await call('ledger.closeYear', { year: pending.year }));
        notifications.show({ color: 'green', message: t('books.closing.yearClosed', { year: pending.year }) });
      }
      setPending(null);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack maw={1100}>
      <Card withBorder>
        <Group gap="sm">
          <IconLock size={22} />
          <Title order={4}>{t('books.closing.statusTitle')}</Title>
        </Group>
        <Text mt="xs" data-testid="lock-status">
          {status?.lockDate ? t('books.closing.lockedUntil', { date: format.day(status.lockDate), open: format.day(status.firstOpenDay ?? status.lockDate) }) : t('books.closing.nothingLocked')}
        </Text>
      </Card>
      {error && !pending && <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>{error}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={4}>{t('books.closing.lockTitle')}</Title>
          <Text size="sm" c="dimmed" my="xs">{t('books.closing.lockText')}</Text>
          <Group align="flex-end">
            <TextInput type="date" label={t('books.closing.lockDate')} value={lockDay} onChange={(e) => setLockDay(e.currentTarget.value)} w={190} />
            <Button disabled={!isDay(lockDay)} onClick={() => setPending({ kind: 'lock', day: lockDay })}>{t('books.closing.lock')}</Button>
          </Group>
        </Card>
        <Card withBorder>
          <Title order={4}>{t('books.closing.closeYearTitle')}</Title>
          <Text size="sm" c="dimmed" my="xs">{t('books.closing.closeYearText')}</Text>
          <Group align="flex-end">
            <NativeSelect label={t('books.closing.year')} value={year} onChange={(e) => setYear(e.currentTarget.value)} w={140}
              data={years.map((y) => String(y))} />
            <Button disabled={years.length === 0} onClick={() => setPending({ kind: 'closeYear', year: Number(year) })}>{t('books.closing.closeYear')}</Button>
          </Group>
        </Card>
      </SimpleGrid>
      {status && (status.locks.length > 0 || status.closedYears.length > 0) && (
        <Card withBorder>
          <Title order={4} mb="xs">{t('books.closing.history')}</Title>
          <Table verticalSpacing={6} aria-label={t('books.closing.history')}>
            <Table.Thead>
              <Table.Tr><Table.Th>{t('books.closing.what')}</Table.Th><Table.Th>{t('books.closing.when')}</Table.Th><Table.Th>{t('books.closing.who')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {status.closedYears.map((y) => (
                <Table.Tr key={`year-${y.year}`}>
                  <Table.Td>
                    {t('books.closing.yearClosedRow', { year: y.year })}{' '}
                    <Button size="compact-sm" variant="subtle" onClick={() => openEntry(y.entryId)}>{t('books.closing.showEntry')}</Button>
                  </Table.Td>
                  <Table.Td>{format.dateTime(y.closedAt)}</Table.Td>
                  <Table.Td />
                </Table.Tr>
              ))}
              {status.locks.map((l) => (
                <Table.Tr key={`lock-${l.lockedAt}`}>
                  <Table.Td>{t('books.closing.lockRow', { date: format.day(l.lockDate) })}</Table.Td>
                  <Table.Td>{format.dateTime(l.lockedAt)}</Table.Td>
                  <Table.Td>{l.staffName ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <DatevPanel />
      <Modal opened={pending !== null} onClose={() => { setPending(null); setError(null); }}
        title={pending?.kind === 'closeYear' ? t('books.closing.closeYearTitle') : t('books.closing.lockTitle')}>
        <Stack>
          <Text>
            {pending?.kind === 'lock' && t('books.closing.lockConfirm', { date: format.day(pending.day) })}
            {pending?.kind === 'closeYear' && t('books.closing.closeYearConfirm', { year: pending.year })}
          </Text>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => { setPending(null); setError(null); }}>{t('common.cancel')}</Button>
            <Button color="orange" loading={busy} onClick={() => void confirm()}>
              {pending?.kind === 'closeYear' ? t('books.closing.closeYear') : t('books.closing.lock')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
