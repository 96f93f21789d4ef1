/**
 * The chart of accounts as a tree: account classes, each with its accounts, their usual VAT rate,
 * balance and number of postings. Accounts are added, renamed, retired and reactivated here.
 */
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AccountTree } from '../../../src-shared/contract/ledger';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { AccountDialog } from './AccountDialog';
import { ChartSwitchCard } from './ChartSwitchCard';
import { accountLabel } from './store';
import { useBooksFormat } from './useBooksFormat';

const NUMERIC = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function AccountsView() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const [tree, setTree] = useState<AccountTree | null>(null);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setTree(await call('ledger.accounts'));
    } catch (e) {
      setError(errorText(t, e));
    }
  }, [t]);
  useEffect(() => void load(), [load]);
  useChanged(['ledger', 'vatRates'], () => void load());

  async function setRetired(account: Account, retire: boolean) {
    setError(null);
    try {
      await call(retire ? 'ledger.account.retire' : 'ledger.account.reactivate', { id: account.id });
      notifications.show({ color: 'green', message: t(retire ? 'books.accounts.retired' : 'books.accounts.reactivated', { account: accountLabel(account) }) });
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  const needle = query.trim().toLowerCase();
  const groups = (tree?.groups ?? [])
    .map((g) => ({ ...g, accounts: g.accounts.filter((a) => !needle || a.number.startsWith(needle) || a.name.toLowerCase().includes(needle)) }))
    .filter((g) => g.accounts.length > 0);

  return (
    <Stack maw={1200}>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <TextInput type="search" label={t('books.accounts.search')} placeholder={t('books.accounts.searchPlaceholder')} leftSection={<IconSearch size={16} />}
            value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={300} />
          {tree && <Badge size="lg" variant="light" mb={6}>{t(`books.charts.${tree.chart}`)}</Badge>}
        </Group>
        <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>{t('books.accounts.new')}</Button>
      </Group>
      {error && <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>{error}</Alert>}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={960}>
          <Table verticalSpacing={6} horizontalSpacing="md" highlightOnHover aria-label={t('books.tabs.accounts')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('books.columns.account')}</Table.Th>
                <Table.Th>{t('books.columns.accountName')}</Table.Th>
                <Table.Th>{t('books.accounts.type')}</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('books.columns.vatRate')}</Table.Th>
                <Table.Th ta="right">{t('books.accounts.balance')}</Table.Th>
                <Table.Th ta="right">{t('books.accounts.postings')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((group) => (
                <Fragment key={group.key}>
                  <Table.Tr>
                    <Table.Td colSpan={7} fw={700} bg="var(--mantine-color-gray-1)">{group.key} · {group.name}</Table.Td>
                  </Table.Tr>
                  {group.accounts.map((a) => (
                    <Table.Tr key={a.id} data-testid={`account-${a.number}`} c={a.retiredAt ? 'dimmed' : undefined}>
                      <Table.Td ff="monospace">{a.number}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Text span inherit>{a.name}</Text>
                          {a.retiredAt && <Badge color="gray" size="sm" style={{ flexShrink: 0 }}>{t('books.accounts.retiredBadge')}</Badge>}
                          {a.role && <Badge color="blue" variant="light" size="sm" style={{ flexShrink: 0 }}>{t('books.accounts.systemBadge')}</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td>{t(`books.accountTypes.${a.type}`)}</Table.Td>
                      <Table.Td ta="right">{format.vatRate(a.vatRateId)}</Table.Td>
                      <Table.Td ta="right" style={NUMERIC}>{format.balance(a.balanceCents)}</Table.Td>
                      <Table.Td ta="right" style={NUMERIC}>{a.postings}</Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button size="xs" variant="subtle" onClick={() => setEditing(a)} aria-label={t('books.accounts.editOf', { account: accountLabel(a) })}>{t('common.edit')}</Button>
                          {a.retiredAt ? (
                            <Button size="xs" variant="subtle" onClick={() => void setRetired(a, false)}>{t('books.accounts.reactivate')}</Button>
                          ) : a.role === null && (
                            <Button size="xs" variant="subtle" color="red" onClick={() => void setRetired(a, true)}>{t('books.accounts.retire')}</Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {tree && groups.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('books.accounts.empty')}</Text>}
      </Card>
      {tree?.canSwitchChart && <ChartSwitchCard key={tree.chart} current={tree.chart} />}
      {editing !== null && <AccountDialog account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
