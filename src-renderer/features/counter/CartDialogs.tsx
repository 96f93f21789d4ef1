/** Small dialogs around the cart: basket discount, selling a voucher, parking and recalling. */
import { Alert, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkedSale } from '../../../src-shared/contract/sell';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useSessionStore } from '../auth/store';
import { askApproval } from './approval';
import { priceOf, toCartInput, useCartStore } from './cartStore';
import { useCounterStore } from './counterStore';
import { DiscountFields, discountNeedsApproval, draftOf, parseDiscount } from './discounts';
import { parseMoneyInput } from './money-input';
import { useMoney } from './useMoney';

function Actions({ onCancel, submit, busy, disabled }: { onCancel: () => void; submit: string; busy?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="submit" loading={busy} disabled={disabled}>{submit}</Button>
    </Group>
  );
}

function BasketDiscountForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { locale } = useMoney();
  const { lines, basketDiscount, basketApprovalId, setBasketDiscount } = useCartStore();
  const settings = useCounterStore((s) => s.settings);
  const session = useSessionStore((s) => s.session);
  const [draft, setDraft] = useState(draftOf(basketDiscount, locale));
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const discount = parseDiscount(draft);
    if (discount === undefined) return setError(t('sell.discount.invalid'));
    const base = priceOf(lines, null).totalCents - priceOf(lines, null).untaxedCents;
    let approvalId = basketApprovalId;
    if (JSON.stringify(discount) !== JSON.stringify(basketDiscount) && discountNeedsApproval(discount, base, settings, session)) {
      approvalId = await askApproval('discount');
      if (!approvalId) return;
    }
    setBasketDiscount(discount, approvalId);
    onDone();
  }
  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Stack>
        <Text c="dimmed">{t('sell.discount.basketHint')}</Text>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <DiscountFields value={draft} onChange={setDraft} autoFocus />
        <Actions onCancel={onDone} submit={t('sell.line.apply')} />
      </Stack>
    </form>
  );
}

function VoucherSaleForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const addVoucher = useCartStore((s) => s.addVoucher);
  const [text, setText] = useState('');
  const cents = parseMoneyInput(text);
  const valid = cents !== null && cents >= 100 && cents <= 1_000_000;
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (valid) { addVoucher(cents); onDone(); } }}>
      <Stack>
        <Text c="dimmed">{t('sell.voucher.sellHint')}</Text>
        <TextInput label={t('sell.voucher.amount')} size="lg" value={text} onChange={(e) => setText(e.currentTarget.value)} inputMode="decimal" data-autofocus
          error={text && !valid ? t('sell.voucher.amountRange') : undefined} />
        <Actions onCancel={onDone} submit={t('sell.voucher.add')} disabled={!valid} />
      </Stack>
    </form>
  );
}

function ParkForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const cart = useCartStore();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function park() {
    setBusy(true);
    try {
      await call('counter.park', { cart: toCartInput(cart), label: label.trim() });
      cart.clear();
      notifications.show({ color: 'green', message: t('sell.park.done') });
      onDone();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(e) => { e.preventDefault(); void park(); }}>
      <Stack>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <TextInput label={t('sell.park.label')} description={t('sell.park.labelHint')} value={label} maxLength={60}
          onChange={(e) => setLabel(e.currentTarget.value)} data-autofocus size="md" />
        <Actions onCancel={onDone} submit={t('sell.park.submit')} busy={busy} />
      </Stack>
    </form>
  );
}

function RecallList({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { money, dateTime } = useMoney();
  const { lines, load } = useCartStore();
  const [parked, setParked] = useState<ParkedSale[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('counter.parked.list').then(setParked).catch((e: unknown) => setError(errorText(t, e)));
  }, [t]);
  async function recall(id: number) {
    try {
      const sale = await call('counter.parked.recall', { id });
      load(sale.lines, sale.voucherLines);
      onDone();
    } catch (e) {
      setError(errorText(t, e));
    }
  }
  return (
    <Stack>
      {lines.length > 0 && <Alert color="yellow">{t('sell.recall.cartNotEmpty')}</Alert>}
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {parked?.length === 0 && <Text c="dimmed">{t('sell.recall.none')}</Text>}
      {parked && parked.length > 0 && (
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Tbody>
            {parked.map((sale) => (
              <Table.Tr key={sale.id}>
                <Table.Td>
                  <Text fw={600}>{sale.label || t('sell.recall.unnamed')}</Text>
                  <Text size="xs" c="dimmed">{dateTime(sale.parkedAt)} · {sale.staffName} · {t('sell.recall.lines', { count: sale.lineCount })}</Text>
                </Table.Td>
                <Table.Td ta="right" fw={600}>{money(sale.totalCents)}</Table.Td>
                <Table.Td ta="right">
                  <Button disabled={lines.length > 0} onClick={() => void recall(sale.id)}>{t('sell.recall.take')}</Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function CartDialogs() {
  const { t } = useTranslation();
  const { dialog, close } = useCounterStore();
  return (
    <>
      <Modal opened={dialog === 'basketDiscount'} onClose={close} title={t('sell.discount.basketTitle')} size="lg" centered>
        {dialog === 'basketDiscount' && <BasketDiscountForm onDone={close} />}
      </Modal>
      <Modal opened={dialog === 'voucherSale'} onClose={close} title={t('sell.voucher.sellTitle')} centered>
        {dialog === 'voucherSale' && <VoucherSaleForm onDone={close} />}
      </Modal>
      <Modal opened={dialog === 'park'} onClose={close} title={t('sell.park.title')} centered>
        {dialog === 'park' && <ParkForm onDone={close} />}
      </Modal>
      <Modal opened={dialog === 'recall'} onClose={close} title={t('sell.recall.title')} size="lg" centered>
        {dialog === 'recall' && <RecallList onDone={close} />}
      </Modal>
    </>
  );
}
