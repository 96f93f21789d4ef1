/** The customer list: search as you type, filter by status or open balance, page; a row opens the customer. */
import { Badge, Button, Card, Group, Modal, Pagination, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_LIST_STATUSES, type CustomerSummary } from '../../../src-shared/contract/customers';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { useMoney } from '../counter/useMoney';
import { useSalesNav } from '../sales/nav';
import { CustomerDetail } from './CustomerDetail';
import { CustomerForm } from './CustomerForm';

type Status = (typeof CUSTOMER_LIST_STATUSES)[number];
const PAGE = 50;
const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function CustomerList() {
  const { t } = useTranslation();
  const { money } = useMoney();
  const nav = useSalesNav();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>('active');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<{ rows: CustomerSummary[]; total: number } | null>(null);
  const [creating, setCreating] = useState(false);

  // The query follows the typing after a short pause, so each keystroke does not ask the core.
  useEffect(() => {
    const timer = setTimeout(() => { setQuery(search.trim()); setPage(1); }, 150);
    return () => clearTimeout(timer);
  }, [search]);
  const load = useCallback(() => {
    void refreshQuietly(async () => setResult(await call('customers.list', { search: query, status, offset: (page - 1) * PAGE, limit: PAGE })));
  }, [query, status, page]);
  useEffect(load, [load]);
  useChanged(['customers'], load);

  const rows = result?.rows ?? [];
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('customers.list.search')} placeholder={t('customers.list.searchPlaceholder')} leftSection={<IconSearch size={16} />}
          value={search} maxLength={100} w={340} type="search" onChange={(e) => setSearch(e.currentTarget.value)} />
        <SegmentedControl value={status} onChange={(v) => { setStatus(v as Status); setPage(1); }} aria-label={t('customers.list.status')} mb={2}
          data={CUSTOMER_LIST_STATUSES.map((s) => ({ value: s, label: t(`customers.list.statuses.${s}`) }))} />
        <Button ml="auto" mih={44} leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>{t('customers.list.new')}</Button>
      </Group>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover aria-label={t('customers.sales.tabs.customers')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('customers.fields.number')}</Table.Th>
                <Table.Th>{t('customers.fields.name')}</Table.Th>
                <Table.Th>{t('customers.list.contact')}</Table.Th>
                <Table.Th>{t('customers.fields.city')}</Table.Th>
                <Table.Th ta="right">{t('customers.list.balance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id} data-testid="customer-row" onClick={() => nav.openCustomer(c.id)} style={{ cursor: 'pointer' }}>
                  <Table.Td style={num}>{c.number}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      <Button variant="subtle" size="compact-md" mih={44} px={6} fw={600} onClick={(e) => { e.stopPropagation(); nav.openCustomer(c.id); }}>{c.name}</Button>
                      {c.kind === 'business' && <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>{t('customers.kinds.business')}</Badge>}
                      {c.onAccount && <Badge variant="light" color="teal" size="sm" style={{ flexShrink: 0 }}>{t('customers.counter.onAccount')}</Badge>}
                      {!c.active && <Badge color="gray" size="sm" style={{ flexShrink: 0 }}>{t('customers.inactive')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td fz="sm">{[c.contactPerson, c.phone, c.email].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td fz="sm">{c.city}</Table.Td>
                  <Table.Td ta="right" style={num} c={c.balanceCents > 0 ? 'orange.8' : 'dimmed'} fw={c.balanceCents > 0 ? 700 : undefined}>{money(c.balanceCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {result && rows.length === 0 && <Text c="dimmed" p="lg" ta="center">{query ? t('customers.list.noMatch') : t('customers.list.empty')}</Text>}
      </Card>
      {result && result.total > PAGE && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('customers.list.count', { count: result.total })}</Text>
          <Pagination total={Math.ceil(result.total / PAGE)} value={page} onChange={setPage} />
        </Group>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('customers.form.createTitle')} size="lg">
        {creating && (
          <CustomerForm customer={null} mode="office" canGiveCredit onCancel={() => setCreating(false)}
            onSaved={(c) => { setCreating(false); nav.openCustomer(c.id); }} />
        )}
      </Modal>
    </Stack>
  );
}

export function CustomersView() {
  const nav = useSalesNav();
  return nav.customerId !== null ? <CustomerDetail key={nav.customerId} customerId={nav.customerId} /> : <CustomerList />;
}
