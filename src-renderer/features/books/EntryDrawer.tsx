/**
 * One journal entry in a drawer: its lines, where it came from, the reversal links in both
 * directions, its receipts, and — for the ledger's own entries — cancelling it.
 */
import { Alert, Anchor, Badge, Button, Divider, Drawer, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../src-shared/contract/ledger';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { EntryAttachments } from './EntryAttachments';
import { EntryLines } from './EntryLines';
import { ReverseDialog } from './ReverseDialog';
import { useBooksStore } from './store';
import { SourceReceipt } from './SourceReceipt';
import { useBooksFormat } from './useBooksFormat';

/** A link to another entry, labelled with its number (fetched, since the entry only knows the id). */
function EntryLink({ id, text }: { id: number; text: 'reversedBy' | 'reverses' }) {
  const { t } = useTranslation();
  const openEntry = useBooksStore((s) => s.openEntry);
  const [number, setNumber] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    call('ledger.entry', { id }).then((e) => { if (live) setNumber(e.number); }, () => undefined);
    return () => { live = false; };
  }, [id]);
  return (
    <Alert color={text === 'reversedBy' ? 'orange' : 'blue'} py="xs">
      <Anchor component="button" type="button" onClick={() => openEntry(id)} fw={500}>
        {t(`books.entry.${text}`, { number: number ?? '…' })}
      </Anchor>
    </Alert>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function EntryDrawer() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const { entryId, openEntry } = useBooksStore();
  const [entry, setEntry] = useState<JournalEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reversing, setReversing] = useState(false);

  const load = useCallback(async () => {
    if (entryId === null) return;
    try {
      const loaded = await call('ledger.entry', { id: entryId });
      if (useBooksStore.getState().entryId === loaded.id) setEntry(loaded);
      setError(null);
    } catch (e) {
      setError(errorText(t, e));
    }
  }, [entryId, t]);

  useEffect(() => {
    setEntry(null);
    setReversing(false);
    void load();
  }, [load]);
  useChanged(['ledger'], () => void load());

  const shown = entry && entry.id === entryId ? entry : null;
  return (
    <Drawer opened={entryId !== null} onClose={() => openEntry(null)} position="right" size="xl"
      title={<Title order={3} component="span">{shown ? t('books.entry.title', { number: shown.number }) : t('books.entry.loading')}</Title>}>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {!shown && !error && <Loader />}
      {shown && (
        <Stack data-testid="entry-drawer">
          <Text fw={600} size="lg">{shown.text}</Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Fact label={t('books.columns.date')}>{format.day(shown.bookedOn)}</Fact>
            <Fact label={t('books.columns.source')}>{format.source(shown.source)}</Fact>
            <Fact label={t('books.entry.postedAt')}>{format.dateTime(shown.postedAt)}</Fact>
            <Fact label={t('books.entry.staff')}>{shown.staffName ?? '—'}</Fact>
          </SimpleGrid>
          <SourceReceipt entryId={shown.id} source={shown.source} />
          {shown.reversedByEntryId !== null && <EntryLink id={shown.reversedByEntryId} text="reversedBy" />}
          {shown.reversesEntryId !== null && <EntryLink id={shown.reversesEntryId} text="reverses" />}
          <EntryLines lines={shown.lines} />
          <Divider label={t('books.entry.attachments')} labelPosition="left" />
          <EntryAttachments entryId={shown.id} attachments={shown.attachmentList} onAdded={() => void load()} />
          <Divider />
          <Group justify="space-between">
            {shown.canReverse ? (
              <Button color="red" variant="light" leftSection={<IconArrowBackUp size={18} />} onClick={() => setReversing(true)}>{t('books.entry.reverse')}</Button>
            ) : (
              <Text size="sm" c="dimmed">{shown.reversedByEntryId !== null ? t('books.entry.alreadyReversed') : shown.reversesEntryId !== null ? t('books.entry.isReversal') : t('books.entry.reverseAtSource')}</Text>
            )}
            {shown.reversesEntryId !== null && <Badge color="blue" variant="light">{t('books.journal.reversal')}</Badge>}
          </Group>
        </Stack>
      )}
      {reversing && shown && (
        <ReverseDialog entry={shown} onClose={() => setReversing(false)} onReversed={() => { setReversing(false); void load(); }} />
      )}
    </Drawer>
  );
}
