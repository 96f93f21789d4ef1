/**
 * The hours report as an A4 PDF in the shop's language: the company as sender, the period, one row
 * per person and the totals. What it says is read in one transaction; the layout runs after.
 */
import type { HoursReport } from '../../../src-shared/contract/staff';
import { formatMoney } from '../../../src-shared/money';
import { localDay } from '../../core/clock';
import type { Ctx } from '../../core/context';
import type { A4Document } from '../../pdf/a4';
import { fillTemplate, formatDay, letterDownload, senderLines } from '../../pdf/letter';
import { shopLanguage } from '../ledger/posting-texts';
import { getCompany } from '../settings/service';
import { hoursFormat, type HoursFormat } from './hours-format';
import { hoursReport } from './hours';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

type Money = (cents: number) => string;

function table(report: HoursReport, f: HoursFormat, money: Money): Pick<A4Document, 'columns' | 'rows'> {
  const c = f.texts.columns;
  const right = 'right' as const;
  return {
    columns: [
      { header: c.name, width: 1.8 },
      { header: c.planned, width: 1, align: right },
      { header: c.worked, width: 1, align: right },
      { header: c.absence, width: 1.45, align: right },
      { header: c.overtime, width: 1.5, align: right },
      { header: c.vacation, width: 1, align: right },
      { header: c.sick, width: 0.9, align: right },
      { header: c.forgotten, width: 1.2, align: right },
      { header: c.wage, width: 1.3, align: right },
    ],
    rows: report.rows.map((r) => [
      r.name, f.hm(r.plannedMinutes), f.hm(r.workedMinutes), f.hm(r.absenceMinutes), f.hm(r.overtimeMinutes),
      f.days(r.vacationHalfDays), f.days(r.sickHalfDays), String(r.forgottenClockOuts), r.wageCents === null ? '' : money(r.wageCents),
    ]),
  };
}

function totals(report: HoursReport, f: HoursFormat, money: Money): [string, string][] {
  const t = f.texts.totals;
  const rows = report.rows;
  return [
    [t.planned, f.hm(sum(rows.map((r) => r.plannedMinutes)))],
    [t.worked, f.hm(sum(rows.map((r) => r.workedMinutes)))],
    [t.absence, f.hm(sum(rows.map((r) => r.absenceMinutes)))],
    [t.overtime, f.hm(sum(rows.map((r) => r.overtimeMinutes)))],
    [t.wage, money(sum(rows.map((r) => r.wageCents ?? 0)))],
  ];
}

export function hoursPdfSpec(ctx: Ctx, period: { from: string; to: string }): { fileName: string; doc: A4Document } {
  const f = hoursFormat(shopLanguage(ctx));
  const t = f.texts;
  const report = hoursReport(ctx, period);
  const company = getCompany(ctx);
  const money: Money = (cents) => formatMoney(cents, company.currency, f.locale);
  const day = (d: string) => formatDay(d, f.locale);
  const periodText = fillTemplate(t.periodValue, { from: day(period.from), to: day(period.to) });
  return {
    fileName: `${fillTemplate(t.fileName, period)}.pdf`,
    doc: {
      title: `${t.title} ${periodText}`,
      sender: senderLines(company),
      recipient: [],
      facts: [[t.period, periodText], [t.createdOn, day(localDay(ctx.nowDate()))], [t.people, String(report.rows.length)]],
      ...table(report, f, money),
      totals: totals(report, f, money),
      notes: [t.notes.wage, ...(report.rows.some((r) => r.forgottenClockOuts > 0) ? [t.notes.forgotten] : [])],
    },
  };
}

export function hoursPdf(ctx: Ctx, period: { from: string; to: string }): Promise<{ fileName: string; base64: string }> {
  return letterDownload(ctx, () => hoursPdfSpec(ctx, period));
}
