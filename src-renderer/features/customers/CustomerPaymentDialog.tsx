/**
 * Recording a payment on the customer's account: cash (into the cash book, and the drawer while a
 * shift is open) or received in the bank. At most the open balance: credit balances are not kept.
 */
import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_PAYMENT_METHODS, type Customer, type CustomerPaymentMethod } from '../../../src-shared/contract/customers';
import { formatMoneyInput, parseMoneyInput } from '../../../src-shared/money-input';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { today } from '../books/dates';
import { useMoney } from '../counter/useMoney';

export function CustomerPaymentDialog({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { money } = useMoney();
  const separator = i18n.language === 'en' ? '.' : ',';
  const [amount, setAmount] = useState(formatMoneyInput(customer.balanceCents, separator));
  const [method, setMethod] = useState<CustomerPaymentMethod>('bank');
  const [bookedOn, setBookedOn] = useState(today());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cents = parseMoneyInput(amount);
  const tooMuch = cents !== null && cents > customer.balanceCents;

  async function submit() {
    if (cents === null || cents <= 0 || tooMuch) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('customers.payment.record', { customerId: customer.id, amountCents: cents, method, bookedOn, note: note.trim() });
      notifications.show({ color: 'green', message: t('customers.payment.done', { amount: money(cents), open: money(result.balanceCents) }) });
      onClose();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('customers.payment.title', { name: customer.name })} size="md">
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Stack>
          <Text>{t('customers.payment.open', { amount: money(customer.balanceCents) })}</Text>
          <SimpleGrid cols={2}>
            <TextInput label={t('customers.payment.amount')} value={amount} inputMode="decimal" data-autofocus required
              error={amount.trim() && cents === null ? t('sell.money.invalid') : tooMuch ? t('errors.reasons.paymentExceedsBalance') : undefined}
              onChange={(e) => setAmount(e.currentTarget.value)} />
            <TextInput type="date" label={t('customers.payment.bookedOn')} value={bookedOn} onChange={(e) => setBookedOn(e.currentTarget.value)} required />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="customer-payment-method">{t('customers.payment.method')}</Text>
            <SegmentedControl aria-labelledby="customer-payment-method" value={method} onChange={(v) => setMethod(v as CustomerPaymentMethod)}
              data={CUSTOMER_PAYMENT_METHODS.map((m) => ({ value: m, label: t(`customers.payment.methods.${m}`) }))} />
          </Stack>
          <TextInput label={t('customers.payment.note')} value={note} maxLength={200} onChange={(e) => setNote(e.currentTarget.value)} />
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" mih={44} onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" mih={44} loading={busy} disabled={cents === null || cents <= 0 || tooMuch}>{t('customers.payment.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
