/**
 * The sales tab's document views, without props so the sales page can show them by name:
 * quotes and order confirmations, invoices and credit notes, and the overdue list.
 */
import { Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SalesDocumentSummary } from '../../../src-shared/contract/salesdocs';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { useMoney } from '../counter/useMoney';
import { DocumentsPanel } from './DocumentsPanel';
import { DocumentsTable } from './DocumentsTable';
import { DocumentView } from './DocumentView';
import { useDocNav } from './nav';

export function QuotesPanel() {
  return <DocumentsPanel kinds={['quote', 'order']} statuses={['all', 'draft', 'issued', 'discarded']} creates={['quote', 'order']} />;
}

export function InvoicesPanel() {
  return <DocumentsPanel kinds={['invoice', 'creditNote']} statuses={['all', 'draft', 'open', 'overdue', 'settled', 'issued', 'discarded']} creates={['invoice']} />;
}

/** Issued invoices past their due day with money open, the oldest due first, with the sum. */
export function OverduePanel() {
  const { t } = useTranslation();
  const { money } = useMoney();
  const nav = useDocNav();
  const [result, setResult] = useState<{ documents: SalesDocumentSummary[]; total: number; openCents: number } | null>(null);
  const load = useCallback(() => {
    void refreshQuietly(async () => setResult(await call('salesdocs.list', { kind: 'invoice', status: 'overdue', limit: 500 })));
  }, []);
  useEffect(load, [load]);
  useChanged(['salesDocuments', 'customers'], load);

  if (nav.docId !== null) return <DocumentView id={nav.docId} onOpen={nav.open} onBack={nav.close} />;
  return (
    <Stack>
      <Title order={3}>{t('salesdocs.list.overdueTitle')}</Title>
      <Text c="dimmed">{t('salesdocs.list.overdueHint')}</Text>
      <DocumentsTable documents={result?.documents ?? []} onOpen={nav.open} invoices label={t('salesdocs.list.overdueTitle')} empty={t('salesdocs.list.overdueNone')} />
      {result && result.total > 0 && <Text fw={700}>{t('salesdocs.list.openSum', { amount: money(result.openCents) })}</Text>}
    </Stack>
  );
}
