/** A manual journal entry: date, text, balanced lines, optionally a receipt → `ledger.postManual`. */
import { Alert, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { attachmentProblem, toAttachment } from './attachments';
import { isDay, today } from './dates';
import { draftSums, emptyLine, postedLines, type DraftLine } from './manual-lines';
import { ManualLines } from './ManualLines';
import { ReceiptFileInput } from './ReceiptFileInput';
import { useBooksStore } from './store';

export function ManualEntryForm() {
  const { t } = useTranslation();
  const openEntry = useBooksStore((s) => s.openEntry);
  const [bookedOn, setBookedOn] = useState(today());
  const [text, setText] = useState('');
  const [lines, setLines] = useState<DraftLine[]>(() => [emptyLine(), emptyLine()]);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const sums = draftSums(lines);
  const ready = sums.ready && isDay(bookedOn) && text.trim() !== '' && (!file || attachmentProblem(file) === null);
  const hint = !sums.ready && sums.differenceCents !== 0 ? t('books.manual.notBalanced') : null;

  async function submit() {
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      const entry = await call('ledger.postManual', { bookedOn, text: text.trim(), lines: postedLines(lines), attachment: file ? await toAttachment(file) : null });
      notifications.show({
        color: 'green',
        message: (
          <Group gap="xs">
            <Text size="sm">{t('books.manual.posted', { number: entry.number })}</Text>
            <Button size="compact-sm" variant="subtle" onClick={() => openEntry(entry.id)}>{t('books.manual.show')}</Button>
          </Group>
        ),
      });
      setText('');
      setLines([emptyLine(), emptyLine()]);
      setFile(null);
      setFormKey((k) => k + 1);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder maw={1100} component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }} aria-label={t('books.tabs.manual')}>
      <Stack>
        <Group align="flex-end" wrap="wrap">
          <TextInput type="date" label={t('books.columns.date')} value={bookedOn} onChange={(e) => setBookedOn(e.currentTarget.value)} required w={180} />
          <TextInput label={t('books.fields.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} required maxLength={200} style={{ flex: 1 }} miw={280} />
        </Group>
        <ManualLines lines={lines} onChange={setLines} />
        <ReceiptFileInput key={formKey} file={file} onChange={setFile} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          {hint && <Text c="red.7" size="sm">{hint}</Text>}
          <Button type="submit" size="md" loading={busy} disabled={!ready}>{t('books.manual.submit')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
