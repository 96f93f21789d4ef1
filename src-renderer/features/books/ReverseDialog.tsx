/** Cancelling a ledger entry: asks why, then posts the reversal (the original stays as it was). */
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../src-shared/contract/ledger';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';

export function ReverseDialog({ entry, onClose, onReversed }: { entry: JournalEntry; onClose(): void; onReversed(reversal: JournalEntry): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reverse() {
    setBusy(true);
    setError(null);
    try {
      const reversal = await call('ledger.reverse', { id: entry.id, reason: reason.trim(), bookedOn: null });
      notifications.show({ color: 'green', message: t('books.entry.reversed', { number: reversal.number }) });
      onReversed(reversal);
    } catch (e) {
      setError(errorText(t, e));
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('books.entry.reverseTitle', { number: entry.number })}>
      <Stack>
        <Text size="sm">{t('books.entry.reverseText')}</Text>
        <TextInput label={t('books.entry.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={200} required data-autofocus />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red" onClick={() => void reverse()} loading={busy} disabled={reason.trim() === ''}>{t('books.entry.reverseConfirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
