/**
 * A sales view: the list of one kind of document (with search, a status filter and pages), the
 * editor for a new draft, or one document — whichever the address names (see nav.ts).
 */
import { Button, Group, Pagination, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SalesDocumentKind, SalesDocumentSummary, SalesListStatus } from '../../../src-shared/contract/salesdocs';
import { call, refreshQuietly } from '../../lib/api';
import { can, useSessionStore } from '../auth/store';
import { useChanged } from '../../lib/useChanged';
import { useMoney } from '../counter/useMoney';
import { DocumentEditor } from './DocumentEditor';
import { DocumentsTable } from './DocumentsTable';
import { DocumentView } from './DocumentView';
import { useDocNav, type NewKind } from './nav';

const PAGE = 50;

export function DocumentsPanel({ kinds, statuses, creates }: { kinds: SalesDocumentKind[]; statuses: SalesListStatus[]; creates: NewKind[] }) {
  const nav = useDocNav();
  if (nav.docId !== null) return <DocumentView id={nav.docId} onOpen={nav.open} onBack={nav.close} />;
  if (nav.newKind !== null) return <DocumentEditor kind={nav.newKind} onDone={nav.open} onCancel={nav.close} />;
  return <DocumentList kinds={kinds} statuses={statuses} creates={creates} onOpen={nav.open} onCreate={nav.create} />;
}

function DocumentList({ kinds, statuses, creates, onOpen, onCreate }: {
  kinds: SalesDocumentKind[]; statuses: SalesListStatus[]; creates: NewKind[]; onOpen: (id: number) => void; onCreate: (kind: NewKind) => void;
}) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const manage = can(useSessionStore((s) => s.session), 'sales.manage');
  const [kind, setKind] = useState<SalesDocumentKind>(kinds[0]!);
  const [status, setStatus] = useState<SalesListStatus>(statuses[0]!);
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<{ documents: SalesDocumentSummary[]; total: number; openCents: number } | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => { setQuery(search.trim()); setPage(1); }, 150);
    return () => clearTimeout(timer);
  }, [search]);
  const load = useCallback(() => {
    void refreshQuietly(async () => setResult(await call('salesdocs.list', { kind, status, search: query, offset: (page - 1) * PAGE, limit: PAGE })));
  }, [kind, status, query, page]);
  useEffect(load, [load]);
  useChanged(['salesDocuments', 'customers'], load);

  const invoices = kind === 'invoice';
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        {kinds.length > 1 && (
          <SegmentedControl value={kind} aria-label={t('salesdocs.list.kind')} mb={2}
            onChange={(v) => { setKind(v as SalesDocumentKind); setPage(1); }}
            data={kinds.map((k) => ({ value: k, label: t(`salesdocs.kindsPlural.${k}`) }))} />
        )}
        <SegmentedControl value={status} aria-label={t('salesdocs.list.status')} mb={2}
          onChange={(v) => { setStatus(v as SalesListStatus); setPage(1); }}
          data={statuses.filter((s) => invoices || !['open', 'overdue', 'settled'].includes(s)).map((s) => ({ value: s, label: t(`salesdocs.list.statusFilter.${s}`) }))} />
        <TextInput label={t('salesdocs.list.search')} leftSection={<IconSearch size={16} />} value={search} maxLength={100} w={280} type="search"
          onChange={(e) => setSearch(e.currentTarget.value)} />
        <Group ml="auto">
          {manage && creates.map((k) => (
            <Button key={k} mih={44} leftSection={<IconPlus size={18} />} onClick={() => onCreate(k)}>
              {t(`salesdocs.list.new${k[0]!.toUpperCase()}${k.slice(1)}`)}
            </Button>
          ))}
        </Group>
      </Group>
      <DocumentsTable documents={result?.documents ?? []} onOpen={onOpen} invoices={invoices} label={t(`salesdocs.kindsPlural.${kind}`)} empty={t('salesdocs.list.none')} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('salesdocs.list.count', { count: result?.total ?? 0 })}
          {invoices && result && result.openCents > 0 ? ` · ${t('salesdocs.list.openSum', { amount: money(result.openCents) })}` : ''}
        </Text>
        <Pagination total={Math.max(1, Math.ceil((result?.total ?? 0) / PAGE))} value={page} onChange={setPage} />
      </Group>
    </Stack>
  );
}
