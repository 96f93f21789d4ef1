/** Move one product between two locations: one transfer document with two moves. */
import { Alert, Button, Group, Modal, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLocation, StockOverviewRow } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';

export function TransferDialog({ product, locations, onClose }: { product: StockOverviewRow; locations: StockLocation[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(locations[0]?.id ?? 1);
  const [to, setTo] = useState(locations[1]?.id ?? locations[0]?.id ?? 1);
  const [amount, setAmount] = useState<number | string>('');
  const [note, setNote] = useState('');
  const { busy, error, run } = useCommand();
  const thousandths = typeof amount === 'number' ? Math.round(amount * 1000) : 0;
  const options = locations.map((l) => ({ value: String(l.id), label: l.name }));

  async function save() {
    await run(async () => {
      await call('stock.transfer', { fromLocationId: from, toLocationId: to, note, lines: [{ productId: product.productId, quantity: thousandths }] });
      onClose();
    });
  }

  return (
    <Modal opened onClose={onClose} title={t('stock.transfer.title', { name: product.name })}>
      <Stack>
        <NativeSelect label={t('stock.transfer.from')} value={String(from)} onChange={(e) => setFrom(Number(e.currentTarget.value))} data={options} />
        <NativeSelect label={t('stock.transfer.to')} value={String(to)} onChange={(e) => setTo(Number(e.currentTarget.value))} data={options}
          error={from === to ? t('stock.transfer.same') : undefined} />
        <NumberInput label={t('stock.adjust.quantity')} value={amount} onChange={setAmount} min={0} allowNegative={false}
          decimalScale={product.unit === 'kg' ? 3 : 0} decimalSeparator="," />
        <TextInput label={t('stock.adjust.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('stock.adjust.cancel')}</Button>
          <Button onClick={() => void save()} loading={busy} disabled={thousandths <= 0 || from === to}>{t('stock.transfer.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
