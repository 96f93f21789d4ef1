/**
 * VAT figures of the German advance return (Umsatzsteuer-Voranmeldung) for a period and the period
 * of equal length before it. Output side per VAT rate: the revenue base from income-account lines
 * and the tax from the output VAT accounts, each line's rate (else its account's rate) deciding
 * the row. Input side (Kz 66): the input VAT accounts' balance. Payable (Kz 83) = output − input.
 * Year-end closing entries are left out (they only move income into equity).
 */
import { previousPeriod, type ReportPeriod, type VatKennzahlen, type VatOutputRow, type VatReport, type VatTotals } from '../../../src-shared/contract/reports';
import type { Ctx } from '../../core/context';
import { YEAR_END_SOURCE } from '../ledger/periods';
import { allAccounts } from './sums';
import type Database from 'better-sqlite3';

const OUTPUT_VAT_ROLE = /^vat(\d+|Other)$/;
const INPUT_VAT_ROLE = /^inputVat(\d+|Other)$/;

interface RateSum { accountId: number; vatRateId: number | null; netCents: number }

interface PeriodFigures {
  /** Per VAT rate (null: none) the income base and the output tax, both turned positive for sales. */
  byRate: Map<number | null, { netCents: number; vatCents: number; accountIds: Set<number> }>;
  inputVatCents: number;
}

export function vatReport(ctx: Pick<Ctx, 'db'>, period: ReportPeriod): VatReport {
  const accounts = allAccounts(ctx.db);
  const incomeIds = accounts.filter((a) => a.type === 'income').map((a) => a.accountId);
  const outputVatIds = accounts.filter((a) => a.role !== null && OUTPUT_VAT_ROLE.test(a.role)).map((a) => a.accountId);
  const inputVatIds = accounts.filter((a) => a.role !== null && INPUT_VAT_ROLE.test(a.role)).map((a) => a.accountId);
  const rates = ctx.db.prepare('SELECT id, name, rate_bp AS rateBasisPoints, retired_at AS retiredAt FROM vat_rates ORDER BY rate_bp DESC, id')
    .all() as { id: number; name: string; rateBasisPoints: number; retiredAt: string | null }[];
  const sets: AccountSets = { incomeIds, outputVatIds, inputVatIds, rateIds: rates.map((r) => r.id) };
  const previous = previousPeriod(period);
  const now = figures(ctx.db, period, sets);
  const before = figures(ctx.db, previous, sets);

  const output: VatOutputRow[] = [];
  for (const rate of rates) {
    const a = now.byRate.get(rate.id);
    const b = before.byRate.get(rate.id);
    // Active rates always appear (the form's fields with zero); retired ones only with figures.
    if (a === undefined && b === undefined && rate.retiredAt !== null) continue;
    output.push({
      vatRateId: rate.id,
      name: rate.name,
      rateBasisPoints: rate.rateBasisPoints,
      kennzahlen: kennzahlen(rate.rateBasisPoints),
      netCents: a?.netCents ?? 0,
      vatCents: a?.vatCents ?? 0,
      previousNetCents: b?.netCents ?? 0,
      previousVatCents: b?.vatCents ?? 0,
      accountIds: [...new Set([...(a?.accountIds ?? []), ...(b?.accountIds ?? [])])].sort((x, y) => x - y),
    });
  }
  const na = now.byRate.get(null);
  const nb = before.byRate.get(null);
  return {
    period: { from: period.from, to: period.to },
    previous,
    output,
    unassigned: {
      netCents: na?.netCents ?? 0,
      vatCents: na?.vatCents ?? 0,
      previousNetCents: nb?.netCents ?? 0,
      previousVatCents: nb?.vatCents ?? 0,
      accountIds: [...new Set([...(na?.accountIds ?? []), ...(nb?.accountIds ?? [])])].sort((x, y) => x - y),
    },
    totals: totalsOf(now),
    previousTotals: totalsOf(before),
    inputVatAccountIds: inputVatIds,
  };
}

/** Which fields of the form a rate's figures go into (see VatKennzahlen). */
export function kennzahlen(rateBasisPoints: number): VatKennzahlen {
  if (rateBasisPoints === 1900) return { net: '81', vat: null, taxFree: false };
  if (rateBasisPoints === 700) return { net: '86', vat: null, taxFree: false };
  if (rateBasisPoints === 0) return { net: null, vat: null, taxFree: true };
  return { net: '35', vat: '36', taxFree: false };
}

function totalsOf(f: PeriodFigures): VatTotals {
  const outputVatCents = [...f.byRate.values()].reduce((sum, r) => sum + r.vatCents, 0);
  return { outputVatCents, inputVatCents: f.inputVatCents, payableCents: outputVatCents - f.inputVatCents };
}

interface AccountSets { incomeIds: number[]; outputVatIds: number[]; inputVatIds: number[]; rateIds: number[] }

function figures(db: Database.Database, period: ReportPeriod, { incomeIds, outputVatIds, inputVatIds, rateIds }: AccountSets): PeriodFigures {
  const outputVat = new Set(outputVatIds);
  const byRate: PeriodFigures['byRate'] = new Map();
  const add = (row: RateSum, sign: 1 | -1) => {
    const bucket = byRate.get(row.vatRateId) ?? { netCents: 0, vatCents: 0, accountIds: new Set<number>() };
    // Sales are credits (negative in the journal): turned positive here.
    if (outputVat.has(row.accountId)) bucket.vatCents -= sign * row.netCents;
    else bucket.netCents -= sign * row.netCents;
    bucket.accountIds.add(row.accountId);
    byRate.set(row.vatRateId, bucket);
  };
  for (const row of sumsByRate(db, [...incomeIds, ...outputVatIds], rateIds, period)) add(row, 1);
  const income = new Set(incomeIds);
  for (const row of yearEndByRate(db, period)) if (income.has(row.accountId)) add(row, -1);
  const inputVatCents = inputVatIds.length === 0 ? 0 : db.prepare(
    `SELECT coalesce(sum(l.amount_cents), 0) FROM accounts a CROSS JOIN journal_lines l ON l.account_id = a.id AND l.booked_on BETWEEN ? AND ?
     WHERE a.id IN (${inputVatIds.map(() => '?').join(', ')})`,
  ).pluck().get(period.from, period.to, ...inputVatIds) as number;
  // Year-end closings touch only income and expense accounts, so the input VAT needs no correction.
  return { byRate, inputVatCents };
}

/**
 * Net per account and VAT rate (the line's, else the account's) over the period. One column per
 * rate instead of GROUP BY rate: the accounts stay the outer loop in index order, so SQLite needs
 * no temporary B-tree to group ~400,000 lines a year. The rate is not in the index
 * journal_lines(account_id, booked_on, amount_cents), so each line's row is read for it — the
 * report's main cost; with vat_rate_id as the index's last column the search becomes covering
 * (the books bench measures both).
 */
function sumsByRate(db: Database.Database, accountIds: number[], rateIds: number[], period: ReportPeriod): RateSum[] {
  if (accountIds.length === 0) return [];
  const rateOf = 'coalesce(l.vat_rate_id, a.vat_rate_id)';
  const columns = rateIds.map((_, i) => `sum(CASE WHEN ${rateOf} = ? THEN l.amount_cents ELSE 0 END) AS r${i}`);
  const rows = db.prepare(
    `SELECT a.id AS accountId, ${[...columns, `sum(CASE WHEN ${rateOf} IS NULL THEN l.amount_cents ELSE 0 END) AS none`].join(', ')}
     FROM accounts a CROSS JOIN journal_lines l ON l.account_id = a.id AND l.booked_on BETWEEN ? AND ?
     WHERE a.id IN (${accountIds.map(() => '?').join(', ')})
     GROUP BY a.id`,
  ).all(...rateIds, period.from, period.to, ...accountIds) as Record<string, number>[];
  const sums: RateSum[] = [];
  for (const row of rows) {
    const accountId = row.accountId as number;
    rateIds.forEach((vatRateId, i) => { if (row[`r${i}`] !== 0) sums.push({ accountId, vatRateId, netCents: row[`r${i}`] as number }); });
    if (row.none !== 0) sums.push({ accountId, vatRateId: null, netCents: row.none as number });
  }
  return sums;
}

/** The same for the year-end closing entries in the period, to take them out again. */
function yearEndByRate(db: Database.Database, period: ReportPeriod): RateSum[] {
  return db.prepare(
    `SELECT a.id AS accountId, coalesce(l.vat_rate_id, a.vat_rate_id) AS vatRateId, sum(l.amount_cents) AS netCents
     FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.id = l.account_id
     WHERE e.source_type = ? AND e.booked_on BETWEEN ? AND ?
     GROUP BY a.id, vatRateId`,
  ).all(YEAR_END_SOURCE, period.from, period.to) as RateSum[];
}
