/**
 * Umsatzsteuer: per output rate the base and the tax with their Kennzahlen of the advance return,
 * deductible input VAT (Kz 66) and what is payable (Kz 83), beside the period before.
 */
import { Alert, Group, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { VatKennzahlen } from '../../../../src-shared/contract/reports';
import { call } from '../../../lib/api';
import { DateRangeControl } from '../DateRangeControl';
import { cents, type Sheet, type SheetRow } from '../sheet';
import { SheetView } from '../SheetView';
import { useBooksStore } from '../store';
import { useBooksFormat } from '../useBooksFormat';
import { KeyFigure } from './KeyFigure';
import { useReport } from './useReport';

/** "81", "35 / 36", "43 / 48" */
function kennzahl(k: VatKennzahlen): string {
  if (k.taxFree) return '43 / 48';
  return [k.net, k.vat].filter(Boolean).join(' / ');
}

export function VatReport() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const { reportRange: range, setReportRange, showAccountLedger } = useBooksStore();
  const { data, error } = useReport(useCallback(() => call('reports.vat', range), [range]));

  // A figure opens the ledger sheet of the first account behind it.
  const drill = (accountIds: number[]): Pick<SheetRow, 'onOpen' | 'openLabel'> =>
    data && accountIds[0] !== undefined ? { onOpen: () => showAccountLedger(accountIds[0]!, data.period), openLabel: t('books.reports.openAccounts') } : {};

  const unassigned = data?.unassigned;
  const sheet: Sheet = {
    columns: [
      { label: t('books.reports.kennzahl') }, { label: t('books.reports.vatLine') },
      { label: t('books.reports.base'), numeric: true }, { label: t('books.reports.tax'), numeric: true },
      { label: t('books.reports.previousBase'), numeric: true }, { label: t('books.reports.previousTax'), numeric: true },
    ],
    rows: data ? [
      { key: 'output', kind: 'group', cells: [t('books.reports.outputVat')] },
      ...data.output.map((r): SheetRow => ({
        key: `rate-${r.vatRateId}`,
        cells: [kennzahl(r.kennzahlen), `${r.name} (${format.percent(r.rateBasisPoints)})`, cents(r.netCents), cents(r.vatCents), cents(r.previousNetCents), cents(r.previousVatCents)],
        ...drill(r.accountIds),
      })),
      ...(unassigned && (unassigned.netCents || unassigned.vatCents || unassigned.previousNetCents || unassigned.previousVatCents) ? [{
        key: 'unassigned',
        cells: ['', t('books.reports.unassigned'), cents(unassigned.netCents), cents(unassigned.vatCents), cents(unassigned.previousNetCents), cents(unassigned.previousVatCents)],
        ...drill(unassigned.accountIds),
      }] : []),
      { key: 'outputTotal', kind: 'subtotal', cells: ['', t('books.reports.outputVatTotal'), null, cents(data.totals.outputVatCents), null, cents(data.previousTotals.outputVatCents)] },
      { key: 'input', kind: 'group', cells: [t('books.reports.inputVatGroup')] },
      { key: 'inputVat', cells: ['66', t('books.reports.inputVat'), null, cents(data.totals.inputVatCents), null, cents(data.previousTotals.inputVatCents)], ...drill(data.inputVatAccountIds) },
      {
        key: 'payable', kind: 'total',
        cells: ['83', data.totals.payableCents >= 0 ? t('books.reports.payable') : t('books.reports.refund'), null, cents(data.totals.payableCents), null, cents(data.previousTotals.payableCents)],
      },
    ] : [],
  };

  return (
    <Stack>
      <DateRangeControl value={range} onChange={setReportRange} />
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {data && (
        <SheetView sheet={sheet} title={t('books.reports.titles.vat')} period={format.period(data.period)}
          fileName={`${t('books.reports.files.vat')}-${data.period.from}-${data.period.to}`} testId="report-vat"
          footer={<Text size="xs" c="dimmed">{t('books.reports.vatNote')}</Text>}>
          <Group gap="xl" align="flex-end">
            <KeyFigure label={t('books.reports.outputVatTotal')} value={format.money(data.totals.outputVatCents)} />
            <KeyFigure label={t('books.reports.inputVat')} value={format.money(data.totals.inputVatCents)} />
            <KeyFigure label={data.totals.payableCents >= 0 ? t('books.reports.payable') : t('books.reports.refund')} value={format.money(Math.abs(data.totals.payableCents))}
              hint={t('books.reports.previousValue', { value: format.money(data.previousTotals.payableCents) })} testId="vat-payable" />
            <Text size="sm" c="dimmed">{t('books.reports.previousPeriod', { period: format.period(data.previous) })}</Text>
          </Group>
        </SheetView>
      )}
    </Stack>
  );
}
