/**
 * Importing a statement into the chosen bank account. A CSV file first shows a preview with its
 * column mapping (guessed from the header, or the one saved for that bank), which can be changed
 * and saved under the bank's name; a CAMT.053 file is imported as it is. Either way the result
 * says what was added and what was already there.
 */
import { Accordion, Alert, Button, Card, Group, Input, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount, CsvMapping, CsvPreview, ImportResult } from '../../../src-shared/contract/bank';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { readStatementFile, STATEMENT_ACCEPT, type StatementFile } from './file';
import { ImportResultView } from './ImportResultView';
import { MappingForm } from './MappingForm';
import { PreviewTable } from './PreviewTable';
import { useBankFormat } from './useBankFormat';

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'csv'; file: StatementFile; preview: CsvPreview; saveAs: string }
  | { kind: 'camt'; file: StatementFile }
  | { kind: 'done'; result: ImportResult };

export function ImportCard({ account, onClose }: { account: BankAccount; onClose(): void }) {
  const { t } = useTranslation();
  const format = useBankFormat();
  const fileId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function choose(picked: File | null) {
    setError(null);
    if (!picked) return setStage({ kind: 'choose' });
    setStage({ kind: 'reading' });
    try {
      const file = await readStatementFile(picked);
      if (file === 'tooLarge') {
        setStage({ kind: 'choose' });
        return setError(t('bank.import.tooLarge'));
      }
      if (file.kind === 'camt') return setStage({ kind: 'camt', file });
      const preview = await call('bank.csv.preview', { bankAccountId: account.id, fileName: file.fileName, base64: file.base64, mapping: null });
      setStage({ kind: 'csv', file, preview, saveAs: preview.savedMappingName ?? account.name });
    } catch (e) {
      setStage({ kind: 'choose' });
      setError(errorText(t, e));
    }
  }

  async function remap(mapping: CsvMapping) {
    if (stage.kind !== 'csv') return;
    setBusy(true);
    setError(null);
    try {
      const preview = await call('bank.csv.preview', { bankAccountId: account.id, fileName: stage.file.fileName, base64: stage.file.base64, mapping });
      setStage({ ...stage, preview });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  async function runImport() {
    if (stage.kind !== 'csv' && stage.kind !== 'camt') return;
    setBusy(true);
    setError(null);
    try {
      const { fileName, base64 } = stage.file;
      const result = stage.kind === 'camt'
        ? await call('bank.camt.import', { bankAccountId: account.id, fileName, base64 })
        : await call('bank.csv.import', {
          bankAccountId: account.id, fileName, base64, mapping: stage.preview.mapping,
          saveMappingAs: stage.saveAs.trim() || null, skipInvalidRows: stage.preview.counts.errors > 0,
        });
      setStage({ kind: 'done', result });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const counts = stage.kind === 'csv' ? stage.preview.counts : null;

  return (
    <Card withBorder data-testid="bank-import">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('bank.import.title', { account: account.name })}</Title>
          <Text size="sm" c="dimmed">{t('bank.import.hint')}</Text>
        </Group>
        {error && <Alert color="red" role="alert">{error}</Alert>}

        {stage.kind === 'done' ? (
          <ImportResultView result={stage.result} />
        ) : (
          <Input.Wrapper id={fileId} label={t('bank.import.file')}>
            <Group gap="xs" mt={4}>
              <input id={fileId} type="file" accept={STATEMENT_ACCEPT} style={{ minHeight: 44, maxWidth: '100%' }} disabled={busy}
                onChange={(e) => void choose(e.currentTarget.files?.[0] ?? null)} />
              {stage.kind === 'reading' && <Loader size="sm" aria-label={t('bank.import.reading')} />}
            </Group>
          </Input.Wrapper>
        )}

        {stage.kind === 'camt' && <Alert color="blue" icon={<IconUpload size={18} />}>{t('bank.import.camtReady', { file: stage.file.fileName })}</Alert>}

        {stage.kind === 'csv' && counts && (
          <Stack>
            <Text fw={500} data-testid="bank-preview-summary">{t('bank.import.summary', counts)}</Text>
            {stage.preview.closingBalance && (
              <Text size="sm" c="dimmed">{t('bank.import.closingStated', { date: format.day(stage.preview.closingBalance.on), amount: format.money(stage.preview.closingBalance.cents) })}</Text>
            )}
            <Accordion variant="contained" defaultValue={stage.preview.mappingSource === 'saved' ? null : 'mapping'}>
              <Accordion.Item value="mapping">
                <Accordion.Control>
                  {t('bank.mapping.title')} — {stage.preview.mappingSource === 'saved'
                    ? t('bank.import.source.saved', { name: stage.preview.savedMappingName })
                    : t(`bank.import.source.${stage.preview.mappingSource}`)}
                </Accordion.Control>
                <Accordion.Panel>
                  <MappingForm header={stage.preview.header} mapping={stage.preview.mapping} disabled={busy} onChange={(m) => void remap(m)} />
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
            {counts.errors > 0 && <Alert color="orange">{t('bank.import.errorsSkipped', { count: counts.errors })}</Alert>}
            {counts.new === 0 && <Alert color="gray">{t('bank.import.nothingNew')}</Alert>}
            <PreviewTable rows={stage.preview.rows} total={counts.total} />
            <TextInput
              label={t('bank.import.saveAs')} description={t('bank.import.saveAsHint')} maw={360} maxLength={60}
              value={stage.saveAs} onChange={(e) => setStage({ ...stage, saveAs: e.currentTarget.value })}
            />
          </Stack>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>{stage.kind === 'done' ? t('bank.import.close') : t('bank.import.cancel')}</Button>
          {stage.kind === 'done' ? (
            <Button variant="light" onClick={() => setStage({ kind: 'choose' })}>{t('bank.import.another')}</Button>
          ) : (
            <Button onClick={() => void runImport()} loading={busy} disabled={!(stage.kind === 'camt' || (stage.kind === 'csv' && counts!.new > 0))}>
              {t('bank.import.run')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
