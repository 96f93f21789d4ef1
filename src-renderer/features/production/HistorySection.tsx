/** Every change of a work order, oldest first: who, when, from → to, and why. */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail, WorkOrderEvent } from '../../../src-shared/contract/production';
import { useProductionFormat } from './format';

export function HistorySection({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const status = (value: string | null) => (value ? t(`production.status.${value}`) : '–');
  const fields = (value: string | null) => (value ?? '').split(',').filter(Boolean).map((k) => t(`production.changedFields.${k}`)).join(', ');
  function what(e: WorkOrderEvent): string {
    switch (e.kind) {
      case 'created': return t('production.history.created');
      case 'status': return `${status(e.from)} → ${status(e.to)}`;
      case 'assigned': return t('production.history.assigned', { from: e.from ?? t('production.board.unassigned'), to: e.to ?? t('production.board.unassigned') });
      case 'details': return t('production.history.details', { fields: fields(e.to) });
    }
  }
  return (
    <Table verticalSpacing="xs" striped aria-label={t('production.detail.tabs.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('production.history.at')}</Table.Th>
          <Table.Th>{t('production.history.who')}</Table.Th>
          <Table.Th>{t('production.history.what')}</Table.Th>
          <Table.Th>{t('production.history.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.events.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{f.dateTime(e.at)}</Table.Td>
            <Table.Td>{e.staffName ?? '–'}</Table.Td>
            <Table.Td fw={500}>{what(e)}</Table.Td>
            <Table.Td><Text size="sm">{e.note}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
