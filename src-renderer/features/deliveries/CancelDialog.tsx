/** Cancelling a planned or packed delivery needs a reason; it stays in the history. */
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../../src-shared/contract/deliveries';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';

export function CancelDialog({ delivery, onDone, onClose }: { delivery: Delivery; onDone: (d: Delivery) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useCommand();

  async function confirm() {
    await run(async () => {
      onDone(await call('deliveries.cancel', { id: delivery.id, reason }));
    });
  }

  return (
    <Modal opened onClose={onClose} title={t('deliveries.cancelDialog.title', { number: delivery.number })}>
      <Stack>
        <TextInput label={t('deliveries.cancelDialog.reason')} required maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('deliveries.cancelDialog.back')}</Button>
          <Button color="red" mih={44} loading={busy} disabled={reason.trim() === ''} onClick={() => void confirm()}>{t('deliveries.cancelDialog.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
