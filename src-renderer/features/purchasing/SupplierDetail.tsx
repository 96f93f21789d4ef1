/** One supplier: contact data, what is open with them, and the products they deliver (article number, price, pack, lead time). */
import { ActionIcon, Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Supplier } from '../../../src-shared/contract/purchasing';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { usePurchasingFormat } from './format';
import { usePurchasingNav } from './nav';
import { ProductSearch } from '../catalogue/ProductSearch';
import { SupplierDialog } from './SupplierDialog';
import { SupplierProductDialog, type SupplierProductDraft } from './SupplierProductDialog';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function SupplierDetail({ supplierId, canManage }: { supplierId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const nav = usePurchasingNav();
  const [supplier, setSupplier] = useState<Supplier | null>(null);
  const [editing, setEditing] = useState(false);
  const [product, setProduct] = useState<SupplierProductDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    call('purchasing.suppliers.get', { id: supplierId }).then(setSupplier, (e: unknown) => setError(errorText(t, e)));
  }, [supplierId, t]);
  useEffect(load, [load]);
  useChanged(['purchasing', 'catalogue'], load);

  async function run(action: () => Promise<Supplier>) {
    setError(null);
    try {
      setSupplier(await action());
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  const back = <Group><Button variant="subtle" mih={44} leftSection={<IconArrowLeft size={18} />} onClick={() => nav.show('suppliers')}>{t('purchasing.suppliers.backToList')}</Button></Group>;
  if (!supplier) return <Stack>{back}{error && <Alert color="red">{error}</Alert>}</Stack>;
  const address = [supplier.street, [supplier.postalCode, supplier.city].filter(Boolean).join(' '), supplier.countryCode !== 'DE' ? supplier.countryCode : ''].filter(Boolean).join(', ');
  const facts: [string, string][] = [
    [t('purchasing.suppliers.fields.contactPerson'), supplier.contactPerson],
    [t('purchasing.suppliers.fields.email'), supplier.email],
    [t('purchasing.suppliers.fields.phone'), supplier.phone],
    [t('purchasing.suppliers.address'), address],
    [t('purchasing.suppliers.fields.customerNumber'), supplier.customerNumber],
    [t('purchasing.suppliers.fields.vatId'), supplier.vatId],
    [t('purchasing.suppliers.paymentTerms'), t('purchasing.suppliers.days', { count: supplier.paymentTermsDays })],
    [t('purchasing.suppliers.openOrders'), String(supplier.openOrders)],
    [t('purchasing.suppliers.openPayable'), format.money(supplier.openPayableCents)],
  ];

  return (
    <Stack>
      {back}
      <Group justify="space-between">
        <Group>
          <Title order={3}>{supplier.name}</Title>
          {!supplier.active && <Badge color="gray">{t('purchasing.suppliers.inactive')}</Badge>}
        </Group>
        {canManage && (
          <Group>
            {supplier.active && <Button mih={44} leftSection={<IconPlus size={18} />} onClick={() => nav.createOrder(supplier.id)}>{t('purchasing.orders.new')}</Button>}
            <Button variant="default" mih={44} leftSection={<IconPencil size={18} />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>
            <Button variant="light" color={supplier.active ? 'red' : 'green'} mih={44}
              onClick={() => void run(() => call('purchasing.suppliers.setActive', { id: supplier.id, active: !supplier.active }))}>
              {supplier.active ? t('purchasing.suppliers.deactivate') : t('purchasing.suppliers.reactivate')}
            </Button>
          </Group>
        )}
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <Card withBorder>
        <SimpleGrid cols={{ base: 2, md: 3 }}>
          {facts.map(([label, value]) => (
            <Stack key={label} gap={0}>
              <Text size="xs" c="dimmed">{label}</Text>
              <Text fw={500}>{value || '–'}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        {supplier.note && <Text mt="sm" size="sm">{supplier.note}</Text>}
      </Card>
      <Title order={4}>{t('purchasing.suppliers.products')}</Title>
      {canManage && (
        <ProductSearch label={t('purchasing.suppliers.addProduct')} exclude={supplier.products.map((p) => p.productId)}
          onPick={(p) => setProduct({ productId: p.id, name: p.name, sku: p.sku, unit: p.unit })} />
      )}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped aria-label={t('purchasing.suppliers.products')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.product')}</Table.Th>
                <Table.Th>{t('purchasing.supplierSku')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.unitCost')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.suppliers.packSize')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.suppliers.leadTimeColumn')}</Table.Th>
                {canManage && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {supplier.products.map((p) => (
                <Table.Tr key={p.productId} data-testid={`supplier-product-${p.productId}`}>
                  <Table.Td><Text fw={500}>{p.name}</Text><Text size="xs" c="dimmed" ff="monospace">{p.sku}</Text></Table.Td>
                  <Table.Td ff="monospace" fz="sm">{p.supplierSku}</Table.Td>
                  <Table.Td ta="right" style={num}>{format.money(p.priceCents)}{p.unit === 'kg' ? ' / kg' : ''}</Table.Td>
                  <Table.Td ta="right" style={num}>{format.quantity(p.packSize, p.unit)}</Table.Td>
                  <Table.Td ta="right" style={num}>{t('purchasing.suppliers.days', { count: p.leadTimeDays })}</Table.Td>
                  {canManage && (
                    <Table.Td ta="right">
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon variant="subtle" size={44} aria-label={t('purchasing.suppliers.editProduct', { name: p.name })} onClick={() => setProduct(p)}>
                          <IconPencil size={18} />
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="red" size={44} aria-label={t('purchasing.removeLine', { name: p.name })}
                          onClick={() => void run(() => call('purchasing.supplierProducts.remove', { supplierId: supplier.id, productId: p.productId }))}>
                          <IconTrash size={18} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {supplier.products.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('purchasing.suppliers.noProducts')}</Text>}
      </Card>
      {editing && <SupplierDialog supplier={supplier} onClose={() => setEditing(false)} onSaved={setSupplier} />}
      {product && <SupplierProductDialog supplier={supplier} product={product} onClose={() => { setProduct(null); load(); }} />}
    </Stack>
  );
}
