/**
 * CSV export (download) and import: choose a file → every row is checked in batches (progress)
 * → preview with per-row errors → import the valid rows in batches of CSV_BATCH_ROWS, each
 * batch one transaction and each row all or nothing; rows with errors are skipped and listed.
 */
import { Alert, Button, Card, FileButton, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_BATCH_ROWS, type CsvImportResult, type CsvPreviewRow, type CsvRow } from '../../../src-shared/contract/catalogue';
import { call } from '../../lib/api';
import { download } from '../../lib/download';
import { batches, markDuplicates, parseProductCsv } from './csv-file';
import { CsvPreviewTable } from './CsvPreviewTable';
import { catalogueErrorText } from './reasons';

type Stage =
  | { kind: 'idle' }
  | { kind: 'working'; label: 'checking' | 'importing'; done: number; total: number }
  | { kind: 'preview'; file: string; rows: CsvRow[]; preview: CsvPreviewRow[] }
  | { kind: 'done'; result: CsvImportResult; names: Map<number, string> };

export function CsvPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);

  async function exportCsv() {
    setError(null);
    try {
      const { filename, csv, rows } = await call('catalogue.csv.export');
      download(filename, csv);
      notifications.show({ color: 'green', message: t('catalogue.csv.exported', { count: rows }) });
    } catch (e) {
      setError(catalogueErrorText(t, e));
    }
  }

  async function check(file: File | null) {
    if (!file) return;
    setError(null);
    setWarning(null);
    const parsed = parseProductCsv(await file.text());
    if (parsed.parseError) return setError(t('catalogue.csv.parseError', parsed.parseError));
    if (parsed.missing.length > 0) return setError(t('catalogue.csv.missingColumns', { columns: parsed.missing.join(', ') }));
    if (parsed.rows.length === 0) return setError(t('catalogue.csv.emptyFile'));
    if (parsed.unknown.length > 0) setWarning(t('catalogue.csv.unknownColumns', { columns: parsed.unknown.join(', ') }));
    const preview: CsvPreviewRow[] = [];
    try {
      for (const batch of batches(parsed.rows, CSV_BATCH_ROWS)) {
        setStage({ kind: 'working', label: 'checking', done: preview.length, total: parsed.rows.length });
        preview.push(...await call('catalogue.csv.preview', { rows: batch }));
      }
      setStage({ kind: 'preview', file: file.name, rows: parsed.rows, preview: markDuplicates(parsed.rows, preview) });
    } catch (e) {
      setStage({ kind: 'idle' });
      setError(catalogueErrorText(t, e));
    }
  }

  async function runImport(rows: CsvRow[], preview: CsvPreviewRow[]) {
    const wanted = new Set(preview.filter((p) => p.action === 'create' || p.action === 'update').map((p) => p.line));
    const chosen = rows.filter((r) => wanted.has(r.line));
    const skipped = preview.filter((p) => p.action === 'error');
    const total: CsvImportResult = { created: 0, updated: 0, unchanged: preview.filter((p) => p.action === 'unchanged').length, failed: skipped.map(({ line, sku, issues }) => ({ line, sku, issues })) };
    let done = 0;
    try {
      for (const batch of batches(chosen, CSV_BATCH_ROWS)) {
        setStage({ kind: 'working', label: 'importing', done, total: chosen.length });
        const result = await call('catalogue.csv.import', { rows: batch });
        total.created += result.created;
        total.updated += result.updated;
        total.unchanged += result.unchanged;
        total.failed.push(...result.failed);
        done += batch.length;
      }
    } catch (e) {
      setError(catalogueErrorText(t, e));
    }
    total.failed.sort((a, b) => a.line - b.line);
    setStage({ kind: 'done', result: total, names: new Map(preview.map((p) => [p.line, p.name])) });
  }

  const counts = stage.kind === 'preview'
    ? Object.fromEntries((['create', 'update', 'unchanged', 'error'] as const).map((a) => [a, stage.preview.filter((p) => p.action === a).length]))
    : {};
  const importable = (counts.create ?? 0) + (counts.update ?? 0);

  return (
    <Stack maw={1100}>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Card withBorder>
        <Title order={4}>{t('catalogue.csv.exportTitle')}</Title>
        <Text c="dimmed" size="sm" my="xs">{t('catalogue.csv.exportText')}</Text>
        <Button leftSection={<IconDownload size={18} />} variant="light" w="fit-content" onClick={() => void exportCsv()}>{t('catalogue.csv.export')}</Button>
      </Card>
      {canManage && (
        <Card withBorder>
          <Title order={4}>{t('catalogue.csv.importTitle')}</Title>
          <Text c="dimmed" size="sm" my="xs">{t('catalogue.csv.importText')}</Text>
          {warning && <Alert color="yellow" mb="sm">{warning}</Alert>}
          {stage.kind === 'working' ? (
            <Stack gap={4}>
              <Text size="sm">{t(`catalogue.csv.${stage.label}`, { done: stage.done, total: stage.total })}</Text>
              <Progress value={stage.total ? (stage.done / stage.total) * 100 : 0} animated aria-label={t(`catalogue.csv.${stage.label}`, { done: stage.done, total: stage.total })} />
            </Stack>
          ) : stage.kind === 'preview' ? (
            <Stack>
              <Text fw={500} data-testid="csv-summary">{t('catalogue.csv.summary', { file: stage.file, total: stage.preview.length, create: counts.create, update: counts.update, unchanged: counts.unchanged, errors: counts.error })}</Text>
              {(counts.error ?? 0) > 0 && <Alert color="orange" title={t('catalogue.csv.errorsTitle')}>{t('catalogue.csv.errorsText')}</Alert>}
              <CsvPreviewTable rows={stage.preview} />
              {importable === 0 && <Alert color="gray">{t('catalogue.csv.nothingToImport')}</Alert>}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setStage({ kind: 'idle' })}>{t('catalogue.csv.cancel')}</Button>
                <Button disabled={importable === 0} onClick={() => void runImport(stage.rows, stage.preview)}>
                  {(counts.error ?? 0) > 0 ? t('catalogue.csv.importValid', { count: importable, errors: counts.error }) : t('catalogue.csv.importAll', { count: importable })}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Stack>
              {stage.kind === 'done' && (
                <>
                  <Alert color={stage.result.failed.length ? 'orange' : 'green'} data-testid="csv-done">
                    {t('catalogue.csv.done', { ...stage.result, failed: stage.result.failed.length })}
                  </Alert>
                  {stage.result.failed.length > 0 && <CsvPreviewTable rows={stage.result.failed.map((f) => ({ ...f, name: stage.names.get(f.line) ?? '', action: 'error' }))} />}
                </>
              )}
              <FileButton onChange={(file) => void check(file)} accept=".csv,text/csv,text/plain">
                {(props) => <Button {...props} leftSection={<IconUpload size={18} />} w="fit-content">{t('catalogue.csv.choose')}</Button>}
              </FileButton>
            </Stack>
          )}
        </Card>
      )}
    </Stack>
  );
}
