/**
 * Balance sheet at a date, next to the end of the year before: every line booked on or before the
 * date. The result not yet closed into equity is −(income + expense lines): year-end closings
 * have already moved closed years' results into retained earnings, so only open years remain.
 * Because every entry balances, assets = liabilities + equity + result always holds; `balanced`
 * states it from the figures rather than assuming it.
 */
import type { BalanceSheet, BalanceSheetRow, BalanceSheetTotals } from '../../../src-shared/contract/reports';
import type { Ctx } from '../../core/context';
import { allAccounts, netSums, signed } from './sums';

export function balanceSheet(ctx: Pick<Ctx, 'db'>, date: string): BalanceSheet {
  const previousDate = `${Number(date.slice(0, 4)) - 1}-12-31`;
  const now = netSums(ctx.db, null, date);
  const before = netSums(ctx.db, null, previousDate);
  const assets: BalanceSheetRow[] = [];
  const liabilities: BalanceSheetRow[] = [];
  const equity: BalanceSheetRow[] = [];
  let resultNow = 0;
  let resultBefore = 0;
  for (const a of allAccounts(ctx.db)) {
    const balanceNow = now.get(a.accountId) ?? 0;
    const balanceBefore = before.get(a.accountId) ?? 0;
    if (a.type === 'income' || a.type === 'expense') {
      resultNow -= balanceNow;
      resultBefore -= balanceBefore;
      continue;
    }
    if (balanceNow === 0 && balanceBefore === 0) continue;
    // Assets are debit balances (positive in the journal); liabilities and equity credit balances.
    const sign = a.type === 'asset' ? 1 : -1 as const;
    const row: BalanceSheetRow = {
      accountId: a.accountId, number: a.number, name: a.name, type: a.type,
      balanceCents: signed(sign, balanceNow),
      previousCents: signed(sign, balanceBefore),
    };
    (a.type === 'asset' ? assets : a.type === 'liability' ? liabilities : equity).push(row);
  }
  const totals = totalsOf(assets, liabilities, equity, 'balanceCents', resultNow);
  const previousTotals = totalsOf(assets, liabilities, equity, 'previousCents', resultBefore);
  return {
    date,
    previousDate,
    assets,
    liabilities,
    equity,
    totals,
    previousTotals,
    balanced: totals.assetsCents === totals.liabilitiesAndEquityCents && previousTotals.assetsCents === previousTotals.liabilitiesAndEquityCents,
  };
}

function totalsOf(
  assets: BalanceSheetRow[], liabilities: BalanceSheetRow[], equity: BalanceSheetRow[],
  key: 'balanceCents' | 'previousCents', resultCents: number,
): BalanceSheetTotals {
  const sum = (rows: BalanceSheetRow[]) => rows.reduce((s, r) => s + r[key], 0);
  const liabilitiesCents = sum(liabilities);
  const equityCents = sum(equity);
  return {
    assetsCents: sum(assets),
    liabilitiesCents,
    equityCents,
    resultCents,
    liabilitiesAndEquityCents: liabilitiesCents + equityCents + resultCents,
  };
}
