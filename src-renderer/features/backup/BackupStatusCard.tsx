/** Where the backups stand: the last good one (green), overdue or none (yellow/red), the second folder. */
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDatabaseOff, IconFolderX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../src-shared/contract/backup';
import { useBackupFormat } from './format';

export function BackupStatusCard({ status, action }: { status: BackupStatus; action?: ReactNode }) {
  const { t } = useTranslation();
  const format = useBackupFormat();
  const { lastGood, stale, settings } = status;
  const when = lastGood ? { date: format.dateTime(lastGood.createdAt), age: format.age(lastGood.createdAt), time: settings.dailyAt } : null;
  const footer = (
    <Text size="sm" c="dimmed" mt={6}>
      {t('backup.status.daily', { time: settings.dailyAt })}
      {' · '}
      {settings.secondFolder ? t('backup.status.secondFolder', { folder: settings.secondFolder }) : t('backup.status.noSecondFolder')}
    </Text>
  );
  return (
    <Stack gap="sm" data-testid="backup-status">
      {!when ? (
        <Alert color="red" variant="light" icon={<IconDatabaseOff size={22} />} title={t('backup.status.noneTitle')}>
          <Text size="sm">{t('backup.status.noneText')}</Text>
          {footer}
          {action && <div style={{ marginTop: 12 }}>{action}</div>}
        </Alert>
      ) : stale ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={22} />} title={t('backup.status.staleTitle')}>
          <Text size="sm">{t('backup.status.staleText', when)}</Text>
          {footer}
          {action && <div style={{ marginTop: 12 }}>{action}</div>}
        </Alert>
      ) : (
        <Alert color="green" variant="light" icon={<IconCircleCheck size={22} />} title={t('backup.status.okTitle')}>
          <Text size="sm">{t('backup.status.okText', when)}</Text>
          {footer}
          {action && <div style={{ marginTop: 12 }}>{action}</div>}
        </Alert>
      )}
      {status.secondFolderProblem && (
        <Alert color="orange" variant="light" icon={<IconFolderX size={22} />} title={t('backup.status.secondFolderProblemTitle')}>
          {t('backup.status.secondFolderProblemText', { problem: status.secondFolderProblem })}
        </Alert>
      )}
    </Stack>
  );
}
