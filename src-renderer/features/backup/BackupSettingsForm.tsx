/** When the daily backup runs, where its copy goes, and how many are kept. */
import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings } from '../../../src-shared/contract/backup';
import { ApiError, call } from '../../lib/api';
import { fieldErrors } from '../../lib/errors';
import { backupErrorText } from './format';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const KEEP = [
  { key: 'keepDaily', min: 1, max: 60 },
  { key: 'keepWeekly', min: 0, max: 52 },
  { key: 'keepMonthly', min: 0, max: 120 },
] as const;

export function BackupSettingsForm({ settings }: { settings: BackupSettings }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<BackupSettings>(settings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const timeOk = TIME.test(values.dailyAt);

  async function save() {
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      const saved = await call('backup.settings.update', { ...values, secondFolder: values.secondFolder.trim() });
      setValues(saved);
      notifications.show({ color: 'green', message: t('backup.settings.saved') });
    } catch (e) {
      const reason = e instanceof ApiError ? e.body.details?.reason : undefined;
      if (reason === 'secondFolderRelative') setErrors({ secondFolder: backupErrorText(t, e) });
      else {
        setErrors(fieldErrors(e));
        setError(backupErrorText(t, e));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg">
      <form onSubmit={(e) => { e.preventDefault(); if (timeOk) void save(); }}>
        <Stack>
          <Title order={4}>{t('backup.settings.title')}</Title>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('backup.settings.dailyAt')} description={t('backup.settings.dailyAtHint')} value={values.dailyAt} maxLength={5}
              placeholder="21:30" inputMode="numeric" w={{ base: '100%' }}
              error={!timeOk ? t('backup.settings.dailyAtInvalid') : errors.dailyAt}
              onChange={(e) => setValues({ ...values, dailyAt: e.currentTarget.value })} />
            <TextInput label={t('backup.settings.secondFolder')} description={t('backup.settings.secondFolderHint')} value={values.secondFolder}
              maxLength={500} error={errors.secondFolder} onChange={(e) => setValues({ ...values, secondFolder: e.currentTarget.value })} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {KEEP.map(({ key, min, max }) => (
              <NumberInput key={key} label={t(`backup.settings.${key}`)} min={min} max={max} allowDecimal={false} allowNegative={false}
                clampBehavior="strict" value={values[key]} error={errors[key]}
                onChange={(v) => setValues({ ...values, [key]: typeof v === 'number' ? v : min })} />
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">{t('backup.settings.keepHint')}</Text>
          <Group justify="flex-end"><Button type="submit" loading={busy} disabled={!timeOk}>{t('common.save')}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}
