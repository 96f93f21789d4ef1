/**
 * Reorder suggestions: what to order up to the maximum, per product and location, with the
 * supplier (changeable) and an editable quantity. The ticked rows become one draft order per
 * supplier and location in one step; the new drafts are linked right here.
 */
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, List, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconShoppingCartPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder, ReorderSuggestion } from '../../../src-shared/contract/purchasing';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { useCommand } from '../../lib/useCommand';
import { useLocations, useSuppliers } from './data';
import { QuantityField } from './fields';
import { usePurchasingFormat } from './format';
import { usePurchasingNav } from './nav';

interface Row extends ReorderSuggestion {
  key: string;
  chosen: boolean;
  quantity: number | null;
  /** The draft order this row went into here (drafts do not count as on order, so the row stays). */
  draftNumber: number | null;
}

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const rowKey = (s: ReorderSuggestion) => `${s.productId}-${s.locationId}`;

export function ReorderView({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const nav = usePurchasingNav();
  const suppliers = useSuppliers();
  const locations = useLocations();
  const [locationId, setLocationId] = useState<number | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [created, setCreated] = useState<PurchaseOrder[]>([]);
  const { busy, error, run } = useCommand();

  const load = useCallback(() => {
    void refreshQuietly(async () => {
      const suggestions = await call('purchasing.reorder.suggestions', { locationId });
      // Keep what the person already changed on rows that are still suggested.
      setRows((current) => suggestions.map((s) => {
        const before = current?.find((r) => r.key === rowKey(s));
        return before ? { ...s, key: before.key, chosen: before.chosen, quantity: before.quantity, supplierId: before.supplierId, supplierName: before.supplierName, draftNumber: before.draftNumber }
          : { ...s, key: rowKey(s), chosen: s.supplierId !== null && s.suggestedQuantity > 0, quantity: s.suggestedQuantity, draftNumber: null };
      }));
    });
  }, [locationId]);
  useEffect(load, [load]);
  useChanged(['purchasing', 'stock', 'sales'], load);

  const change = (key: string, patch: Partial<Row>) => setRows((current) => current?.map((r) => (r.key === key ? { ...r, ...patch } : r)) ?? null);
  const chosen = (rows ?? []).filter((r) => r.chosen && r.supplierId !== null && (r.quantity ?? 0) > 0);

  async function createOrders() {
    await run(async () => {
      const orders = await call('purchasing.reorder.createOrders', {
        lines: chosen.map((r) => ({ productId: r.productId, locationId: r.locationId, supplierId: r.supplierId!, quantity: r.quantity! })),
      });
      setCreated(orders);
      const orderOf = (r: Row) => orders.find((o) => o.supplierId === r.supplierId && o.locationId === r.locationId && o.lines.some((l) => l.productId === r.productId));
      setRows((current) => current?.map((r) => {
        const order = r.chosen ? orderOf(r) : undefined;
        return order ? { ...r, chosen: false, draftNumber: order.number } : r;
      }) ?? null);
    });
  }

  const allChosen = rows !== null && rows.length > 0 && rows.every((r) => r.chosen || r.supplierId === null);
  return (
    <Stack>
      {created.length > 0 && (
        <Alert color="green" title={t('purchasing.reorder.created', { count: created.length })} withCloseButton onClose={() => setCreated([])} data-testid="reorder-created">
          <List spacing={4}>
            {created.map((o) => (
              <List.Item key={o.id}>
                <Anchor component="button" type="button" fw={600} onClick={() => nav.openOrder(o.id)} mih={32}>
                  {t('purchasing.reorder.openOrder', { number: o.number, supplier: o.supplierName })}
                </Anchor>
                {' · '}{t('purchasing.reorder.orderSummary', { count: o.lines.length, amount: format.money(o.netCents), location: o.locationName })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group align="flex-end" wrap="wrap">
        <NativeSelect label={t('purchasing.location')} w={220} value={locationId === null ? '' : String(locationId)}
          onChange={(e) => setLocationId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          data={[{ value: '', label: t('purchasing.allLocations') }, ...locations.map((l) => ({ value: String(l.id), label: l.name }))]} />
        <Text size="sm" c="dimmed" maw={520} mb={6}>{t('purchasing.reorder.explain')}</Text>
        {canManage && (
          <Button ml="auto" mih={44} leftSection={<IconShoppingCartPlus size={18} />} loading={busy} disabled={chosen.length === 0} onClick={() => void createOrders()}>
            {t('purchasing.reorder.createOrders', { count: chosen.length })}
          </Button>
        )}
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={1000}>
          <Table verticalSpacing="xs" horizontalSpacing="xs" striped aria-label={t('purchasing.tabs.reorder')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={52}>
                  <Checkbox aria-label={t('purchasing.reorder.chooseAll')} checked={allChosen} disabled={!rows?.length}
                    onChange={(e) => { const on = e.currentTarget.checked; setRows((c) => c?.map((r) => ({ ...r, chosen: on && r.supplierId !== null })) ?? null); }} />
                </Table.Th>
                <Table.Th>{t('purchasing.product')}</Table.Th>
                <Table.Th>{t('purchasing.location')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.reorder.onHand')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.reorder.minMax')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.reorder.onOrder')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.reorder.sold')}</Table.Th>
                <Table.Th>{t('purchasing.supplier')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.reorder.quantity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(rows ?? []).map((r) => (
                <Table.Tr key={r.key} data-testid={`reorder-${r.key}`}>
                  <Table.Td>
                    <Checkbox aria-label={t('purchasing.reorder.choose', { name: r.name, location: r.locationName })} checked={r.chosen}
                      disabled={r.supplierId === null || !canManage} onChange={(e) => change(r.key, { chosen: e.currentTarget.checked })} />
                  </Table.Td>
                  <Table.Td>
                    <Text fw={500}>{r.name}</Text>
                    <Group gap={6}>
                      <Text size="xs" c="dimmed" ff="monospace">{r.sku}</Text>
                      {r.draftNumber !== null && <Badge size="sm" variant="light" color="gray" tt="none">{t('purchasing.reorder.inDraft', { number: r.draftNumber })}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{r.locationName}</Table.Td>
                  <Table.Td ta="right" style={num} c={r.onHand < r.minQuantity ? 'red' : undefined}>{format.quantity(r.onHand, r.unit)}</Table.Td>
                  <Table.Td ta="right" style={num}>{r.maxQuantity > 0 ? `${format.quantity(r.minQuantity, r.unit)} / ${format.quantity(r.maxQuantity, r.unit)}` : '–'}</Table.Td>
                  <Table.Td ta="right" style={num}>{format.quantity(r.onOrder, r.unit)}</Table.Td>
                  <Table.Td ta="right" style={num}>
                    {format.quantity(r.soldRecently, r.unit)}
                    {r.lostRecently > 0 && <Text size="xs" c="orange.8">{t('purchasing.reorder.lost', { quantity: format.quantity(r.lostRecently, r.unit) })}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect aria-label={t('purchasing.reorder.supplierOf', { name: r.name })} w={190} disabled={!canManage}
                      value={r.supplierId === null ? '' : String(r.supplierId)}
                      onChange={(e) => {
                        const id = e.currentTarget.value ? Number(e.currentTarget.value) : null;
                        change(r.key, { supplierId: id, supplierName: suppliers.find((s) => s.id === id)?.name ?? null, chosen: id !== null });
                      }}
                      data={[{ value: '', label: t('purchasing.reorder.noSupplier') }, ...suppliers.map((s) => ({ value: String(s.id), label: s.name }))]} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-end">
                      <QuantityField w={90} unit={r.unit} thousandths={r.quantity} disabled={!canManage} styles={{ input: { textAlign: 'right' } }}
                        aria-label={t('purchasing.reorder.quantityOf', { name: r.name })} onThousandths={(quantity) => change(r.key, { quantity })} />
                      {r.packSize !== 1000 && <Text size="xs" c="dimmed">{t('purchasing.reorder.pack', { size: format.quantity(r.packSize, r.unit) })}</Text>}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {rows?.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('purchasing.reorder.empty')}</Text>}
      </Card>
    </Stack>
  );
}
