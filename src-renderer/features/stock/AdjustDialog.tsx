/** Correct the stock of one product in one location: a signed quantity, a reason and a note (one adjustment document). */
import { Alert, Button, Group, Modal, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLocation, StockOverviewRow } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';

export function AdjustDialog({ product, locations, defaultLocationId, onClose }: {
  product: StockOverviewRow;
  locations: StockLocation[];
  defaultLocationId: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [locationId, setLocationId] = useState(defaultLocationId ?? locations[0]?.id ?? 1);
  const [reason, setReason] = useState<'adjustment' | 'waste'>('adjustment');
  const [amount, setAmount] = useState<number | string>('');
  const [note, setNote] = useState('');
  const { busy, error, run } = useCommand();
  // Entered in pieces or kilograms; sent in thousandths. Waste is entered as the amount taken away.
  const thousandths = typeof amount === 'number' ? Math.round(amount * 1000) * (reason === 'waste' ? -1 : 1) : 0;

  async function save() {
    await run(async () => {
      await call('stock.adjust', { locationId, reason, note, lines: [{ productId: product.productId, quantity: thousandths }] });
      onClose();
    });
  }

  return (
    <Modal opened onClose={onClose} title={t('stock.adjust.title', { name: product.name })}>
      <Stack>
        <NativeSelect label={t('stock.location')} value={String(locationId)} onChange={(e) => setLocationId(Number(e.currentTarget.value))}
          data={locations.map((l) => ({ value: String(l.id), label: l.name }))} />
        <NativeSelect label={t('stock.adjust.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value as typeof reason)}
          data={[{ value: 'adjustment', label: t('stock.adjust.reasons.adjustment') }, { value: 'waste', label: t('stock.adjust.reasons.waste') }]} />
        <NumberInput label={reason === 'waste' ? t('stock.adjust.wasteQuantity') : t('stock.adjust.quantity')}
          description={reason === 'waste' ? undefined : t('stock.adjust.quantityHint')}
          value={amount} onChange={setAmount} decimalScale={product.unit === 'kg' ? 3 : 0} decimalSeparator="," allowNegative={reason !== 'waste'} />
        <TextInput label={t('stock.adjust.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} required />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('stock.adjust.cancel')}</Button>
          <Button onClick={() => void save()} loading={busy} disabled={thousandths === 0 || note.trim() === ''}>{t('stock.adjust.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
