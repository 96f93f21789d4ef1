/**
 * The bank account's statement lines, newest first, open ones by default. An open line offers its
 * suggestions (unfolded under it) and "Buchung anlegen"; a matched one names its entry (opening it
 * in the journal drawer) and, when it was only linked, can be unlinked.
 */
import { Anchor, Badge, Button, Card, Group, Pagination, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount, BankLine } from '../../../src-shared/contract/bank';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useBooksStore } from '../books/store';
import { CreateEntryDialog } from './CreateEntryDialog';
import { LINES_PAGE, useBankStore } from './store';
import { SuggestionList } from './SuggestionList';
import { useBankFormat } from './useBankFormat';

export function LinesTable({ account }: { account: BankAccount }) {
  const { t } = useTranslation();
  const format = useBankFormat();
  const { lines, total, status, search, page, setFilter, loadLines } = useBankStore();
  const openEntry = useBooksStore((s) => s.openEntry);
  const [expanded, setExpanded] = useState<number | null>(null);
  const [booking, setBooking] = useState<BankLine | null>(null);

  async function unmatch(line: BankLine) {
    try {
      await call('bank.unmatch', { lineId: line.id });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    }
  }

  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <SegmentedControl
            value={status} onChange={(v) => setFilter({ status: v as 'open' | 'all' })} aria-label={t('bank.lines.filter')}
            data={[{ value: 'open', label: t('bank.lines.open') }, { value: 'all', label: t('bank.lines.all') }]}
          />
          <TextInput
            aria-label={t('bank.lines.search')} placeholder={t('bank.lines.search')} w={260}
            value={search} onChange={(e) => setFilter({ search: e.currentTarget.value })}
          />
        </Group>
        {lines.length === 0 ? (
          <Text c="dimmed" data-testid="bank-lines-empty">{status === 'open' && !search ? t('bank.lines.noneOpen') : t('bank.lines.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="xs" highlightOnHover data-testid="bank-lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>{t('bank.lines.date')}</Table.Th>
                  <Table.Th>{t('bank.lines.counterparty')}</Table.Th>
                  <Table.Th>{t('bank.lines.purpose')}</Table.Th>
                  <Table.Th ta="right">{t('bank.lines.amount')}</Table.Th>
                  <Table.Th w={140}>{t('bank.lines.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line) => (
                  <Fragment key={line.id}>
                    <Table.Tr data-testid={`bank-line-${line.id}`}>
                      <Table.Td>{format.day(line.bookedOn)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{line.counterparty || '–'}</Text>
                        {line.counterpartyIban && <Text size="xs" c="dimmed" ff="monospace">{line.counterpartyIban}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>{line.purpose}</Text>
                        {line.reference && <Text size="xs" c="dimmed">{line.reference}</Text>}
                      </Table.Td>
                      <Table.Td ta="right" c={line.amountCents < 0 ? 'red.8' : 'green.8'} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                        {format.money(line.amountCents, line.currency)}
                      </Table.Td>
                      <Table.Td>
                        {line.match ? (
                          <Stack gap={2}>
                            <Badge color="green" variant="light">{t(`bank.lines.kinds.${line.match.kind}`)}</Badge>
                            <Anchor size="sm" component="button" type="button" style={{ whiteSpace: 'nowrap' }} onClick={() => openEntry(line.match!.entryId)}>
                              {t('bank.lines.entry', { number: line.match.entryNumber })}
                            </Anchor>
                          </Stack>
                        ) : (
                          <Badge color="orange" variant="light">{t('bank.lines.statusOpen')}</Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          {line.status === 'open' ? (
                            <>
                              <Button size="sm" variant={expanded === line.id ? 'filled' : 'light'} aria-expanded={expanded === line.id}
                                onClick={() => setExpanded(expanded === line.id ? null : line.id)}>
                                {t('bank.lines.suggestions')}
                              </Button>
                              <Button size="sm" variant="default" onClick={() => setBooking(line)}>{t('bank.lines.createEntry')}</Button>
                            </>
                          ) : line.match?.kind === 'linked' ? (
                            <Button size="sm" variant="subtle" color="gray" onClick={() => void unmatch(line)}>{t('bank.lines.unmatch')}</Button>
                          ) : (
                            <Text size="xs" c="dimmed" maw={200}>{t('bank.lines.reverseHint')}</Text>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                    {expanded === line.id && line.status === 'open' && (
                      <Table.Tr>
                        <Table.Td colSpan={6} bg="var(--mantine-color-gray-0)">
                          <SuggestionList line={line} onMatched={() => { setExpanded(null); void loadLines(); }} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {total > LINES_PAGE && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">{t('bank.lines.count', { count: total })}</Text>
            <Pagination total={Math.ceil(total / LINES_PAGE)} value={page} onChange={(p) => setFilter({ page: p })} />
          </Group>
        )}
      </Stack>
      {booking && <CreateEntryDialog line={booking} bankAccount={account} onClose={() => setBooking(null)} />}
    </Card>
  );
}
