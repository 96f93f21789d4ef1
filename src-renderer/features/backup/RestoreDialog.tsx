/**
 * The restore confirmation: what the backup holds and what will happen, then backup.restore.
 * Afterwards every session is gone, so the app signs out here too and goes to the sign-in screen.
 */
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BackupInfo } from '../../../src-shared/contract/backup';
import { call } from '../../lib/api';
import { useSessionStore } from '../auth/store';
import { ContentsView, useInspect } from './BackupContents';
import { backupErrorText, useBackupFormat } from './format';

/** After a restore: nobody is signed in any more; reload what the app knows and go to sign-in. */
export function useAfterRestore() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useBackupFormat();
  return async (restored: BackupInfo) => {
    // A session that was in the backup could be valid again; end it, the restore ends everyone's.
    await call('auth.signOut').catch(() => undefined);
    useSessionStore.setState({ session: null, sessionEnded: false });
    await useSessionStore.getState().load().catch(() => undefined);
    notifications.show({ color: 'green', title: t('backup.recovery.restoredTitle'), message: t('backup.restore.done', { date: format.dateTime(restored.createdAt) }), autoClose: 10_000 });
    navigate('/login', { replace: true });
  };
}

export function RestoreDialog({ backup, damaged, onClose }: { backup: BackupInfo | null; damaged: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const format = useBackupFormat();
  const inspected = useInspect(backup);
  const afterRestore = useAfterRestore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const date = backup ? format.dateTime(backup.createdAt) : '';
  const unusable = !!inspected.error || !!inspected.contents?.problem;

  function close() {
    if (busy) return;
    setError(null);
    onClose();
  }

  async function restore() {
    if (!backup) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('backup.restore', { file: backup.file, folder: backup.folder });
      await afterRestore(result.restored);
    } catch (e) {
      setError(backupErrorText(t, e));
      setBusy(false);
    }
  }

  return (
    <Modal opened={backup !== null} onClose={close} size="lg" title={t('backup.restore.title', { date })} closeOnClickOutside={!busy} withCloseButton={!busy}>
      <Stack>
        <ContentsView {...inspected} />
        {unusable ? <Alert color="red">{t('backup.restore.damaged')}</Alert> : (
          <div>
            <Text fw={600} mb={4}>{t('backup.restore.whatHappens')}</Text>
            <List type="ordered" spacing={4}>
              <List.Item>{damaged ? t('backup.restore.stepKeepDamaged') : t('backup.restore.stepSafetyCopy')}</List.Item>
              <List.Item>{t('backup.restore.stepReplace', { date })}</List.Item>
              <List.Item>{t('backup.restore.stepSignOut')}</List.Item>
            </List>
          </div>
        )}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>{t('common.cancel')}</Button>
          <Button color="red" leftSection={<IconRestore size={18} />} loading={busy} disabled={!inspected.contents || unusable}
            onClick={() => void restore()}>
            {t('backup.restore.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
