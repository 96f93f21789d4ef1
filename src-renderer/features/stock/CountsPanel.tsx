/** Stock counts: the list, starting one for a location (optionally one category), and the sheet. */
import { Alert, Badge, Button, Card, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../src-shared/contract/catalogue';
import type { StockCountSummary, StockLocation } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { CountSheet } from './CountSheet';

export function CountsPanel({ locations, canManage, openCount, onOpenCount }: {
  locations: StockLocation[];
  canManage: boolean;
  /** The sheet on screen (from the address), or null for the list. */
  openCount: number | null;
  onOpenCount: (countId: number | null) => void;
}) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [counts, setCounts] = useState<StockCountSummary[]>([]);
  const [categories, setCategories] = useState<Category[]>([]);
  const [locationId, setLocationId] = useState<number | null>(null);
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    void call('stock.count.list', { status: 'all' }).then(setCounts);
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    void call('catalogue.category.list', {}).then(setCategories);
  }, []);
  useChanged(['stock'], load);

  async function start() {
    setError(null);
    try {
      const sheet = await call('stock.count.start', { locationId: locationId ?? locations[0]!.id, categoryId });
      onOpenCount(sheet.id);
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  if (openCount !== null) return <CountSheet countId={openCount} canManage={canManage} onBack={() => { onOpenCount(null); load(); }} />;
  return (
    <Stack>
      {canManage && (
        <Group align="flex-end">
          <NativeSelect label={t('stock.location')} w={220} value={String(locationId ?? locations[0]?.id ?? '')}
            onChange={(e) => setLocationId(Number(e.currentTarget.value))} data={locations.map((l) => ({ value: String(l.id), label: l.name }))} />
          <NativeSelect label={t('stock.counts.category')} w={220} value={categoryId === null ? '' : String(categoryId)}
            onChange={(e) => setCategoryId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
            data={[{ value: '', label: t('stock.counts.allCategories') }, ...categories.map((c) => ({ value: String(c.id), label: c.name }))]} />
          <Button mih={44} onClick={() => void start()} disabled={locations.length === 0}>{t('stock.counts.start')}</Button>
        </Group>
      )}
      {error && <Alert color="red">{error}</Alert>}
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stock.counts.number')}</Table.Th>
              <Table.Th>{t('stock.location')}</Table.Th>
              <Table.Th>{t('stock.counts.started')}</Table.Th>
              <Table.Th>{t('stock.counts.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {counts.map((c) => (
              <Table.Tr key={c.id} onClick={() => onOpenCount(c.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>{c.id}</Table.Td>
                <Table.Td>{c.locationName}</Table.Td>
                <Table.Td>{dateTime(c.startedAt)}</Table.Td>
                <Table.Td><Badge color={c.status === 'open' ? 'blue' : c.status === 'posted' ? 'green' : 'gray'}>{t(`stock.counts.status.${c.status}`)}</Badge></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {counts.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('stock.counts.none')}</Text>}
      </Card>
    </Stack>
  );
}
