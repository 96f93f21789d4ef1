/** Products below their minimum, with how much to order to reach the maximum; "Reorder" goes to purchasing's suggestions. */
import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LowStockRow } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { can, useSessionStore } from '../auth/store';
import { formatQuantity } from './quantity';

/** Purchasing's reorder suggestions (the `view` key is the purchasing tab's). */
export const REORDER_ROUTE = '/back/purchasing?view=reorder';

export function LowStockTable() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const navigate = useNavigate();
  const session = useSessionStore((s) => s.session);
  const [rows, setRows] = useState<LowStockRow[]>([]);
  const load = useCallback(() => {
    void call('stock.lowStock', { limit: 500 }).then((r) => setRows(r.rows));
  }, []);
  useEffect(load, [load]);
  useChanged(['stock', 'sales'], load);

  return (
    <Stack>
      {can(session, 'purchasing.manage') && (
        <Group justify="flex-end">
          <Button mih={44} leftSection={<IconTruckDelivery size={18} />} onClick={() => void navigate(REORDER_ROUTE)}>{t('stock.reorder')}</Button>
        </Group>
      )}
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stock.columns.name')}</Table.Th>
              <Table.Th>{t('stock.location')}</Table.Th>
              <Table.Th ta="right">{t('stock.columns.onHand')}</Table.Th>
              <Table.Th ta="right">{t('stock.columns.min')}</Table.Th>
              <Table.Th ta="right">{t('stock.columns.max')}</Table.Th>
              <Table.Th ta="right">{t('stock.columns.suggested')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.productId}-${r.locationId}`}>
                <Table.Td fw={500}>{r.name}</Table.Td>
                <Table.Td>{r.locationName}</Table.Td>
                {[r.quantity, r.minQuantity, r.maxQuantity, r.suggestedQuantity].map((q, i) => (
                  <Table.Td key={i} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{formatQuantity(q, r.unit, locale)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {rows.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('stock.noLowStock')}</Text>}
      </Card>
    </Stack>
  );
}
