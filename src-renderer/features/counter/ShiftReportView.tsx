/** An X or Z report on 80 mm paper: every figure of the shift, printable like a receipt. */
import { useTranslation } from 'react-i18next';
import type { ShiftReport } from '../../../src-shared/contract/shift';
import { formatMoney } from '../../../src-shared/money';
import { useFormat } from '../../lib/format';
import { useSettingsStore } from '../settings/store';
import './print.css';

export function ShiftReportView({ report }: { report: ShiftReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const company = useSettingsStore((s) => s.company);
  const money = (cents: number) => formatMoney(cents, report.currency, format.locale);
  const row = (label: string, value: string, testId?: string) => (
    <div className="row"><span>{label}</span><span data-testid={testId}>{value}</span></div>
  );
  return (
    <div className="kontor-paper" data-testid="shift-report">
      {company && <div className="center strong">{company.name}</div>}
      {company && <div className="center">{company.street}, {company.postalCode} {company.city}</div>}
      <div className="rule" />
      <div className="center big">
        {report.kind === 'Z' ? t('sell.report.zTitle', { number: report.zNumber ?? '' }) : t('sell.report.xTitle')}
      </div>
      {row(t('sell.receipt.register'), report.registerName)}
      {row(t('sell.report.openedAt'), format.dateTime(report.openedAt))}
      {row(t('sell.report.openedBy'), report.openedBy)}
      {report.closedAt && row(t('sell.report.closedAt'), format.dateTime(report.closedAt))}
      {report.closedBy && row(t('sell.report.closedBy'), report.closedBy)}
      {report.kind === 'X' && row(t('sell.report.printedAt'), format.dateTime(new Date()))}
      <div className="rule" />
      {row(t('sell.report.receipts'), String(report.receiptCount))}
      {row(t('sell.report.sales', { count: report.salesCount }), money(report.salesTotalCents))}
      {row(t('sell.report.returns', { count: report.returnsCount }), money(report.returnsTotalCents))}
      {row(t('sell.report.voids', { count: report.voidsCount }), money(report.voidsTotalCents))}
      {row(t('sell.report.discounts'), money(report.discountCents))}
      {row(t('sell.report.vouchersSold'), money(report.vouchersSoldCents))}
      <div className="rule" />
      <div className="strong">{t('sell.report.byTender')}</div>
      {report.byTender.length === 0 && <div className="dim">—</div>}
      {report.byTender.map((tender) => <div key={tender.method}>{row(t(`sell.methods.${tender.method}`), money(tender.amountCents))}</div>)}
      <div className="rule" />
      <div className="strong">{t('sell.report.byVat')}</div>
      {report.byVat.length > 0 ? (
        <table>
          <thead><tr><th>{t('sell.receipt.vatRate')}</th><th>{t('sell.receipt.net')}</th><th>{t('sell.receipt.vat')}</th><th>{t('sell.receipt.gross')}</th></tr></thead>
          <tbody>
            {report.byVat.map((v) => (
              <tr key={v.vatRateId}><td>{format.percent(v.rateBasisPoints)}</td><td>{money(v.netCents)}</td><td>{money(v.vatCents)}</td><td>{money(v.grossCents)}</td></tr>
            ))}
          </tbody>
        </table>
      ) : <div className="dim">—</div>}
      <div className="rule" />
      <div className="strong">{t('sell.report.cash')}</div>
      {row(t('sell.report.float'), money(report.floatCents))}
      {row(t('sell.report.cashIn'), money(report.cashInCents))}
      {row(t('sell.report.cashOut'), report.cashOutCents ? `−${money(report.cashOutCents)}` : money(0))}
      {row(t('sell.report.expected'), money(report.expectedCashCents), 'report-expected')}
      {report.countedCashCents !== null && row(t('sell.report.counted'), money(report.countedCashCents), 'report-counted')}
      {report.differenceCents !== null && (
        <div className="row strong"><span>{t('sell.report.difference')}</span><span data-testid="report-difference">{money(report.differenceCents)}</span></div>
      )}
      {report.counted && report.counted.some((c) => c.count > 0) && (
        <>
          <div className="rule" />
          <div className="strong">{t('sell.report.countedDetail')}</div>
          {report.counted.filter((c) => c.count > 0).map((c) => (
            <div key={c.denominationCents}>{row(`${c.count} × ${money(c.denominationCents)}`, money(c.count * c.denominationCents))}</div>
          ))}
        </>
      )}
    </div>
  );
}
