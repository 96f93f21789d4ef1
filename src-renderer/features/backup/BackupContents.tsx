/** What a backup holds, checked by the core (backup.inspect): shown alone or before a restore. */
import { Alert, Button, Center, Group, Loader, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupContents, BackupInfo } from '../../../src-shared/contract/backup';
import { call } from '../../lib/api';
import { backupErrorText, useBackupFormat } from './format';

export function useInspect(backup: BackupInfo | null) {
  const { t } = useTranslation();
  const [contents, setContents] = useState<BackupContents | null>(null);
  const [error, setError] = useState<string | null>(null);
  const file = backup?.file;
  const folder = backup?.folder;
  useEffect(() => {
    setContents(null);
    setError(null);
    if (!file || !folder) return;
    let current = true;
    call('backup.inspect', { file, folder })
      .then((c) => current && setContents(c))
      .catch((e: unknown) => current && setError(backupErrorText(t, e)));
    return () => {
      current = false;
    };
  }, [file, folder, t]);
  return { contents, error };
}

function Fact({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

export function ContentsView({ contents, error }: ReturnType<typeof useInspect>) {
  const { t } = useTranslation();
  if (error) return <Alert color="red" role="alert">{error}</Alert>;
  if (!contents) return <Center py="md"><Group gap="sm"><Loader size="sm" /><Text>{t('backup.contents.loading')}</Text></Group></Center>;
  return (
    <Stack gap="md" data-testid="backup-contents">
      <SimpleGrid cols={3} spacing="sm">
        <Fact label={t('backup.contents.company')} value={contents.companyName ?? '—'} />
        <Fact label={t('backup.contents.lastReceipt')} value={contents.lastReceiptNumber ?? t('backup.contents.noReceipt')} />
        <Fact label={t('backup.contents.schemaVersion')} value={contents.schemaVersion} />
      </SimpleGrid>
      <SimpleGrid cols={4} spacing="sm">
        <Fact label={t('backup.contents.receipts')} value={contents.counts.receipts} />
        <Fact label={t('backup.contents.products')} value={contents.counts.products} />
        <Fact label={t('backup.contents.journalEntries')} value={contents.counts.journalEntries} />
        <Fact label={t('backup.contents.staff')} value={contents.counts.staff} />
      </SimpleGrid>
      {contents.problem
        ? <Alert color="red" role="alert">{t('backup.contents.problem', { problem: contents.problem })}</Alert>
        : <Alert color="green" icon={<IconCircleCheck size={20} />}>{t('backup.contents.checkedOk')}</Alert>}
    </Stack>
  );
}

export function ContentsDialog({ backup, onClose }: { backup: BackupInfo | null; onClose(): void }) {
  const { t } = useTranslation();
  const format = useBackupFormat();
  const inspected = useInspect(backup);
  return (
    <Modal opened={backup !== null} onClose={onClose} size="lg"
      title={backup ? t('backup.contents.title', { date: format.dateTime(backup.createdAt) }) : ''}>
      <Stack>
        <ContentsView {...inspected} />
        <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('common.close')}</Button></Group>
      </Stack>
    </Modal>
  );
}
