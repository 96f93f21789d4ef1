/**
 * Issuing is final, so it is confirmed first. A credit note on an invoice the customer paid
 * already pays the difference back: the core names the amount and the person picks bank or cash.
 */
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SALES_PAYMENT_METHODS, type SalesDocument, type SalesPaymentMethod } from '../../../src-shared/contract/salesdocs';
import { ApiError, call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useMoney } from '../counter/useMoney';

export function IssueDialog({ document, onClose }: { document: SalesDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const [refund, setRefund] = useState<number | null>(null);
  const [method, setMethod] = useState<SalesPaymentMethod>('bank');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kind = t(`salesdocs.kinds.${document.kind}`);

  async function issue() {
    setBusy(true);
    setError(null);
    try {
      const issued = await call('salesdocs.issue', { id: document.id, refundMethod: refund === null ? null : method });
      notifications.show({ color: 'green', message: t('salesdocs.detail.issued', { kind, number: issued.number }) });
      onClose();
    } catch (e) {
      const details = e instanceof ApiError ? e.body.details : undefined;
      if (details?.reason === 'salesCreditNeedsRefund' && typeof details.refundCents === 'number') setRefund(details.refundCents);
      else setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={refund === null ? t('salesdocs.detail.issueTitle', { kind }) : t('salesdocs.detail.refundTitle')} size="md">
      <Stack>
        {refund === null ? <Text>{t('salesdocs.detail.issueText')}</Text> : (
          <>
            <Text>{t('salesdocs.detail.refundText', { amount: money(refund) })}</Text>
            <SegmentedControl aria-label={t('salesdocs.payment.method')} value={method} onChange={(v) => setMethod(v as SalesPaymentMethod)}
              data={SALES_PAYMENT_METHODS.map((m) => ({ value: m, label: t(`salesdocs.methods.${m}`) }))} />
          </>
        )}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('salesdocs.editor.cancel')}</Button>
          <Button mih={44} loading={busy} onClick={() => void issue()} data-autofocus>{t('salesdocs.detail.issueConfirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
