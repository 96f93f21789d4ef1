/**
 * The hours report as CSV for payroll: semicolons, UTF-8 with BOM, CRLF, headers in the shop's
 * language; each duration twice, as h:mm and as decimal hours (38,50), days and money with the
 * language's decimal separator.
 */
import type { HoursReport } from '../../../src-shared/contract/staff';
import type { Ctx } from '../../core/context';
import { spreadsheetCsv } from '../../core/csv';
import { fillTemplate } from '../../pdf/letter';
import { shopLanguage } from '../ledger/posting-texts';
import { hoursFormat, type HoursFormat } from './hours-format';
import { hoursReport } from './hours';

const DURATIONS = ['planned', 'worked', 'absence', 'overtime'] as const;

export function hoursCsvText(report: HoursReport, f: HoursFormat): string {
  const c = f.texts.columns;
  const fields = [
    c.name,
    ...DURATIONS.flatMap((d) => [fillTemplate(f.texts.csv.hm, { column: c[d] }), fillTemplate(f.texts.csv.decimal, { column: c[d] })]),
    c.vacation, c.sick, c.other, c.forgotten, c.hourlyWage, c.wage,
  ];
  const data = report.rows.map((r) => {
    const minutes = { planned: r.plannedMinutes, worked: r.workedMinutes, absence: r.absenceMinutes, overtime: r.overtimeMinutes };
    return [
      r.name,
      ...DURATIONS.flatMap((d) => [f.hm(minutes[d]), f.decimalHours(minutes[d])]),
      f.days(r.vacationHalfDays), f.days(r.sickHalfDays), f.days(r.otherHalfDays), String(r.forgottenClockOuts),
      r.hourlyWageCents === null ? '' : f.amount(r.hourlyWageCents), r.wageCents === null ? '' : f.amount(r.wageCents),
    ];
  });
  return spreadsheetCsv(fields, data);
}

export function hoursCsv(ctx: Ctx, period: { from: string; to: string }): { fileName: string; content: string } {
  const f = hoursFormat(shopLanguage(ctx));
  const report = hoursReport(ctx, period);
  return { fileName: `${fillTemplate(f.texts.fileName, period)}.csv`, content: hoursCsvText(report, f) };
}
