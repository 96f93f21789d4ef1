/** Minimum and maximum of one product in one location (both empty: none); the low-stock list is made from them. */
import { Alert, Button, Group, Modal, NativeSelect, NumberInput, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductStock, StockLocation, StockOverviewRow } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';

const toUnits = (thousandths: number | null | undefined) => (thousandths === null || thousandths === undefined ? '' : thousandths / 1000);
const toThousandths = (value: number | string) => (typeof value === 'number' ? Math.round(value * 1000) : null);

export function LimitsDialog({ product, locations, onClose }: { product: StockOverviewRow; locations: StockLocation[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [stock, setStock] = useState<ProductStock | null>(null);
  const [locationId, setLocationId] = useState(locations[0]?.id ?? 1);
  const [min, setMin] = useState<number | string>('');
  const [max, setMax] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('stock.product', { productId: product.productId }).then(setStock);
  }, [product.productId]);
  useEffect(() => {
    const here = stock?.locations.find((l) => l.locationId === locationId);
    setMin(toUnits(here?.minQuantity));
    setMax(toUnits(here?.maxQuantity));
  }, [stock, locationId]);

  async function save() {
    setError(null);
    try {
      await call('stock.limits.set', { productId: product.productId, locationId, minQuantity: toThousandths(min), maxQuantity: toThousandths(max) });
      onClose();
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  const scale = product.unit === 'kg' ? 3 : 0;
  return (
    <Modal opened onClose={onClose} title={t('stock.limits.title', { name: product.name })}>
      <Stack>
        <NativeSelect label={t('stock.location')} value={String(locationId)} onChange={(e) => setLocationId(Number(e.currentTarget.value))}
          data={locations.map((l) => ({ value: String(l.id), label: l.name }))} />
        <NumberInput label={t('stock.columns.min')} value={min} onChange={setMin} min={0} allowNegative={false} decimalScale={scale} decimalSeparator="," />
        <NumberInput label={t('stock.columns.max')} value={max} onChange={setMax} min={0} allowNegative={false} decimalScale={scale} decimalSeparator=","
          description={t('stock.limits.hint')} />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('stock.adjust.cancel')}</Button>
          <Button onClick={() => void save()} disabled={(min === '') !== (max === '')}>{t('stock.limits.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
