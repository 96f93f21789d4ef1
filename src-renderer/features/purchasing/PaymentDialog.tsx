/** Paying (part of) a supplier invoice from the bank or the cash box. */
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierInvoice, SupplierPaymentMethod } from '../../../src-shared/contract/purchasing';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';
import { MoneyField } from './fields';
import { isDay, todayDay, usePurchasingFormat } from './format';

export function PaymentDialog({ invoice, onClose }: { invoice: SupplierInvoice; onClose: () => void }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const [amount, setAmount] = useState<number | null>(invoice.openCents);
  const [method, setMethod] = useState<SupplierPaymentMethod>('bank');
  const [paidOn, setPaidOn] = useState(todayDay());
  const { busy, error, run } = useCommand();

  async function pay() {
    await run(async () => {
      await call('purchasing.payments.create', { invoiceId: invoice.id, amountCents: amount!, method, paidOn });
      notifications.show({ color: 'green', message: t('purchasing.invoices.paid', { amount: format.money(amount!), supplier: invoice.supplierName }) });
      onClose();
    });
  }

  return (
    <Modal opened onClose={onClose} title={t('purchasing.invoices.payTitle', { number: invoice.invoiceNumber, supplier: invoice.supplierName })}>
      <Stack>
        <Text size="sm">{t('purchasing.invoices.openAmount', { amount: format.money(invoice.openCents) })}</Text>
        <MoneyField label={t('purchasing.invoices.amount')} cents={amount} onCents={setAmount} required data-autofocus
          error={amount !== null && amount > invoice.openCents ? t('purchasing.invoices.moreThanOpen') : undefined} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="payment-method-label">{t('purchasing.invoices.method')}</Text>
          <SegmentedControl aria-labelledby="payment-method-label" value={method} onChange={(v) => setMethod(v as SupplierPaymentMethod)}
            data={[{ value: 'bank', label: t('purchasing.invoices.methods.bank') }, { value: 'cash', label: t('purchasing.invoices.methods.cash') }]} />
        </Stack>
        <TextInput type="date" label={t('purchasing.invoices.paidOn')} value={paidOn} onChange={(e) => setPaidOn(e.currentTarget.value)} />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('common.cancel')}</Button>
          <Button mih={44} loading={busy} disabled={amount === null || amount <= 0 || amount > invoice.openCents || !isDay(paidOn)} onClick={() => void pay()}>
            {t('purchasing.invoices.pay')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
