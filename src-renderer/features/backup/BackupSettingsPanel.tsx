/** Settings → Data & backups: status, back up now, the backups (contents, restore), settings, verify. */
import { Alert, Button, Card, Center, Group, Loader, Stack, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupStatus } from '../../../src-shared/contract/backup';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { ContentsDialog } from './BackupContents';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupStatusCard } from './BackupStatusCard';
import { BackupTable } from './BackupTable';
import { backupErrorText, useBackupFormat } from './format';
import { RestoreDialog } from './RestoreDialog';
import { VerifyRecordsCard } from './VerifyRecordsCard';

export function BackupSettingsPanel({ manage, audit }: { manage: boolean; audit: boolean }) {
  return (
    <Stack gap="lg" maw={980}>
      {manage && <BackupsSection />}
      {audit && <VerifyRecordsCard />}
    </Stack>
  );
}

function BackupsSection() {
  const { t } = useTranslation();
  const format = useBackupFormat();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fresh, setFresh] = useState<BackupInfo | null>(null);
  const [showing, setShowing] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const load = useCallback(async () => {
    try {
      const [s, list] = await Promise.all([call('backup.status'), call('backup.list')]);
      setStatus(s);
      setBackups(list);
    } catch (e) {
      setError(backupErrorText(t, e));
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);
  useChanged(['backup'], () => void load());

  async function backUpNow() {
    setBusy(true);
    setError(null);
    try {
      const taken = await call('backup.now');
      setFresh(taken);
      await load();
    } catch (e) {
      setError(backupErrorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  if (!status) {
    return error ? <Alert color="red" role="alert">{error}</Alert> : <Center py="xl"><Loader /></Center>;
  }

  const backUpButton = (
    <Button leftSection={<IconDatabaseExport size={18} />} loading={busy} onClick={() => void backUpNow()}
      color={status.lastGood && !status.stale ? undefined : status.lastGood ? 'yellow' : 'red'}>
      {busy ? t('backup.now.running') : t('backup.now.button')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <BackupStatusCard status={status} action={backUpButton} />
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {fresh && (
        <Alert color="blue" variant="light" withCloseButton onClose={() => setFresh(null)} data-testid="backup-fresh">
          {t('backup.now.done', { date: format.dateTime(fresh.createdAt), size: format.size(fresh.sizeBytes) })}
        </Alert>
      )}
      <Card withBorder padding="lg">
        <Stack>
          <Group justify="space-between">
            <Title order={4}>{t('backup.list.title')}</Title>
          </Group>
          <BackupTable backups={backups} lastGood={status.lastGood} fresh={fresh} onShow={setShowing} onRestore={setRestoring} />
        </Stack>
      </Card>
      <BackupSettingsForm key={JSON.stringify(status.settings)} settings={status.settings} />
      <ContentsDialog backup={showing} onClose={() => setShowing(null)} />
      <RestoreDialog backup={restoring} damaged={false} onClose={() => setRestoring(null)} />
    </Stack>
  );
}
