/** Recording money received for an invoice: at most what is open (the core refuses more). */
import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SALES_PAYMENT_METHODS, type SalesDocument, type SalesPaymentMethod } from '../../../src-shared/contract/salesdocs';
import { formatMoneyInput, parseMoneyInput } from '../../../src-shared/money-input';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';
import { today } from '../books/dates';
import { useMoney } from '../counter/useMoney';

export function PaymentDialog({ invoice, onClose }: { invoice: SalesDocument; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { money } = useMoney();
  const [amount, setAmount] = useState(formatMoneyInput(invoice.openCents, i18n.language === 'en' ? '.' : ','));
  const [method, setMethod] = useState<SalesPaymentMethod>('bank');
  const [paidOn, setPaidOn] = useState(today());
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useCommand();
  const cents = parseMoneyInput(amount);
  const tooMuch = cents !== null && cents > invoice.openCents;

  async function submit() {
    if (cents === null || cents <= 0) return setError(t('salesdocs.payment.invalidAmount'));
    if (tooMuch) return;
    await run(async () => {
      await call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: cents, method, paidOn, note: note.trim() });
      notifications.show({ color: 'green', message: t('salesdocs.payment.saved') });
      onClose();
    });
  }

  return (
    <Modal opened onClose={onClose} title={t('salesdocs.payment.title', { number: invoice.number })} size="md">
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Stack>
          <Text>{t('salesdocs.payment.open', { amount: money(invoice.openCents) })}</Text>
          <SimpleGrid cols={2}>
            <TextInput label={t('salesdocs.payment.amount')} value={amount} inputMode="decimal" data-autofocus required
              error={amount.trim() && cents === null ? ' ' : tooMuch ? t('errors.reasons.salesPaymentExceedsOpen', { number: invoice.number }) : undefined}
              onChange={(e) => setAmount(e.currentTarget.value)} />
            <TextInput type="date" label={t('salesdocs.payment.paidOn')} value={paidOn} onChange={(e) => setPaidOn(e.currentTarget.value)} required />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="salesdocs-payment-method">{t('salesdocs.payment.method')}</Text>
            <SegmentedControl aria-labelledby="salesdocs-payment-method" value={method} onChange={(v) => setMethod(v as SalesPaymentMethod)}
              data={SALES_PAYMENT_METHODS.map((m) => ({ value: m, label: t(`salesdocs.methods.${m}`) }))} />
          </Stack>
          <TextInput label={t('salesdocs.payment.note')} value={note} maxLength={200} onChange={(e) => setNote(e.currentTarget.value)} />
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" mih={44} onClick={onClose}>{t('salesdocs.editor.cancel')}</Button>
            <Button type="submit" mih={44} loading={busy}>{t('salesdocs.payment.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
