/** One product's data at a supplier: their article number, the net purchase price, pack size and lead time. */
import { Alert, Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Supplier, SupplierProduct } from '../../../src-shared/contract/purchasing';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';
import { MoneyField, QuantityField } from './fields';

export type SupplierProductDraft = Pick<SupplierProduct, 'productId' | 'name' | 'sku' | 'unit'> & Partial<SupplierProduct>;

export function SupplierProductDialog({ supplier, product, onClose }: { supplier: Supplier; product: SupplierProductDraft; onClose: () => void }) {
  const { t } = useTranslation();
  const [supplierSku, setSupplierSku] = useState(product.supplierSku ?? '');
  const [priceCents, setPriceCents] = useState<number | null>(product.priceCents ?? null);
  const [packSize, setPackSize] = useState<number | null>(product.packSize ?? 1000);
  const [leadTimeDays, setLeadTimeDays] = useState<number | string>(product.leadTimeDays ?? 3);
  const { busy, error, run } = useCommand();

  async function save() {
    await run(async () => {
      await call('purchasing.supplierProducts.set', {
        supplierId: supplier.id, productId: product.productId, supplierSku: supplierSku.trim(), priceCents: priceCents!,
        packSize: packSize!, leadTimeDays: typeof leadTimeDays === 'number' ? leadTimeDays : 0,
      });
      onClose();
    });
  }

  return (
    <Modal opened onClose={onClose} title={t('purchasing.suppliers.productTitle', { name: product.name, supplier: supplier.name })}>
      <Stack>
        <TextInput label={t('purchasing.supplierSku')} value={supplierSku} onChange={(e) => setSupplierSku(e.currentTarget.value)} maxLength={60} data-autofocus />
        <MoneyField label={product.unit === 'kg' ? t('purchasing.suppliers.pricePerKg') : t('purchasing.suppliers.price')} required cents={priceCents} onCents={setPriceCents} />
        <QuantityField label={t('purchasing.suppliers.packSize')} description={t('purchasing.suppliers.packSizeHint')} unit={product.unit}
          thousandths={packSize} onThousandths={setPackSize} />
        <NumberInput label={t('purchasing.suppliers.leadTime')} value={leadTimeDays} onChange={setLeadTimeDays} min={0} max={365} allowDecimal={false} allowNegative={false} />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('common.cancel')}</Button>
          <Button mih={44} loading={busy} disabled={priceCents === null || packSize === null || packSize <= 0} onClick={() => void save()}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
