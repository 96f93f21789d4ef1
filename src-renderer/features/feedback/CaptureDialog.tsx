/**
 * The counter's one-step feedback: a complaint, a wish, a lost sale or a question, optionally tied
 * to a product, a receipt and a customer (the cart's selected product and customer are prefilled).
 * A lost sale takes a quantity and an estimated value, prefilled with price × quantity until the
 * cashier types one.
 */
import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_KINDS, type FeedbackKind } from '../../../src-shared/contract/feedback';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useCartStore } from '../counter/cartStore';
import { centsToInput, parseMoneyInput, parseWeightInput, quantityText } from '../counter/money-input';
import { useMoney } from '../counter/useMoney';
import { useFeedbackCapture } from './feedbackStore';
import { RemoteSelect, type RemoteOption } from './RemoteSelect';

interface ProductChoice { priceCents: number; unit: 'piece' | 'kg' }
type Product = RemoteOption<ProductChoice>;
type Customer = RemoteOption<null>;

/** The same rounding as the core: price per piece or kg × thousandths, to the cent. */
const estimate = (product: Product | null, quantity: number | null) =>
  product && quantity !== null ? Math.round((product.item.priceCents * quantity) / 1000) : null;

function selectedCartProduct(): Product | null {
  const { lines, selected } = useCartStore.getState();
  const line = lines.find((l) => l.key === selected);
  if (line?.kind !== 'product') return null;
  const d = line.draft;
  return { id: d.productId, label: `${d.name} (${d.sku})`, item: { priceCents: d.unitPriceCents, unit: d.unit } };
}

function cartCustomer(): Customer | null {
  const c = useCartStore.getState().customer;
  return c ? { id: c.id, label: [c.name, c.city].filter(Boolean).join(', '), item: null } : null;
}

const searchProducts = async (query: string): Promise<Product[]> =>
  (await call('catalogue.search', { query, limit: 20, includeInactive: true }))
    .map((p) => ({ id: p.id, label: `${p.name} (${p.sku})`, item: { priceCents: p.priceCents, unit: p.unit } }));

const searchCustomers = async (query: string): Promise<Customer[]> =>
  (await call('customers.search', { query, limit: 10 }))
    .map((c) => ({ id: c.id, label: [c.name, c.city].filter(Boolean).join(', '), item: null }));

function CaptureForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { locale } = useMoney();
  const [kind, setKind] = useState<FeedbackKind>('complaint');
  const [product, setProduct] = useState<Product | null>(selectedCartProduct);
  const [text, setText] = useState('');
  const [receipt, setReceipt] = useState('');
  const [customer, setCustomer] = useState<Customer | null>(cartCustomer);
  const [quantityInput, setQuantityInput] = useState(() => quantityText(1000, product?.item.unit ?? 'piece', locale));
  const [valueInput, setValueInput] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const quantity = parseWeightInput(quantityInput);
  const estimated = estimate(product, quantity);
  const valueText = valueInput ?? (estimated === null ? '' : centsToInput(estimated, locale));
  const valueCents = valueText.trim() === '' ? null : parseMoneyInput(valueText);
  const lostSale = kind === 'lostSale';
  const quantityBad = lostSale && (quantity === null || quantity <= 0);
  const valueBad = lostSale && valueText.trim() !== '' && valueCents === null;

  function problem(): string | null {
    if ((kind === 'complaint' || kind === 'question') && text.trim() === '') return t('feedback.capture.textRequired');
    if (text.trim() === '' && !product) return t('feedback.capture.subjectRequired');
    if (quantityBad) return t('feedback.capture.quantityInvalid');
    if (valueBad) return t('feedback.capture.valueInvalid');
    return null;
  }

  async function save() {
    const reason = problem();
    if (reason) return setError(reason);
    setBusy(true);
    try {
      await call('feedback.record', {
        kind, text: text.trim(), productId: product?.id ?? null, receiptNumber: receipt.trim(), customerId: customer?.id ?? null,
        quantity: lostSale ? quantity : null, valueCents: lostSale ? valueCents : null,
      });
      notifications.show({ color: 'green', message: t('feedback.capture.saved', { kind: t(`feedback.kinds.${kind}`) }) });
      onDone();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Stack>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <SegmentedControl fullWidth size="md" value={kind} onChange={(v) => { setKind(v as FeedbackKind); setError(null); }}
          aria-label={t('feedback.capture.kind')} data={FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`feedback.kinds.${k}`) }))} />
        <RemoteSelect label={t('feedback.capture.product')} placeholder={t('feedback.capture.productPlaceholder')} value={product}
          onChange={(p) => { setProduct(p); setValueInput(null); }} search={searchProducts} nothingFound={t('feedback.capture.nothingFound')} />
        <Textarea label={t(`feedback.capture.text.${kind}`)} value={text} onChange={(e) => setText(e.currentTarget.value)}
          rows={3} maxLength={1000} data-autofocus size="md" />
        {lostSale && (
          <SimpleGrid cols={2}>
            <TextInput label={t('feedback.capture.quantity')} value={quantityInput} inputMode="decimal" size="md"
              rightSection={product?.item.unit === 'kg' ? 'kg' : undefined}
              onChange={(e) => setQuantityInput(e.currentTarget.value)} error={quantityBad ? t('feedback.capture.quantityInvalid') : undefined} />
            <TextInput label={t('feedback.capture.value')} value={valueText} inputMode="decimal" size="md"
              description={valueInput === null && estimated !== null ? t('feedback.capture.valueHint') : undefined}
              onChange={(e) => setValueInput(e.currentTarget.value)} error={valueBad ? t('feedback.capture.valueInvalid') : undefined} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={2}>
          <TextInput label={t('feedback.capture.receipt')} placeholder={t('feedback.capture.receiptPlaceholder')} value={receipt} size="md"
            maxLength={40} onChange={(e) => setReceipt(e.currentTarget.value)} />
          <RemoteSelect label={t('feedback.capture.customer')} placeholder={t('feedback.capture.customerPlaceholder')} value={customer}
            onChange={setCustomer} search={searchCustomers} nothingFound={t('feedback.capture.nothingFound')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" size="md" loading={busy}>{t('feedback.capture.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CaptureDialog() {
  const { t } = useTranslation();
  const { open, closeCapture } = useFeedbackCapture();
  // Mounted only while open: a fresh form each time, prefilled from the cart as it is then.
  return (
    <Modal opened={open} onClose={closeCapture} title={t('feedback.capture.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {open && <CaptureForm onDone={closeCapture} />}
    </Modal>
  );
}
