/** A period and the button that makes the DATEV file and downloads it, then what to know about it. */
import { Alert, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatevExport } from '../../../src-shared/contract/datev';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { DateRangeControl } from '../books/DateRangeControl';
import { presetRange, type DayRange } from '../books/dates';
import { downloadBytes } from '../../lib/download';

/** Windows-1252 is what the file is; saying so lets an editor opened on it show the umlauts. */
const FILE_TYPE = 'text/csv;charset=windows-1252';

export function DatevExportCard({ ready }: { ready: boolean }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<DayRange>(() => presetRange('lastMonth'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<DatevExport | null>(null);

  async function exportFile() {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const file = await call('datev.export', range);
      downloadBytes(file.fileName, file.base64, FILE_TYPE);
      setResult(file);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg">
      <Stack>
        <div>
          <Title order={4}>{t('datev.export.title')}</Title>
          <Text c="dimmed" size="sm">{t('datev.export.hint')}</Text>
        </div>
        <DateRangeControl value={range} onChange={(next) => { setRange(next); setResult(null); }} />
        {!ready && <Alert color="yellow">{t('datev.export.missingNumbers')}</Alert>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Button leftSection={<IconDownload size={18} />} w="fit-content" size="md" loading={busy} disabled={!ready} onClick={() => void exportFile()}>
          {t('datev.export.button')}
        </Button>
        {result && (
          <Alert color={result.warnings.length ? 'yellow' : 'green'} data-testid="datev-result" title={t('datev.export.done', { rows: result.rows, entries: result.entries, file: result.fileName })}>
            {result.locked && <Text size="sm">{t('datev.export.lockedYes')}</Text>}
            {result.warnings.length > 0 && (
              <List size="sm" spacing={4}>
                {result.warnings.map((w) => <List.Item key={w.reason}>{t(`datev.warnings.${w.reason}`, w.details)}</List.Item>)}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
