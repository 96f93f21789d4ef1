/**
 * Bilanz at a day: assets against equity, the result not yet closed, and liabilities, beside the
 * end of the year before. An account opens its ledger sheet from the year's start to the day.
 */
import { Alert, Badge, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BalanceSheetRow } from '../../../../src-shared/contract/reports';
import { call } from '../../../lib/api';
import { isDay, presetRange, today } from '../dates';
import { cents, type Sheet, type SheetRow } from '../sheet';
import { SheetView } from '../SheetView';
import { useBooksStore } from '../store';
import { useBooksFormat } from '../useBooksFormat';
import { KeyFigure } from './KeyFigure';
import { useReport } from './useReport';

const DAY_PRESETS = {
  today: () => today(),
  endOfLastMonth: () => presetRange('lastMonth').to,
  endOfLastYear: () => presetRange('lastYear').to,
} as const;

export function BalanceSheetReport() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const { balanceDate, setBalanceDate, showAccountLedger } = useBooksStore();
  const [draft, setDraft] = useState(balanceDate);
  const { data, error } = useReport(useCallback(() => call('reports.balanceSheet', { date: balanceDate }), [balanceDate]));
  // A day typed by hand matches no preset, so none is marked.
  const preset = (Object.keys(DAY_PRESETS) as (keyof typeof DAY_PRESETS)[]).find((k) => DAY_PRESETS[k]() === balanceDate) ?? '';

  const choose = (day: string) => {
    setDraft(day);
    if (isDay(day)) setBalanceDate(day);
  };

  const accountRows = (rows: BalanceSheetRow[]): SheetRow[] => rows.map((r) => ({
    key: String(r.accountId),
    cells: [r.number, r.name, cents(r.balanceCents), cents(r.previousCents)],
    onOpen: data ? () => showAccountLedger(r.accountId, { from: `${data.date.slice(0, 4)}-01-01`, to: data.date }) : undefined,
    openLabel: t('books.reports.openLedger', { account: `${r.number} ${r.name}` }),
  }));

  const sheet: Sheet = {
    columns: [
      { label: t('books.columns.account') }, { label: t('books.columns.accountName') },
      { label: data ? format.day(data.date) : '', numeric: true }, { label: data ? format.day(data.previousDate) : '', numeric: true },
    ],
    rows: data ? [
      { key: 'assets', kind: 'group', cells: [t('books.reports.assets')] },
      ...accountRows(data.assets),
      { key: 'assetsTotal', kind: 'total', cells: ['', t('books.reports.assetsTotal'), cents(data.totals.assetsCents), cents(data.previousTotals.assetsCents)] },
      { key: 'equity', kind: 'group', cells: [t('books.reports.equity')] },
      ...accountRows(data.equity),
      { key: 'result', cells: ['', t('books.reports.openResult'), cents(data.totals.resultCents), cents(data.previousTotals.resultCents)] },
      { key: 'liabilities', kind: 'group', cells: [t('books.reports.liabilities')] },
      ...accountRows(data.liabilities),
      {
        key: 'liabilitiesTotal', kind: 'total',
        cells: ['', t('books.reports.liabilitiesTotal'), cents(data.totals.liabilitiesAndEquityCents), cents(data.previousTotals.liabilitiesAndEquityCents)],
      },
    ] : [],
  };

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <SegmentedControl aria-label={t('books.reports.balanceDate')} size="sm" mb={2} value={preset} onChange={(v) => choose(DAY_PRESETS[v as keyof typeof DAY_PRESETS]())}
          data={Object.keys(DAY_PRESETS).map((k) => ({ value: k, label: t(`books.reports.dayPresets.${k}`) }))} />
        <TextInput type="date" label={t('books.reports.balanceDate')} value={draft} onChange={(e) => choose(e.currentTarget.value)} w={180} />
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {data && (
        <SheetView sheet={sheet} title={t('books.reports.titles.balanceSheet')} period={format.day(data.date)}
          fileName={`${t('books.reports.files.balanceSheet')}-${data.date}`} testId="report-balanceSheet">
          <Group gap="xl" align="flex-end">
            <KeyFigure label={t('books.reports.assetsTotal')} value={format.money(data.totals.assetsCents)} />
            <KeyFigure label={t('books.reports.openResult')} value={format.money(data.totals.resultCents)} color={data.totals.resultCents >= 0 ? 'green.8' : 'red.7'} />
            <Badge size="lg" color={data.balanced ? 'green' : 'red'} variant="light">{data.balanced ? t('books.reports.balanced') : t('books.reports.notBalanced')}</Badge>
            <Text size="sm" c="dimmed">{t('books.reports.compareDate', { date: format.day(data.previousDate) })}</Text>
          </Group>
        </SheetView>
      )}
    </Stack>
  );
}
