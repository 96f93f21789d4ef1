/** What a production would consume: per component the quantity, what the location holds (short in red) and the cost. */
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductionPreview } from '../../../src-shared/contract/production';
import { useProductionFormat } from './format';

export function PreviewTable({ preview }: { preview: ProductionPreview }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  return (
    <Table verticalSpacing="xs" striped aria-label={t('production.produce.consumes')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('production.boms.component')}</Table.Th>
          <Table.Th ta="right">{t('production.produce.needed')}</Table.Th>
          <Table.Th ta="right">{t('production.produce.onHand')}</Table.Th>
          <Table.Th ta="right">{t('production.boms.componentCost')}</Table.Th>
          <Table.Th ta="right">{t('production.boms.lineCost')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.lines.map((l) => (
          <Table.Tr key={l.productId} c={l.short ? 'red.8' : undefined} fw={l.short ? 700 : undefined} data-short={l.short || undefined}>
            <Table.Td>{l.name}</Table.Td>
            <Table.Td ta="right">{f.quantity(l.quantity, l.unit)}</Table.Td>
            <Table.Td ta="right">{l.onHand === null ? '–' : f.quantity(l.onHand, l.unit)}</Table.Td>
            <Table.Td ta="right">{f.money(l.unitCostCents)}</Table.Td>
            <Table.Td ta="right">{f.money(l.costCents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
