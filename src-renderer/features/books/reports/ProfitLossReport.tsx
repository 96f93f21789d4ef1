/** GuV: income and expense accounts of the period beside the period before, and the result. */
import { Alert, Group, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfitAndLossRow } from '../../../../src-shared/contract/reports';
import { call } from '../../../lib/api';
import { DateRangeControl } from '../DateRangeControl';
import { cents, type Sheet, type SheetRow } from '../sheet';
import { SheetView } from '../SheetView';
import { useBooksStore } from '../store';
import { useBooksFormat } from '../useBooksFormat';
import { KeyFigure } from './KeyFigure';
import { useReport } from './useReport';

export function ProfitLossReport() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const { reportRange: range, setReportRange, showAccountLedger } = useBooksStore();
  const { data, error } = useReport(useCallback(() => call('reports.profitAndLoss', range), [range]));

  const accountRows = (rows: ProfitAndLossRow[]): SheetRow[] => rows.map((r) => ({
    key: String(r.accountId),
    cells: [r.number, r.name, cents(r.amountCents), cents(r.previousCents)],
    onOpen: data ? () => showAccountLedger(r.accountId, data.period) : undefined,
    openLabel: t('books.reports.openLedger', { account: `${r.number} ${r.name}` }),
  }));

  const sheet: Sheet = {
    columns: [
      { label: t('books.columns.account') }, { label: t('books.columns.accountName') },
      { label: t('books.reports.current'), numeric: true }, { label: t('books.reports.previous'), numeric: true },
    ],
    rows: data ? [
      { key: 'income', kind: 'group', cells: [t('books.reports.income')] },
      ...accountRows(data.income),
      { key: 'incomeTotal', kind: 'subtotal', cells: ['', t('books.reports.incomeTotal'), cents(data.totals.incomeCents), cents(data.previousTotals.incomeCents)] },
      { key: 'expenses', kind: 'group', cells: [t('books.reports.expenses')] },
      ...accountRows(data.expenses),
      { key: 'expenseTotal', kind: 'subtotal', cells: ['', t('books.reports.expenseTotal'), cents(data.totals.expenseCents), cents(data.previousTotals.expenseCents)] },
      {
        key: 'result', kind: 'total',
        cells: ['', data.totals.resultCents >= 0 ? t('books.reports.profit') : t('books.reports.loss'), cents(data.totals.resultCents), cents(data.previousTotals.resultCents)],
      },
    ] : [],
  };

  return (
    <Stack>
      <DateRangeControl value={range} onChange={setReportRange} />
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {data && (
        <SheetView sheet={sheet} title={t('books.reports.titles.profitLoss')} period={format.period(data.period)}
          fileName={`${t('books.reports.files.profitLoss')}-${data.period.from}-${data.period.to}`} testId="report-profitLoss">
          <Group gap="xl" align="flex-end">
            <KeyFigure label={t('books.reports.incomeTotal')} value={format.money(data.totals.incomeCents)} />
            <KeyFigure label={t('books.reports.expenseTotal')} value={format.money(data.totals.expenseCents)} />
            <KeyFigure label={data.totals.resultCents >= 0 ? t('books.reports.profit') : t('books.reports.loss')} value={format.money(data.totals.resultCents)}
              color={data.totals.resultCents >= 0 ? 'green.8' : 'red.7'} testId="pl-result" />
            <Text size="sm" c="dimmed">{t('books.reports.previousPeriod', { period: format.period(data.previous) })}</Text>
          </Group>
        </SheetView>
      )}
    </Stack>
  );
}
