/**
 * A new or draft order: supplier, where the goods go, expected day, note and the lines (found by
 * search; the price comes from the supplier's list). Save keeps it a draft; "Bestellen" saves and
 * places it; the PDF can be made from the draft too.
 */
import { ActionIcon, Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconSend, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../src-shared/contract/catalogue';
import type { PurchaseOrder, Supplier } from '../../../src-shared/contract/purchasing';
import { call, refreshQuietly } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useCommand } from '../../lib/useCommand';
import { useLocations, useSuppliers } from './data';
import { MoneyField, QuantityField } from './fields';
import { isDay, lineNet, usePurchasingFormat } from './format';
import { downloadOrderPdf } from './pdf';
import { ProductSearch } from '../catalogue/ProductSearch';
import { ReasonDialog } from './ReasonDialog';

interface DraftLine {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  quantity: number | null;
  unitCostCents: number | null;
}

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function OrderEditor({ order, initialSupplierId, canManage, onSaved }: {
  order: PurchaseOrder | null;
  initialSupplierId: number | null;
  canManage: boolean;
  onSaved: (order: PurchaseOrder) => void;
}) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const suppliers = useSuppliers();
  const locations = useLocations();
  const [supplierId, setSupplierId] = useState<number | null>(order?.supplierId ?? initialSupplierId);
  const [locationId, setLocationId] = useState<number | null>(order?.locationId ?? null);
  const [expectedOn, setExpectedOn] = useState(order?.expectedOn ?? '');
  const [note, setNote] = useState(order?.note ?? '');
  const [lines, setLines] = useState<DraftLine[]>(() => order?.lines.map((l) => ({ ...l })) ?? []);
  const [supplier, setSupplier] = useState<Supplier | null>(null);
  const { busy, error, setError, run: runCommand } = useCommand();
  const [cancelling, setCancelling] = useState(false);
  // A new order that was created but then not placed (refused) is updated from then on, not created twice.
  const [createdId, setCreatedId] = useState<number | null>(null);

  useEffect(() => {
    if (supplierId === null) return setSupplier(null);
    void refreshQuietly(async () => setSupplier(await call('purchasing.suppliers.get', { id: supplierId })));
  }, [supplierId]);
  const location = locationId ?? locations[0]?.id ?? null;
  const supplierSku = (productId: number) => supplier?.products.find((p) => p.productId === productId)?.supplierSku ?? '';

  function add(product: ProductSummary) {
    const known = supplier?.products.find((p) => p.productId === product.id);
    setLines((current) => [...current, {
      productId: product.id, sku: product.sku, name: product.name, unit: product.unit,
      quantity: known?.packSize ?? 1000, unitCostCents: known?.priceCents ?? 0,
    }]);
  }
  const change = (index: number, patch: Partial<DraftLine>) => setLines((current) => current.map((l, i) => (i === index ? { ...l, ...patch } : l)));

  const ready = supplierId !== null && location !== null && lines.length > 0 && (expectedOn === '' || isDay(expectedOn))
    && lines.every((l) => l.quantity !== null && l.quantity > 0 && l.unitCostCents !== null);
  const total = lines.reduce((sum, l) => sum + lineNet(l.quantity ?? 0, l.unitCostCents ?? 0), 0);

  async function save(): Promise<PurchaseOrder> {
    const input = {
      supplierId: supplierId!, locationId: location!, expectedOn: expectedOn || null, note: note.trim(),
      lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity!, unitCostCents: l.unitCostCents! })),
    };
    const id = order?.id ?? createdId;
    if (id !== null) return call('purchasing.orders.update', { id, ...input });
    const created = await call('purchasing.orders.create', input);
    setCreatedId(created.id);
    return created;
  }

  async function run(action: () => Promise<PurchaseOrder>, done?: (o: PurchaseOrder) => string) {
    await runCommand(async () => {
      const saved = await action();
      if (done) notifications.show({ color: 'green', message: done(saved) });
      onSaved(saved);
    });
  }

  async function pdf() {
    if (!order) return;
    setError(null);
    try {
      const fileName = await downloadOrderPdf(order.id);
      notifications.show({ color: 'green', message: t('purchasing.orders.pdfSaved', { fileName }) });
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  const disabled = !canManage;
  return (
    <Stack mt="md">
      <Group justify="space-between">
        <Title order={3}>{order ? t('purchasing.orders.draftTitle', { number: order.number }) : t('purchasing.orders.newTitle')}</Title>
        <Group>
          {order && <Button variant="default" mih={44} leftSection={<IconFileTypePdf size={18} />} onClick={() => void pdf()}>{t('purchasing.orders.pdf')}</Button>}
          {order && canManage && <Button variant="light" color="red" mih={44} onClick={() => setCancelling(true)}>{t('purchasing.orders.cancel')}</Button>}
          {canManage && (
            <>
              <Button variant="default" mih={44} loading={busy} disabled={!ready} onClick={() => void run(save, () => t('common.saved'))}>{t('purchasing.orders.saveDraft')}</Button>
              <Button mih={44} leftSection={<IconSend size={18} />} loading={busy} disabled={!ready}
                onClick={() => void run(async () => {
                  const saved = await save();
                  return call('purchasing.orders.place', { id: saved.id, expectedOn: expectedOn || null });
                }, (o) => t('purchasing.orders.placed', { number: o.number }))}>{t('purchasing.orders.place')}</Button>
            </>
          )}
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <NativeSelect label={t('purchasing.supplier')} required disabled={disabled} value={supplierId === null ? '' : String(supplierId)}
            onChange={(e) => setSupplierId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
            data={[{ value: '', label: t('purchasing.chooseSupplier'), disabled: true }, ...suppliers.map((s) => ({ value: String(s.id), label: s.name }))]} />
          <NativeSelect label={t('purchasing.orders.deliverTo')} disabled={disabled} value={location === null ? '' : String(location)}
            onChange={(e) => setLocationId(Number(e.currentTarget.value))} data={locations.map((l) => ({ value: String(l.id), label: l.name }))} />
          <TextInput type="date" label={t('purchasing.orders.expectedOn')} description={t('purchasing.orders.expectedHint')} disabled={disabled}
            value={expectedOn} onChange={(e) => setExpectedOn(e.currentTarget.value)} />
        </SimpleGrid>
        <Textarea mt="sm" label={t('purchasing.note')} disabled={disabled} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} rows={2} />
      </Card>
      {suppliers.length === 0 && <Alert color="yellow">{t('purchasing.orders.noSuppliers')}</Alert>}
      {canManage && <ProductSearch label={t('purchasing.orders.addProduct')} onPick={add} exclude={lines.map((l) => l.productId)} />}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" horizontalSpacing="md" aria-label={t('purchasing.orders.lines')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.product')}</Table.Th>
                <Table.Th>{t('purchasing.supplierSku')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.quantity')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.unitCost')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.net')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l, i) => (
                <Table.Tr key={l.productId} data-testid={`order-line-${l.productId}`}>
                  <Table.Td><Text fw={500}>{l.name}</Text><Text size="xs" c="dimmed" ff="monospace">{l.sku}</Text></Table.Td>
                  <Table.Td ff="monospace" fz="sm">{supplierSku(l.productId)}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end" gap={4} wrap="nowrap">
                      <QuantityField w={100} unit={l.unit} thousandths={l.quantity} onThousandths={(quantity) => change(i, { quantity })} disabled={disabled}
                        styles={{ input: { textAlign: 'right' } }} aria-label={t('purchasing.quantityOf', { name: l.name })} />
                      {l.unit === 'kg' && <Text size="sm">kg</Text>}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <MoneyField w={110} cents={l.unitCostCents} onCents={(unitCostCents) => change(i, { unitCostCents })} disabled={disabled}
                        aria-label={t('purchasing.unitCostOf', { name: l.name })} styles={{ input: { textAlign: 'right' } }} />
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" style={num}>{format.money(lineNet(l.quantity ?? 0, l.unitCostCents ?? 0))}</Table.Td>
                  <Table.Td ta="right">
                    {canManage && (
                      <ActionIcon variant="subtle" color="red" size={44} aria-label={t('purchasing.removeLine', { name: l.name })}
                        onClick={() => setLines((current) => current.filter((_, j) => j !== i))}><IconTrash size={18} /></ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            {lines.length > 0 && (
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={4} ta="right">{t('purchasing.totalNet')}</Table.Th>
                  <Table.Th ta="right" style={num} data-testid="order-total">{format.money(total)}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
        </Table.ScrollContainer>
        {lines.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('purchasing.orders.noLines')}</Text>}
      </Card>
      {cancelling && order && (
        <ReasonDialog title={t('purchasing.orders.cancelTitle', { number: order.number })} intro={t('purchasing.orders.cancelIntro')}
          confirm={t('purchasing.orders.cancel')} required onClose={() => setCancelling(false)}
          onConfirm={async (reason) => onSaved(await call('purchasing.orders.cancel', { id: order.id, reason }))} />
      )}
    </Stack>
  );
}
