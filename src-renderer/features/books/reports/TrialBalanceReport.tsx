/** Summen- und Saldenliste: every account's opening balance, debits and credits of the period, closing balance. */
import { Alert, Stack } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../lib/api';
import { DateRangeControl } from '../DateRangeControl';
import { balance, centsOrBlank, cents, type Sheet } from '../sheet';
import { SheetView } from '../SheetView';
import { useBooksStore } from '../store';
import { useBooksFormat } from '../useBooksFormat';
import { useReport } from './useReport';

export function TrialBalanceReport() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const { reportRange: range, setReportRange, showAccountLedger } = useBooksStore();
  const { data, error } = useReport(useCallback(() => call('reports.trialBalance', range), [range]));

  const sheet: Sheet = {
    columns: [
      { label: t('books.columns.account') }, { label: t('books.columns.accountName') }, { label: t('books.reports.opening'), numeric: true },
      { label: t('books.columns.debit'), numeric: true }, { label: t('books.columns.credit'), numeric: true }, { label: t('books.reports.closing'), numeric: true },
    ],
    rows: data ? [
      ...data.rows.map((r) => ({
        key: String(r.accountId),
        cells: [r.number, r.name, balance(r.openingCents), centsOrBlank(r.debitCents), centsOrBlank(r.creditCents), balance(r.closingCents)],
        onOpen: () => showAccountLedger(r.accountId, data.period),
        openLabel: t('books.reports.openLedger', { account: `${r.number} ${r.name}` }),
      })),
      { key: 'total', kind: 'total' as const, cells: [t('books.reports.total'), '', balance(data.totals.openingCents), cents(data.totals.debitCents), cents(data.totals.creditCents), balance(data.totals.closingCents)] },
    ] : [],
  };

  return (
    <Stack>
      <DateRangeControl value={range} onChange={setReportRange} />
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {data && (
        <SheetView sheet={sheet} title={t('books.reports.titles.trialBalance')} period={format.period(data.period)}
          fileName={`${t('books.reports.files.trialBalance')}-${data.period.from}-${data.period.to}`} testId="report-trialBalance" />
      )}
    </Stack>
  );
}
