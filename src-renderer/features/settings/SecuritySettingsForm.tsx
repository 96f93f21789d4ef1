/** PIN lockout and session length. */
import { Alert, Button, Card, Group, NumberInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecuritySettings } from '../../../src-shared/contract/settings';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useSettingsStore } from './store';

const FIELDS = [
  { key: 'pinMaxAttempts', min: 3, max: 20 },
  { key: 'pinLockMinutes', min: 1, max: 1440 },
  { key: 'sessionHours', min: 1, max: 168 },
] as const;

export function SecuritySettingsForm() {
  const { t } = useTranslation();
  const { security, loadSecurity } = useSettingsStore();
  const [values, setValues] = useState<SecuritySettings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadSecurity();
  }, [loadSecurity]);
  useEffect(() => setValues(security), [security]);
  if (!values) return null;

  async function save() {
    setError(null);
    try {
      await call('settings.security.update', values!);
      await loadSecurity();
      notifications.show({ color: 'green', message: t('settings.securitySaved') });
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  return (
    <Card withBorder padding="lg" maw={520}>
      <Stack>
        {error && <Alert color="red">{error}</Alert>}
        {FIELDS.map(({ key, min, max }) => (
          <NumberInput key={key} label={t(`settings.${key}`)} min={min} max={max} allowDecimal={false} allowNegative={false}
            value={values[key]} onChange={(v) => setValues({ ...values, [key]: typeof v === 'number' ? v : min })} />
        ))}
        <Group justify="flex-end"><Button onClick={() => void save()}>{t('common.save')}</Button></Group>
      </Stack>
    </Card>
  );
}
