/** The latest productions: number, when, what and how many, where, at which unit cost, for which work order. */
import { Card, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductionSummary } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { useProductionFormat } from './format';

export function ProductionsTable() {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const [rows, setRows] = useState<ProductionSummary[]>([]);
  const load = useCallback(() => {
    void call('production.list', { limit: 20 }).then((r) => setRows(r.rows));
  }, []);
  useEffect(load, [load]);
  useChanged(['production'], load);

  return (
    <Card withBorder padding={0}>
      <Table verticalSpacing="xs" horizontalSpacing="md" striped aria-label={t('production.produce.recent')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('production.fields.number')}</Table.Th>
            <Table.Th>{t('production.history.at')}</Table.Th>
            <Table.Th>{t('production.boms.product')}</Table.Th>
            <Table.Th ta="right">{t('production.produce.quantity')}</Table.Th>
            <Table.Th>{t('production.produce.location')}</Table.Th>
            <Table.Th ta="right">{t('production.produce.unitCostColumn')}</Table.Th>
            <Table.Th ta="right">{t('production.produce.totalColumn')}</Table.Th>
            <Table.Th>{t('production.produce.workOrder')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td ff="monospace">{r.number}</Table.Td>
              <Table.Td>{f.dateTime(r.at)}{r.staffName ? ` · ${r.staffName}` : ''}</Table.Td>
              <Table.Td fw={500}>{r.name}</Table.Td>
              <Table.Td ta="right">{f.quantity(r.quantity, r.unit)}</Table.Td>
              <Table.Td>{r.locationName}</Table.Td>
              <Table.Td ta="right">{f.money(r.unitCostCents)}</Table.Td>
              <Table.Td ta="right">{f.money(r.totalCostCents)}</Table.Td>
              <Table.Td>{r.workOrderNumber ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('production.produce.none')}</Text>}
    </Card>
  );
}
