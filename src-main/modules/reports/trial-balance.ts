/**
 * Trial balance (Summen- und Saldenliste): per account the balance before the period, the period's
 * debit and credit postings and the closing balance, all from journal lines. Year-end closings
 * are postings like any other here.
 */
import type { ReportPeriod, TrialBalance, TrialBalanceRow } from '../../../src-shared/contract/reports';
import type { Ctx } from '../../core/context';
import { allAccounts, dayBefore, netSums, rangeSums } from './sums';

export function trialBalance(ctx: Pick<Ctx, 'db'>, period: ReportPeriod): TrialBalance {
  const opening = netSums(ctx.db, null, dayBefore(period.from));
  const moves = rangeSums(ctx.db, period.from, period.to);
  const rows: TrialBalanceRow[] = [];
  const totals = { openingCents: 0, debitCents: 0, creditCents: 0, closingCents: 0 };
  for (const a of allAccounts(ctx.db)) {
    const openingCents = opening.get(a.accountId) ?? 0;
    const move = moves.get(a.accountId);
    if (openingCents === 0 && move === undefined) continue;
    const row: TrialBalanceRow = {
      accountId: a.accountId, number: a.number, name: a.name, type: a.type,
      openingCents,
      debitCents: move?.debitCents ?? 0,
      creditCents: move?.creditCents ?? 0,
      closingCents: openingCents + (move?.netCents ?? 0),
    };
    rows.push(row);
    totals.openingCents += row.openingCents;
    totals.debitCents += row.debitCents;
    totals.creditCents += row.creditCents;
    totals.closingCents += row.closingCents;
  }
  return { period: { from: period.from, to: period.to }, rows, totals };
}
