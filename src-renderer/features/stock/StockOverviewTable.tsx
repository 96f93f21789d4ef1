/** On hand per product, in one location or all together: search as you type, pages of 50. */
import { Button, Card, Group, NativeSelect, Pagination, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLocation, StockOverview, StockOverviewRow } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { AdjustDialog } from './AdjustDialog';
import { LimitsDialog } from './LimitsDialog';
import { formatQuantity } from './quantity';
import { TransferDialog } from './TransferDialog';

const PAGE_SIZE = 50;

export function StockOverviewTable({ locations, canManage }: { locations: StockLocation[]; canManage: boolean }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [search, setSearch] = useState('');
  const [locationId, setLocationId] = useState<number | null>(null);
  const [onlyWithStock, setOnlyWithStock] = useState(false);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<StockOverview>({ rows: [], total: 0 });
  const [adjusting, setAdjusting] = useState<StockOverviewRow | null>(null);
  const [moving, setMoving] = useState<StockOverviewRow | null>(null);
  const [limiting, setLimiting] = useState<StockOverviewRow | null>(null);

  const load = useCallback(() => {
    void call('stock.overview', { search, locationId, onlyWithStock, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }).then(setData);
  }, [search, locationId, onlyWithStock, page]);
  useEffect(load, [load]);
  useChanged(['stock', 'sales', 'catalogue'], load);

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('stock.search')} leftSection={<IconSearch size={16} />} value={search} maxLength={100} w={340} type="search"
          onChange={(e) => { setSearch(e.currentTarget.value); setPage(1); }} />
        <NativeSelect label={t('stock.location')} w={220} value={locationId === null ? '' : String(locationId)}
          onChange={(e) => { setLocationId(e.currentTarget.value ? Number(e.currentTarget.value) : null); setPage(1); }}
          data={[{ value: '', label: t('stock.allLocations') }, ...locations.map((l) => ({ value: String(l.id), label: l.name }))]} />
        <Switch label={t('stock.onlyWithStock')} checked={onlyWithStock} mb={8}
          onChange={(e) => { setOnlyWithStock(e.currentTarget.checked); setPage(1); }} />
      </Group>
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stock.columns.name')}</Table.Th>
              <Table.Th>{t('stock.columns.sku')}</Table.Th>
              <Table.Th ta="right">{t('stock.columns.onHand')}</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.productId} data-testid={`stock-${r.productId}`}>
                <Table.Td fw={500}>{r.name}</Table.Td>
                <Table.Td ff="monospace" fz="sm">{r.sku}</Table.Td>
                <Table.Td ta="right" c={r.quantity < 0 ? 'red' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatQuantity(r.quantity, r.unit, locale)}
                </Table.Td>
                {canManage && (
                  <Table.Td ta="right">
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button variant="subtle" size="compact-md" mih={44} onClick={() => setMoving(r)} disabled={locations.length < 2}>{t('stock.transfer.open')}</Button>
                      <Button variant="subtle" size="compact-md" mih={44} onClick={() => setAdjusting(r)}>{t('stock.adjust.open')}</Button>
                      <Button variant="subtle" size="compact-md" mih={44} onClick={() => setLimiting(r)}>{t('stock.limits.open')}</Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data.rows.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('stock.empty')}</Text>}
      </Card>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{t('stock.count', { count: data.total })}</Text>
        <Pagination total={Math.max(1, Math.ceil(data.total / PAGE_SIZE))} value={page} onChange={setPage} />
      </Group>
      {limiting && <LimitsDialog product={limiting} locations={locations} onClose={() => setLimiting(null)} />}
      {moving && <TransferDialog product={moving} locations={locations} onClose={() => { setMoving(null); load(); }} />}
      {adjusting && <AdjustDialog product={adjusting} locations={locations} defaultLocationId={locationId} onClose={() => { setAdjusting(null); load(); }} />}
    </Stack>
  );
}
