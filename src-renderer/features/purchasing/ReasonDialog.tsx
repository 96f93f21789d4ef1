/** Asks why before cancelling or closing an order; the reason stays in the order's history. */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../lib/useCommand';

export function ReasonDialog({ title, intro, confirm, required, color = 'red', onConfirm, onClose }: {
  title: string;
  intro: string;
  confirm: string;
  required: boolean;
  color?: string;
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useCommand();
  async function submit() {
    await run(async () => {
      await onConfirm(reason.trim());
      onClose();
    });
  }
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{intro}</Text>
        <Textarea label={t('purchasing.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} required={required} rows={2} data-autofocus />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('common.cancel')}</Button>
          <Button color={color} mih={44} loading={busy} disabled={required && reason.trim() === ''} onClick={() => void submit()}>{confirm}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
