/**
 * The DATEV export in the books: the settings the consultant gives (consultant and client number
 * …) and the export of a period as an EXTF Buchungsstapel, downloaded as a file.
 */
import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatevSettings } from '../../../src-shared/contract/datev';
import { call, refreshQuietly } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { DatevExportCard } from './DatevExportCard';
import { DatevSettingsForm } from './DatevSettingsForm';

export function DatevPanel() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<DatevSettings | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setSettings(await call('datev.settings.get'));
  }, []);
  useEffect(() => {
    load().catch((e: unknown) => setError(errorText(t, e)));
  }, [load, t]);
  // Settings are saved under the ledger topic; another window may change them.
  useChanged(['ledger'], () => void refreshQuietly(load));

  return (
    <Stack gap="lg" maw={980}>
      <div>
        <Title order={3}>{t('datev.title')}</Title>
        <Text c="dimmed" size="sm">{t('datev.intro')}</Text>
      </div>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {settings ? (
        <>
          <DatevExportCard ready={settings.consultantNumber !== null && settings.clientNumber !== null} />
          <DatevSettingsForm key={JSON.stringify(settings)} settings={settings} onSaved={setSettings} />
        </>
      ) : !error && <Center py="xl"><Loader /></Center>}
    </Stack>
  );
}
