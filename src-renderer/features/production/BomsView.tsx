/**
 * Bills of materials: the products made here with their rolled-up cost per unit, and the bill of
 * the chosen product (&product=<id> in the address). A new bill starts from picking the product.
 */
import { Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BomSummary } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { BomPanel } from './BomPanel';
import { useProductionFormat } from './format';
import { ProductSearch } from '../catalogue/ProductSearch';

export function BomsView({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [boms, setBoms] = useState<BomSummary[]>([]);
  const selected = Number(params.get('product')) || null;
  const select = (productId: number | null) => setParams(productId === null ? { view: 'boms' } : { view: 'boms', product: String(productId) });

  const load = useCallback(() => {
    void call('production.boms.list', { search }).then(setBoms);
  }, [search]);
  useEffect(load, [load]);
  useChanged(['production', 'stock', 'catalogue'], load);

  return (
    <Stack>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <TextInput label={t('production.boms.search')} leftSection={<IconSearch size={16} />} w={300} type="search" maxLength={100}
          value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        {canManage && <ProductSearch label={t('production.boms.newFor')} width={340} onPick={(p) => select(p.id)} />}
      </Group>
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('production.boms.product')}</Table.Th>
              <Table.Th>{t('production.boms.version')}</Table.Th>
              <Table.Th ta="right">{t('production.boms.output')}</Table.Th>
              <Table.Th ta="right">{t('production.boms.components')}</Table.Th>
              <Table.Th ta="right">{t('production.boms.unitCost')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {boms.map((b) => (
              <Table.Tr key={b.productId} data-testid={`bom-${b.productId}`} bg={b.productId === selected ? 'blue.0' : undefined}>
                <Table.Td fw={500}>{b.name} <Text span size="xs" c="dimmed" ff="monospace">{b.sku}</Text></Table.Td>
                <Table.Td>{b.version}</Table.Td>
                <Table.Td ta="right">{f.quantity(b.outputQuantity, b.unit)}</Table.Td>
                <Table.Td ta="right">{b.componentCount}</Table.Td>
                <Table.Td ta="right">{f.money(b.unitCostCents)}</Table.Td>
                <Table.Td ta="right"><Button variant="subtle" mih={44} onClick={() => select(b.productId)}>{t('production.boms.show')}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {boms.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('production.boms.empty')}</Text>}
      </Card>
      {selected !== null && <BomPanel key={selected} productId={selected} canManage={canManage} onClose={() => select(null)} />}
    </Stack>
  );
}
