/** A small dialog that runs one command: its fields, the refusal as a sentence, cancel and confirm (busy while it runs). */
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../lib/useCommand';

export function CommandDialog({ title, confirm, color, disabled, onConfirm, onClose, children }: {
  title: string;
  confirm: string;
  color?: string;
  disabled?: boolean;
  /** Runs the command; the dialog closes when it succeeds and shows the reason when it fails. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { busy, error, run } = useCommand();
  const submit = () => void run(async () => {
    await onConfirm();
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={title} size={500}>
      <form onSubmit={(e) => { e.preventDefault(); if (!disabled) submit(); }}>
        <Stack>
          {children}
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" mih={44} onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color={color} mih={44} loading={busy} disabled={disabled}>{confirm}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
