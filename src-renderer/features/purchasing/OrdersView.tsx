/** Purchase orders: the list with status and supplier filters; an order opens in place (its address has ?order=). */
import { Button, Card, Group, NativeSelect, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrderSummary } from '../../../src-shared/contract/purchasing';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { useSuppliers } from './data';
import { usePurchasingFormat } from './format';
import { usePurchasingNav } from './nav';
import { OrderPage } from './OrderPage';
import { StatusBadge } from './StatusBadge';

const FILTERS = ['all', 'draft', 'open', 'overdue', 'received', 'closed', 'cancelled'] as const;
type Filter = (typeof FILTERS)[number];
const PAGE_SIZE = 50;
const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function OrderList({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const nav = usePurchasingNav();
  const suppliers = useSuppliers(true);
  const [status, setStatus] = useState<Filter>('all');
  const [supplierId, setSupplierId] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ orders: PurchaseOrderSummary[]; total: number }>({ orders: [], total: 0 });
  const load = useCallback(() => {
    void refreshQuietly(async () => setData(await call('purchasing.orders.list', { status, supplierId, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })));
  }, [status, supplierId, page]);
  useEffect(load, [load]);
  useChanged(['purchasing'], load);

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect label={t('purchasing.orders.statusFilter')} w={220} value={status}
          onChange={(e) => { setStatus(e.currentTarget.value as Filter); setPage(1); }}
          data={FILTERS.map((f) => ({ value: f, label: t(`purchasing.orders.filters.${f}`) }))} />
        <NativeSelect label={t('purchasing.supplier')} w={260} value={supplierId === null ? '' : String(supplierId)}
          onChange={(e) => { setSupplierId(e.currentTarget.value ? Number(e.currentTarget.value) : null); setPage(1); }}
          data={[{ value: '', label: t('purchasing.allSuppliers') }, ...suppliers.map((s) => ({ value: String(s.id), label: s.name }))]} />
        {canManage && <Button ml="auto" mih={44} leftSection={<IconPlus size={18} />} onClick={() => nav.createOrder(supplierId)}>{t('purchasing.orders.new')}</Button>}
      </Group>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover aria-label={t('purchasing.tabs.orders')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.orders.number')}</Table.Th>
                <Table.Th>{t('purchasing.supplier')}</Table.Th>
                <Table.Th>{t('purchasing.orders.status')}</Table.Th>
                <Table.Th>{t('purchasing.location')}</Table.Th>
                <Table.Th>{t('purchasing.orders.expectedOn')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.orders.map((o) => (
                <Table.Tr key={o.id} data-testid={`order-row-${o.id}`} onClick={() => nav.openOrder(o.id)} style={{ cursor: 'pointer' }}
                  bg={o.overdue ? 'var(--mantine-color-red-0)' : undefined}>
                  <Table.Td>
                    <Button variant="subtle" size="compact-md" mih={44} px={6} aria-label={t('purchasing.orders.openNumber', { number: o.number })}
                      onClick={(e) => { e.stopPropagation(); nav.openOrder(o.id); }}>{o.number}</Button>
                  </Table.Td>
                  <Table.Td fw={500}>{o.supplierName}</Table.Td>
                  <Table.Td><StatusBadge status={o.status} overdue={o.overdue} /></Table.Td>
                  <Table.Td>{o.locationName}</Table.Td>
                  <Table.Td c={o.overdue ? 'red' : undefined} fw={o.overdue ? 600 : undefined} style={num}>{format.day(o.expectedOn)}</Table.Td>
                  <Table.Td ta="right" style={num}>{format.money(o.netCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data.orders.length === 0 && (
          <Text c="dimmed" p="lg" ta="center">{status === 'all' && supplierId === null ? t('purchasing.orders.emptyAll') : t('purchasing.orders.empty')}</Text>
        )}
      </Card>
      {data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} />}
    </Stack>
  );
}

export function OrdersView({ canManage, canReceive }: { canManage: boolean; canReceive: boolean }) {
  const nav = usePurchasingNav();
  if (nav.newOrder || nav.orderId !== null) {
    return <OrderPage key={nav.orderId ?? 'new'} orderId={nav.orderId} supplierId={nav.supplierId} canManage={canManage} canReceive={canReceive} />;
  }
  return <OrderList canManage={canManage} />;
}
