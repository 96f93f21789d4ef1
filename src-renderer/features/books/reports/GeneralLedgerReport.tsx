/**
 * Kontoblatt: one account's lines in a period with contra accounts and the running balance, 100
 * to a page. A line opens its journal entry.
 */
import { Alert, Group, Pagination, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../lib/api';
import { AccountSelect } from '../AccountSelect';
import { DateRangeControl } from '../DateRangeControl';
import { balance, centsOrBlank, cents, type Sheet } from '../sheet';
import { SheetView } from '../SheetView';
import { useBooksStore } from '../store';
import { useBooksFormat } from '../useBooksFormat';
import { useReport } from './useReport';

export const LEDGER_PAGE_SIZE = 100;

export function GeneralLedgerReport() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const { reportRange: range, setReportRange, ledgerAccountId: accountId, setLedgerAccount, openEntry } = useBooksStore();
  const [page, setPage] = useState({ key: '', number: 1 });
  // A new account or period starts at page 1.
  const key = `${accountId}:${range.from}:${range.to}`;
  const pageNumber = page.key === key ? page.number : 1;
  const { data, error } = useReport(useMemo(
    () => (accountId === null ? null : () => call('reports.generalLedger', { accountId, ...range, offset: (pageNumber - 1) * LEDGER_PAGE_SIZE, limit: LEDGER_PAGE_SIZE })),
    [accountId, range, pageNumber],
  ));
  const shown = data && data.account.accountId === accountId ? data : null;
  const pages = shown ? Math.max(1, Math.ceil(shown.total / LEDGER_PAGE_SIZE)) : 1;

  const sheet: Sheet = {
    columns: [
      { label: t('books.columns.date') }, { label: t('books.columns.number') }, { label: t('books.columns.text') }, { label: t('books.reports.contra') },
      { label: t('books.columns.debit'), numeric: true }, { label: t('books.columns.credit'), numeric: true }, { label: t('books.reports.balance'), numeric: true },
    ],
    rows: shown ? [
      { key: 'opening', kind: 'subtotal' as const, cells: [format.day(shown.period.from), '', shown.offset > 0 ? t('books.reports.carried') : t('books.reports.opening'), '', null, null, balance(shown.pageOpeningCents)] },
      ...shown.lines.map((l) => ({
        key: `${l.entryId}-${l.number}-${l.balanceCents}`,
        cells: [format.day(l.bookedOn), l.number, l.text, l.contraAccounts, centsOrBlank(Math.max(l.amountCents, 0)), centsOrBlank(Math.max(-l.amountCents, 0)), balance(l.balanceCents)],
        onOpen: () => openEntry(l.entryId),
        openLabel: t('books.journal.open', { number: l.number }),
      })),
      { key: 'sums', kind: 'subtotal' as const, cells: ['', '', t('books.reports.periodSums'), '', cents(shown.debitCents), cents(shown.creditCents), null] },
      { key: 'closing', kind: 'total' as const, cells: [format.day(shown.period.to), '', t('books.reports.closing'), '', null, null, balance(shown.closingCents)] },
    ] : [],
  };

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <AccountSelect label={t('books.columns.account')} placeholder={t('books.reports.chooseAccount')} value={accountId} onChange={setLedgerAccount} w={340} clearable={false} />
      </Group>
      <DateRangeControl value={range} onChange={setReportRange} />
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {accountId === null && <Alert color="gray">{t('books.reports.chooseAccountHint')}</Alert>}
      {shown && (
        <>
          <SheetView sheet={sheet} title={`${t('books.reports.titles.generalLedger')} ${shown.account.number} ${shown.account.name}`} period={format.period(shown.period)}
            fileName={`${t('books.reports.files.generalLedger')}-${shown.account.number}-${shown.period.from}-${shown.period.to}`} testId="report-generalLedger" />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">{t('books.reports.lineCount', { count: shown.total })}</Text>
            {pages > 1 && <Pagination total={pages} value={pageNumber} onChange={(number) => setPage({ key, number })} />}
          </Group>
        </>
      )}
    </Stack>
  );
}
