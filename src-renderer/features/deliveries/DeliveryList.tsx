/** The deliveries by status, newest planned day first: number, recipient, planned day, status. */
import { Button, Card, Group, Pagination, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELIVERY_STATUSES, type DeliverySummary } from '../../../src-shared/contract/deliveries';
import { call, refreshQuietly } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { formatDay } from './format';
import { DeliveryStatusBadge } from './StatusBadge';
import { useDeliveriesStore } from './store';

const PAGE_SIZE = 50;

export function DeliveryList({ canManage, onOpen, onNew }: { canManage: boolean; onOpen: (id: number) => void; onNew: () => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { status, search, page, setFilter } = useDeliveriesStore();
  const [data, setData] = useState<{ deliveries: DeliverySummary[]; total: number }>({ deliveries: [], total: 0 });

  const load = useCallback(() => {
    void refreshQuietly(async () => setData(await call('deliveries.list', { status, search, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })));
  }, [status, search, page]);
  useEffect(load, [load]);
  useChanged(['deliveries'], load);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <SegmentedControl aria-label={t('deliveries.filter')} value={status} onChange={(v) => setFilter({ status: v as typeof status })}
            data={[...DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`deliveries.status.${s}`) })), { value: 'all', label: t('deliveries.statusAll') }]} />
          <TextInput aria-label={t('deliveries.search')} placeholder={t('deliveries.search')} leftSection={<IconSearch size={16} />} w={300} type="search"
            value={search} maxLength={100} onChange={(e) => setFilter({ search: e.currentTarget.value })} />
        </Group>
        {canManage && <Button mih={44} leftSection={<IconPlus size={18} />} onClick={onNew}>{t('deliveries.new')}</Button>}
      </Group>
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deliveries.columns.number')}</Table.Th>
              <Table.Th>{t('deliveries.columns.recipient')}</Table.Th>
              <Table.Th>{t('deliveries.columns.plannedOn')}</Table.Th>
              <Table.Th ta="right">{t('deliveries.columns.lines')}</Table.Th>
              <Table.Th>{t('deliveries.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.deliveries.map((d) => (
              <Table.Tr key={d.id} data-testid={`delivery-${d.id}`} onClick={() => onOpen(d.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <Button variant="subtle" size="compact-md" mih={44} aria-label={t('deliveries.detail.title', { number: d.number })}
                    onClick={(e) => { e.stopPropagation(); onOpen(d.id); }}>{d.number}</Button>
                </Table.Td>
                <Table.Td>
                  <Text fw={500}>{d.recipientName}</Text>
                  <Text size="sm" c="dimmed">{[d.recipientCity, d.reference].filter(Boolean).join(' · ')}</Text>
                </Table.Td>
                <Table.Td>{formatDay(d.plannedOn, locale)}</Table.Td>
                <Table.Td ta="right">{d.lineCount}</Table.Td>
                <Table.Td><DeliveryStatusBadge status={d.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data.deliveries.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('deliveries.none')}</Text>}
      </Card>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{t('deliveries.count', { count: data.total })}</Text>
        <Pagination total={Math.max(1, Math.ceil(data.total / PAGE_SIZE))} value={page} onChange={(p) => setFilter({ page: p })} />
      </Group>
    </Stack>
  );
}
