/**
 * Material used on a work order: taken from a location at its moving-average cost (a stock move
 * with reason production against the order), or unused material put back.
 */
import { Alert, Button, CloseButton, Group, NativeSelect, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';
import { formatMoveQuantity } from '../stock/quantity';
import { parseQuantityInput, useProductionFormat } from './format';
import { ProductSearch } from '../catalogue/ProductSearch';
import { useProductionStore } from './store';

export function MaterialsSection({ order, canManage, onSaved }: { order: WorkOrderDetail; canManage: boolean; onSaved: (o: WorkOrderDetail) => void }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const locations = useProductionStore((s) => s.locations);
  const [direction, setDirection] = useState<'take' | 'return'>('take');
  const [locationId, setLocationId] = useState(String(locations[0]?.id ?? 1));
  const [product, setProduct] = useState<{ id: number; name: string } | null>(null);
  const [quantity, setQuantity] = useState('1');
  const [note, setNote] = useState('');
  const { busy, error, run } = useCommand();
  const thousandths = parseQuantityInput(quantity);

  async function book() {
    if (!product || !thousandths) return;
    await run(async () => {
      const signed = direction === 'take' ? thousandths : -thousandths;
      onSaved(await call('production.workOrders.addMaterials', { id: order.id, locationId: Number(locationId), note, lines: [{ productId: product.id, quantity: signed }] }));
      setProduct(null);
      setQuantity('1');
      setNote('');
    });
  }

  return (
    <Stack>
      {order.materials.length === 0 ? <Text c="dimmed">{t('production.materials.empty')}</Text> : (
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('production.materials.product')}</Table.Th>
              <Table.Th>{t('production.materials.location')}</Table.Th>
              <Table.Th ta="right">{t('production.materials.quantity')}</Table.Th>
              <Table.Th ta="right">{t('production.materials.unitCost')}</Table.Th>
              <Table.Th ta="right">{t('production.materials.cost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.materials.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.name}{m.note ? <Text size="xs" c="dimmed">{m.note}</Text> : null}</Table.Td>
                <Table.Td>{m.locationName}</Table.Td>
                <Table.Td ta="right">{formatMoveQuantity(m.quantity, f.locale)}</Table.Td>
                <Table.Td ta="right">{f.money(m.unitCostCents)}</Table.Td>
                <Table.Td ta="right">{f.money(m.costCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={4}>{t('production.materials.total')}</Table.Th>
              <Table.Th ta="right" data-testid="material-total">{f.money(order.materialCostCents)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {canManage && (
        <Stack gap="xs">
          <SegmentedControl value={direction} onChange={(v) => setDirection(v as 'take' | 'return')} w={340}
            data={[{ value: 'take', label: t('production.materials.take') }, { value: 'return', label: t('production.materials.putBack') }]} />
          <Group align="flex-end" wrap="wrap">
            {product ? (
              <TextInput label={t('production.materials.product')} value={product.name} readOnly w={260}
                rightSection={<CloseButton aria-label={t('production.dialog.removeProduct')} onClick={() => setProduct(null)} />} />
            ) : <ProductSearch label={t('production.materials.product')} width={260} onPick={(p) => setProduct({ id: p.id, name: p.name })} />}
            <TextInput label={t('production.materials.quantity')} value={quantity} onChange={(e) => setQuantity(e.currentTarget.value)} w={100} />
            <NativeSelect label={t('production.materials.location')} value={locationId} onChange={(e) => setLocationId(e.currentTarget.value)} w={160}
              data={locations.map((l) => ({ value: String(l.id), label: l.name }))} />
          </Group>
          <Group align="flex-end">
            <TextInput label={t('production.materials.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} w={300} />
            <Button mih={44} onClick={() => void book()} loading={busy} disabled={!product || !thousandths}>
              {direction === 'take' ? t('production.materials.bookTake') : t('production.materials.bookReturn')}
            </Button>
          </Group>
          {error && <Alert color="red">{error}</Alert>}
        </Stack>
      )}
    </Stack>
  );
}
