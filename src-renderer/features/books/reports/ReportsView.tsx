/** The reports: trial balance, ledger sheet, P&L, balance sheet, VAT — one period shared between them. */
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS, useBooksStore, type ReportKind } from '../store';
import { BalanceSheetReport } from './BalanceSheetReport';
import { GeneralLedgerReport } from './GeneralLedgerReport';
import { ProfitLossReport } from './ProfitLossReport';
import { TrialBalanceReport } from './TrialBalanceReport';
import { VatReport } from './VatReport';

const VIEWS: Record<ReportKind, () => React.JSX.Element> = {
  trialBalance: TrialBalanceReport,
  generalLedger: GeneralLedgerReport,
  profitLoss: ProfitLossReport,
  balanceSheet: BalanceSheetReport,
  vat: VatReport,
};

export function ReportsView() {
  const { t } = useTranslation();
  const { report, showReport } = useBooksStore();
  return (
    <Tabs value={report} onChange={(v) => v && showReport(v as ReportKind)} variant="pills" keepMounted={false}>
      <Tabs.List mb="md" aria-label={t('books.tabs.reports')}>
        {REPORT_KINDS.map((kind) => <Tabs.Tab key={kind} value={kind}>{t(`books.reports.kinds.${kind}`)}</Tabs.Tab>)}
      </Tabs.List>
      {REPORT_KINDS.map((kind) => {
        const View = VIEWS[kind];
        return <Tabs.Panel key={kind} value={kind}><View /></Tabs.Panel>;
      })}
    </Tabs>
  );
}
