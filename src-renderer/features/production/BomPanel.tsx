/**
 * One product's bill of materials: the components with today's costs and the rolled-up cost per
 * unit, the earlier versions, and (to manage) editing it into a new version or retiring it.
 */
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Product } from '../../../src-shared/contract/catalogue';
import type { Bom, BomVersion } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { BomEditor } from './BomEditor';
import { useProductionFormat } from './format';

export function BomPanel({ productId, canManage, onClose }: { productId: number; canManage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const navigate = useNavigate();
  const [product, setProduct] = useState<Product | null>(null);
  const [data, setData] = useState<{ current: Bom | null; versions: BomVersion[] } | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    void Promise.all([call('catalogue.product.get', { id: productId }), call('production.bom.get', { productId })]).then(([p, b]) => {
      setProduct(p);
      setData(b);
      if (!b.current && canManage) setEditing(true);
    }, (e: unknown) => setError(errorText(t, e)));
  }, [productId, canManage, t]);
  useEffect(load, [load]);
  useChanged(['production', 'stock'], load);

  async function retire() {
    try {
      await call('production.bom.retire', { productId });
      notifications.show({ color: 'green', message: t('production.boms.retired') });
      load();
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    }
  }

  if (error) return <Alert color="red">{error}</Alert>;
  if (!product || !data) return null;
  const bom = data.current;
  return (
    <Card withBorder padding="lg" data-testid="bom-panel">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('production.boms.title', { name: product.name })}</Title>
          <Group gap="xs">
            {bom && !editing && canManage && (
              <>
                <Button mih={44} onClick={() => setEditing(true)}>{t('production.boms.edit')}</Button>
                <Button mih={44} variant="light" color="teal" onClick={() => navigate(`/back/production?view=produce&product=${productId}`)}>{t('production.boms.produce')}</Button>
                <Button mih={44} variant="subtle" color="red" onClick={() => void retire()}>{t('production.boms.retire')}</Button>
              </>
            )}
            <Button mih={44} variant="default" onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Group>
        {editing ? (
          <BomEditor product={product} bom={bom} onDone={(saved) => { setEditing(false); if (saved) load(); }} />
        ) : bom ? (
          <>
            <Text>{t('production.boms.makes', { quantity: f.quantity(bom.outputQuantity, bom.unit), version: bom.version })}{bom.note ? ` · ${bom.note}` : ''}</Text>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('production.boms.component')}</Table.Th>
                  <Table.Th ta="right">{t('production.boms.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('production.boms.componentCost')}</Table.Th>
                  <Table.Th ta="right">{t('production.boms.lineCost')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {bom.components.map((c) => (
                  <Table.Tr key={c.productId}>
                    <Table.Td>{c.name} {c.hasBom && <Badge size="xs" variant="light">{t('production.boms.subAssembly')}</Badge>}</Table.Td>
                    <Table.Td ta="right">{f.quantity(c.quantity, c.unit)}</Table.Td>
                    <Table.Td ta="right">{f.money(c.unitCostCents)}</Table.Td>
                    <Table.Td ta="right">{f.money(c.costCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group gap="xl">
              <Text fw={700} size="lg" data-testid="bom-unit-cost">{t('production.boms.rolledUp', { cost: f.money(bom.unitCostCents) })}</Text>
              <Text c="dimmed">{t('production.boms.currentCost', { cost: f.money(bom.currentCostCents) })}</Text>
            </Group>
          </>
        ) : <Text c="dimmed">{t('production.boms.none')}</Text>}
        {data.versions.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t('production.boms.versions')}</Text>
            {data.versions.map((v) => (
              <Text key={v.id} size="sm" c={v.retiredAt ? 'dimmed' : undefined}>
                {t('production.boms.versionLine', { version: v.version, at: f.dateTime(v.createdAt), by: v.createdByName ?? '–', n: v.componentCount })}
                {v.retiredAt ? ` · ${t('production.boms.retiredAt', { at: f.dateTime(v.retiredAt) })}` : ''}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
