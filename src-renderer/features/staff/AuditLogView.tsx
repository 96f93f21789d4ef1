/**
 * The audit log: who did what and when, newest first, filtered and paged ("Load more" continues
 * below the last id shown), each row's before/after as a short summary with the full JSON on
 * demand, and the matching rows as CSV.
 */
import { Alert, Button, Card, Code, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconDownload } from '@tabler/icons-react';
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../src-shared/contract/audit';
import type { EmployeeRow, Role } from '../../../src-shared/contract/staff';
import { call } from '../../lib/api';
import { download } from '../../lib/download';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useCommand } from '../../lib/useCommand';
import { AuditFilters, filterInput, NO_FILTER, useStaffDirectory, type AuditFilterValues } from './AuditFilters';
import { changesOf, changeText } from './audit-summary';
import { auditActionLabel, roleName } from './labels';

const PAGE = 50;
const SUMMARY_FIELDS = 3;

function Summary({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = changesOf(entry.before, entry.after);
  if (changes.length === 0) return null;
  const label = (field: string) => t(`staff.audit.fields.${field}`, { defaultValue: field });
  const shown = changes.slice(0, SUMMARY_FIELDS).map((c) => changeText(c, t('staff.audit.removed'), label)).join(' · ');
  const more = changes.length - SUMMARY_FIELDS;
  return <Text size="sm">{shown}{more > 0 && <Text span c="dimmed" size="sm"> {t('staff.audit.more', { count: more })}</Text>}</Text>;
}

/** 'staff:3' and 'role:2' are named when the lists are at hand; the raw subject stays visible for searching. */
function Subject({ subject, people, roles }: { subject: string | null; people: readonly EmployeeRow[]; roles: readonly Role[] }) {
  const { t } = useTranslation();
  if (subject === null) return null;
  const [, kind, id] = /^(staff|role):(\d+)$/.exec(subject) ?? [];
  const role = kind === 'role' ? roles.find((r) => r.id === Number(id)) : undefined;
  const name = kind === 'staff' ? people.find((p) => p.id === Number(id))?.name : role && roleName(t, role);
  return name
    ? <>{name} <Text span ff="monospace" size="xs" c="dimmed">{subject}</Text></>
    : <Text span ff="monospace" size="sm">{subject}</Text>;
}

function Details({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const json = (value: unknown) => (value === null || value === undefined ? '–' : JSON.stringify(value, null, 2));
  return (
    <SimpleGrid cols={2} aria-label={t('staff.audit.detailsOf', { id: entry.id })}>
      <div>
        <Text size="xs" fw={600} c="dimmed">{t('staff.audit.before')}</Text>
        <Code block>{json(entry.before)}</Code>
      </div>
      <div>
        <Text size="xs" fw={600} c="dimmed">{t('staff.audit.after')}</Text>
        <Code block>{json(entry.after)}</Code>
      </div>
    </SimpleGrid>
  );
}

export function AuditLogView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { people, roles } = useStaffDirectory();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTER);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [complete, setComplete] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Set<number>>(new Set());
  const more = useCommand();
  const csv = useCommand();

  // Filters change faster than answers may come back: only the answer to the latest request counts.
  const latest = useRef(0);
  const load = useCallback(() => {
    const request = ++latest.current;
    call('audit.list', { ...filterInput(filters), limit: PAGE }).then((rows) => {
      if (request !== latest.current) return;
      setEntries(rows);
      setComplete(rows.length < PAGE);
      setLoaded(true);
      setError(null);
    }, (e: unknown) => { if (request === latest.current) setError(errorText(t, e)); });
  }, [filters, t]);
  useEffect(load, [load]);

  const loadMore = () => void more.run(async () => {
    const last = entries[entries.length - 1];
    const rows = await call('audit.list', { ...filterInput(filters), limit: PAGE, ...(last ? { beforeId: last.id } : {}) });
    setEntries((current) => [...current, ...rows]);
    setComplete(rows.length < PAGE);
  });
  const exportCsv = () => void csv.run(async () => {
    const file = await call('audit.csv', filterInput(filters));
    download(file.fileName, file.content);
  });
  const toggle = (id: number) => setOpen((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  return (
    <Stack>
      <AuditFilters values={filters} people={people} onChange={setFilters}>
        <Button mih={44} variant="light" leftSection={<IconDownload size={18} />} loading={csv.busy} onClick={exportCsv}>{t('staff.audit.csv')}</Button>
      </AuditFilters>
      {(error ?? csv.error) && <Alert color="red" role="alert">{error ?? csv.error}</Alert>}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" horizontalSpacing="md" aria-label={t('staff.audit.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staff.audit.columns.at')}</Table.Th>
                <Table.Th>{t('staff.audit.columns.person')}</Table.Th>
                <Table.Th>{t('staff.audit.columns.action')}</Table.Th>
                <Table.Th>{t('staff.audit.columns.subject')}</Table.Th>
                <Table.Th>{t('staff.audit.columns.change')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => {
                const expanded = open.has(e.id);
                const hasDetails = [e.before, e.after].some((v) => v !== null && v !== undefined);
                return (
                  <Fragment key={e.id}>
                    <Table.Tr data-testid={`audit-row-${e.id}`}>
                      <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{format.dateTime(e.at)}</Table.Td>
                      <Table.Td>{e.staffName ?? <Text span c="dimmed">{t('staff.audit.system')}</Text>}</Table.Td>
                      <Table.Td title={e.action}>{auditActionLabel(t, e.action)}</Table.Td>
                      <Table.Td fz="sm"><Subject subject={e.subject} people={people} roles={roles} /></Table.Td>
                      <Table.Td><Summary entry={e} /></Table.Td>
                      <Table.Td>
                        {hasDetails && (
                          <Button variant="subtle" size="compact-sm" mih={44} aria-expanded={expanded} aria-label={t('staff.audit.detailsOf', { id: e.id })}
                            rightSection={expanded ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />} onClick={() => toggle(e.id)}>
                            {expanded ? t('staff.audit.hideDetails') : t('staff.audit.details')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                    {expanded && (
                      <Table.Tr>
                        <Table.Td colSpan={6}><Details entry={e} /></Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {loaded && entries.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('staff.audit.empty')}</Text>}
      </Card>
      {more.error && <Alert color="red" role="alert">{more.error}</Alert>}
      {loaded && entries.length > 0 && (
        complete
          ? <Text c="dimmed" size="sm" ta="center">{t('staff.audit.end')}</Text>
          : <Button variant="default" mih={44} loading={more.busy} onClick={loadMore} style={{ alignSelf: 'center' }}>{t('staff.audit.loadMore')}</Button>
      )}
    </Stack>
  );
}
