/**
 * Profit and loss (GuV) for a period next to the period of equal length before it: the income
 * and expense accounts' postings, year-end closings left out (they only move the result into
 * equity).
 */
import { previousPeriod, type ProfitAndLoss, type ProfitAndLossRow, type ProfitAndLossTotals, type ReportPeriod } from '../../../src-shared/contract/reports';
import type { Ctx } from '../../core/context';
import { allAccounts, resultSums, signed } from './sums';

export function profitAndLoss(ctx: Pick<Ctx, 'db'>, period: ReportPeriod): ProfitAndLoss {
  const previous = previousPeriod(period);
  const current = resultSums(ctx.db, period.from, period.to);
  const before = resultSums(ctx.db, previous.from, previous.to);
  const income: ProfitAndLossRow[] = [];
  const expenses: ProfitAndLossRow[] = [];
  for (const a of allAccounts(ctx.db)) {
    if (a.type !== 'income' && a.type !== 'expense') continue;
    if (!current.has(a.accountId) && !before.has(a.accountId)) continue;
    // Income is credit (negative in the journal) and shown positive; costs are debit and shown positive.
    const sign = a.type === 'income' ? -1 : 1 as const;
    const row: ProfitAndLossRow = {
      accountId: a.accountId, number: a.number, name: a.name, type: a.type,
      amountCents: signed(sign, current.get(a.accountId) ?? 0),
      previousCents: signed(sign, before.get(a.accountId) ?? 0),
    };
    (a.type === 'income' ? income : expenses).push(row);
  }
  return {
    period: { from: period.from, to: period.to },
    previous,
    income,
    expenses,
    totals: totalsOf(income, expenses, 'amountCents'),
    previousTotals: totalsOf(income, expenses, 'previousCents'),
  };
}

function totalsOf(income: ProfitAndLossRow[], expenses: ProfitAndLossRow[], key: 'amountCents' | 'previousCents'): ProfitAndLossTotals {
  const incomeCents = income.reduce((sum, r) => sum + r[key], 0);
  const expenseCents = expenses.reduce((sum, r) => sum + r[key], 0);
  return { incomeCents, expenseCents, resultCents: incomeCents - expenseCents };
}
