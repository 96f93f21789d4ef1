/**
 * The damaged-database screen: what happened, that nothing was changed, and the way out —
 * restore a backup, no sign-in needed while the database is damaged.
 */
import { Alert, Box, Button, Card, Center, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInfoCircle, IconLifebuoy, IconRefresh, IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { BackupInfo, BackupStatus } from '../../../src-shared/contract/backup';
import { call } from '../../lib/api';
import { loadAppState } from '../auth/guards';
import { useSessionStore } from '../auth/store';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { ContentsDialog } from './BackupContents';
import { BackupTable } from './BackupTable';
import { backupErrorText } from './format';
import { RestoreDialog } from './RestoreDialog';

/** The core's kind of problem as one of the plain explanations (the technical text is shown small). */
const EXPLANATION = { unreadable: 'unreadable', damaged: 'integrity', foreign: 'foreign', behindBackup: 'behindBackup' } as const;
export const explanationOf = (kind: 'unreadable' | 'damaged' | 'foreign' | 'behindBackup' | null) => (kind ? EXPLANATION[kind] : 'other');

export function RecoveryPage() {
  const { t } = useTranslation();
  const { status: setup, loaded } = useSessionStore();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showing, setShowing] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const loadBackups = useCallback(async () => {
    setError(null);
    try {
      const [s, list] = await Promise.all([call('backup.status'), call('backup.list')]);
      setStatus(s);
      setBackups(list);
    } catch (e) {
      setError(backupErrorText(t, e));
      setBackups((current) => current ?? []);
    }
  }, [t]);

  useEffect(() => {
    if (!loaded) loadAppState().catch(() => undefined);
  }, [loaded]);
  const damaged = setup?.readOnly === true;
  useEffect(() => {
    if (damaged) void loadBackups();
  }, [damaged, loadBackups]);

  if (!loaded || !setup) return <Center h="100vh"><Loader /></Center>;
  // Restored meanwhile, or opened by address on a healthy database: there is nothing to recover.
  if (!setup.readOnly && !restoring) return <Navigate to="/" replace />;

  const problem = status?.problem ?? setup.problem;
  const lastGood = status?.lastGood ?? backups?.[0] ?? null;

  return (
    <Box mih="100vh" py={40} px="md">
      <Stack maw={960} mx="auto" gap="lg">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <img src="./favicon.svg" width={40} height={40} alt="" />
            <div>
              <Title order={1} size="h2">{t('backup.recovery.title')}</Title>
              {setup.companyName && <Text c="dimmed" size="sm">{setup.companyName}</Text>}
            </div>
          </Group>
          <LanguageSwitch />
        </Group>

        <Card withBorder padding="lg">
          <Group align="flex-start" wrap="nowrap" gap="md">
            <ThemeIcon size={44} radius="xl" variant="light" color="orange"><IconInfoCircle size={26} /></ThemeIcon>
            <Stack gap={6}>
              <Title order={3}>{t('backup.recovery.whatHappened')}</Title>
              <Text>{t(`backup.recovery.${explanationOf(status?.problemKind ?? setup.problemKind)}`)}</Text>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconShieldCheck size={20} color="var(--mantine-color-green-7)" style={{ flexShrink: 0, marginTop: 2 }} />
                <Text fw={600}>{t('backup.recovery.nothingChanged')}</Text>
              </Group>
              {problem && <Text size="xs" c="dimmed" data-testid="recovery-problem">{t('backup.recovery.technical', { problem })}</Text>}
            </Stack>
          </Group>
        </Card>

        {error && <Alert color="red" role="alert">{error}</Alert>}

        {backups === null ? (
          <Center py="lg"><Group gap="sm"><Loader size="sm" /><Text>{t('backup.recovery.loading')}</Text></Group></Center>
        ) : backups.length === 0 ? (
          <Alert color="red" variant="light" icon={<IconLifebuoy size={22} />} title={t('backup.recovery.noBackupsTitle')}>
            <Stack gap="sm">
              <Text size="sm">{t('backup.recovery.noBackupsText')}</Text>
              <Group><Button variant="default" size="xs" leftSection={<IconRefresh size={16} />} onClick={() => void loadBackups()}>{t('backup.recovery.checkAgain')}</Button></Group>
            </Stack>
          </Alert>
        ) : (
          <Card withBorder padding="lg">
            <Stack>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Title order={3}>{t('backup.recovery.wayOut')}</Title>
                  <Text c="dimmed" size="sm" mt={4}>{t('backup.recovery.wayOutText')}</Text>
                </div>
                <Button variant="subtle" size="xs" leftSection={<IconRefresh size={16} />} onClick={() => void loadBackups()} style={{ flexShrink: 0 }}>
                  {t('backup.recovery.checkAgain')}
                </Button>
              </Group>
              <BackupTable backups={backups} lastGood={lastGood} onShow={setShowing} onRestore={setRestoring} />
            </Stack>
          </Card>
        )}
      </Stack>
      <ContentsDialog backup={showing} onClose={() => setShowing(null)} />
      <RestoreDialog backup={restoring} damaged onClose={() => setRestoring(null)} />
    </Box>
  );
}
