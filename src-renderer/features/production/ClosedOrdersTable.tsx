/** Handed-over and cancelled work orders (they are never deleted), newest first, searchable by number, title, fault or customer. */
import { Badge, Button, Card, Group, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderCard } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { useProductionFormat } from './format';

const PAGE_SIZE = 50;

export function ClosedOrdersTable({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ rows: WorkOrderCard[]; total: number }>({ rows: [], total: 0 });
  const load = useCallback(() => {
    void call('production.workOrders.list', { status: 'closed', search, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }).then(setData);
  }, [search, page]);
  useEffect(load, [load]);
  useChanged(['production'], load);

  return (
    <Stack>
      <TextInput label={t('production.closed.search')} leftSection={<IconSearch size={16} />} w={340} type="search" maxLength={100} value={search}
        onChange={(e) => { setSearch(e.currentTarget.value); setPage(1); }} />
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('production.fields.number')}</Table.Th>
              <Table.Th>{t('production.fields.title')}</Table.Th>
              <Table.Th>{t('production.fields.kind')}</Table.Th>
              <Table.Th>{t('production.fields.status')}</Table.Th>
              <Table.Th>{t('production.closed.closedAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td ff="monospace">{r.number}</Table.Td>
                <Table.Td fw={500}>{r.title}{r.customerName ? ` · ${r.customerName}` : ''}</Table.Td>
                <Table.Td>{t(`production.kinds.${r.kind}`)}</Table.Td>
                <Table.Td><Badge color={r.status === 'cancelled' ? 'gray' : 'green'} variant="light">{t(`production.status.${r.status}`)}</Badge></Table.Td>
                <Table.Td>{r.closedAt ? f.dateTime(r.closedAt) : '–'}</Table.Td>
                <Table.Td ta="right"><Button variant="subtle" mih={44} onClick={() => onOpen(r.id)}>{t('production.closed.open')}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data.rows.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('production.closed.empty')}</Text>}
      </Card>
      <Group justify="flex-end">
        <Pagination total={Math.max(1, Math.ceil(data.total / PAGE_SIZE))} value={page} onChange={setPage} />
      </Group>
    </Stack>
  );
}
