/**
 * Producing from a bill of materials: the product, how many, where; what that consumes (short
 * components in red) and what it costs; then one production document. Reached from the board for
 * a stock work order (&for=<order id>) or from a bill (&product=<id>).
 */
import { Alert, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BomSummary, Production, ProductionPreview, WorkOrderCard } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { useCommand } from '../../lib/useCommand';
import { parseQuantityInput, useProductionFormat } from './format';
import { PreviewTable } from './PreviewTable';
import { ProductionsTable } from './ProductionsTable';
import { useProductionStore } from './store';

export function ProduceView({ canManage, onOpenOrder }: { canManage: boolean; onOpenOrder: (id: number) => void }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const [params] = useSearchParams();
  const locations = useProductionStore((s) => s.locations);
  const [boms, setBoms] = useState<BomSummary[]>([]);
  const [orders, setOrders] = useState<WorkOrderCard[]>([]);
  const [productId, setProductId] = useState<number | null>(Number(params.get('product')) || null);
  const [workOrderId, setWorkOrderId] = useState<number | null>(Number(params.get('for')) || null);
  const [quantity, setQuantity] = useState('1');
  const [locationId, setLocationId] = useState<number>(1);
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<ProductionPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [done, setDone] = useState<Production | null>(null);
  const { busy, error, run } = useCommand();
  const thousandths = parseQuantityInput(quantity);

  const loadLists = useCallback(() => {
    void call('production.boms.list', {}).then(setBoms);
    void call('production.workOrders.list', { status: 'open', limit: 500 }).then((r) => setOrders(r.rows.filter((o) => o.productId !== null && o.kind !== 'serviceJob')));
  }, []);
  useEffect(loadLists, [loadLists]);
  useChanged(['production'], loadLists);

  // Coming from a work order: its product and quantity.
  const forOrder = Number(params.get('for')) || null;
  useEffect(() => {
    if (forOrder === null) return;
    void call('production.workOrders.get', { id: forOrder }).then((o) => {
      if (o.productId !== null) setProductId(o.productId);
      if (o.quantity !== null) setQuantity(f.quantityInput(o.quantity));
      setWorkOrderId(o.id);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the address names another order
  }, [forOrder]);

  const loadPreview = useCallback(() => {
    if (productId === null || !thousandths) return setPreview(null);
    call('production.preview', { productId, quantity: thousandths, locationId })
      .then((p) => { setPreview(p); setPreviewError(null); }, (e: unknown) => { setPreview(null); setPreviewError(errorText(t, e)); });
  }, [productId, thousandths, locationId, t]);
  useEffect(() => {
    const timer = setTimeout(loadPreview, 120);
    return () => clearTimeout(timer);
  }, [loadPreview]);
  useChanged(['stock', 'production'], loadPreview);

  async function produce() {
    if (productId === null || !thousandths) return;
    await run(async () => {
      const made = await call('production.produce', { productId, quantity: thousandths, locationId, workOrderId, note });
      setDone(made);
      setWorkOrderId(null);
      setNote('');
    });
  }

  const ordersForProduct = orders.filter((o) => o.productId === productId);
  return (
    <Stack>
      <Card withBorder padding="lg">
        <Stack>
          <Group align="flex-end" wrap="wrap">
            <NativeSelect label={t('production.produce.product')} w={320} value={productId === null ? '' : String(productId)}
              onChange={(e) => { setProductId(e.currentTarget.value ? Number(e.currentTarget.value) : null); setWorkOrderId(null); setDone(null); }}
              data={[{ value: '', label: t('production.produce.choose') }, ...boms.map((b) => ({ value: String(b.productId), label: b.name }))]} />
            <TextInput label={t('production.produce.quantity')} value={quantity} onChange={(e) => { setQuantity(e.currentTarget.value); setDone(null); }} w={120}
              error={!thousandths ? t('production.dialog.quantityInvalid') : undefined} />
            <NativeSelect label={t('production.produce.location')} w={180} value={String(locationId)} onChange={(e) => setLocationId(Number(e.currentTarget.value))}
              data={locations.map((l) => ({ value: String(l.id), label: l.name }))} />
            <NativeSelect label={t('production.produce.workOrder')} w={360} value={workOrderId === null ? '' : String(workOrderId)}
              onChange={(e) => setWorkOrderId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
              data={[{ value: '', label: t('production.produce.noWorkOrder') },
                ...ordersForProduct.map((o) => ({ value: String(o.id), label: t('production.produce.workOrderOption', { number: o.number, title: o.title }) }))]} />
          </Group>
          <TextInput label={t('production.produce.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} w={500} />
          {previewError && <Alert color="red">{previewError}</Alert>}
          {preview && <PreviewTable preview={preview} />}
          {preview && (
            <Group justify="space-between" align="center">
              <Stack gap={0}>
                <Text fw={700} size="lg" data-testid="produce-unit-cost">{t('production.produce.unitCost', { cost: f.money(preview.unitCostCents), total: f.money(preview.totalCostCents) })}</Text>
                <Text c="dimmed">{t('production.produce.average', { from: f.money(preview.currentCostCents), to: f.money(preview.newCostCents) })}</Text>
              </Stack>
              {canManage && (
                <Button size="md" mih={44} color="teal" onClick={() => void produce()} loading={busy} disabled={!preview.possible}>
                  {t('production.produce.submit', { quantity: f.quantity(preview.quantity, preview.unit), name: preview.name })}
                </Button>
              )}
            </Group>
          )}
          {preview && !preview.possible && <Alert color="red">{t('production.produce.short')}</Alert>}
          {error && <Alert color="red">{error}</Alert>}
          {done && (
            <Alert color="green" title={t('production.produce.doneTitle', { number: done.number })} data-testid="produce-done">
              <Group justify="space-between">
                <Text>{t('production.produce.done', { quantity: f.quantity(done.quantity, done.unit), name: done.name, cost: f.money(done.unitCostCents), location: done.locationName })}</Text>
                {done.workOrderId !== null && <Button variant="subtle" mih={44} onClick={() => onOpenOrder(done.workOrderId ?? 0)}>{t('production.produce.openOrder', { number: done.workOrderNumber })}</Button>}
              </Group>
            </Alert>
          )}
        </Stack>
      </Card>
      <Title order={4}>{t('production.produce.recent')}</Title>
      <ProductionsTable />
    </Stack>
  );
}
