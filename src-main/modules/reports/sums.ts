/**
 * Per-account sums over a range of booking days, read from the covering index
 * journal_lines(account_id, booked_on, amount_cents): the accounts are the outer loop (CROSS JOIN
 * keeps that order), each account's lines in the range are one index range scan, and no table row
 * is touched. Every report builds on these; nothing is cached.
 */
import type Database from 'better-sqlite3';
import type { AccountType } from '../../../src-shared/contract/ledger';
import type { ReportAccount } from '../../../src-shared/contract/reports';
import { YEAR_END_SOURCE } from '../ledger/periods';
import { addDays } from '../../../src-shared/days';

export interface AccountRow extends ReportAccount {
  role: string | null;
  vatRateId: number | null;
}

export interface RangeSums {
  debitCents: number;
  /** Credit postings as a positive number. */
  creditCents: number;
  /** debit − credit: the journal's signed sum. */
  netCents: number;
}

const EARLIEST = '0000-01-01';

/** `sign × cents` without a negative zero (which would print as "-0" in a CSV). */
export function signed(sign: 1 | -1, cents: number): number {
  return sign * cents + 0;
}

/** Every account, ordered by number. */
export function allAccounts(db: Database.Database): AccountRow[] {
  return db.prepare(
    'SELECT id AS accountId, number, name, type, role, vat_rate_id AS vatRateId FROM accounts ORDER BY number',
  ).all() as AccountRow[];
}

/** The day before a YYYY-MM-DD day (for "everything before `from`"). */
export function dayBefore(day: string): string {
  return addDays(day, -1);
}

/**
 * Debit, credit and net per account for lines booked from `from` (null: the beginning) to `to`,
 * both included; accounts without lines in the range are left out. Credit is derived
 * (debit − net), so each index entry feeds two sums, not three.
 */
export function rangeSums(db: Database.Database, from: string | null, to: string): Map<number, RangeSums> {
  const rows = db.prepare(
    `SELECT a.id AS accountId, sum(max(l.amount_cents, 0)) AS debitCents, sum(l.amount_cents) AS netCents
     FROM accounts a CROSS JOIN journal_lines l ON l.account_id = a.id AND l.booked_on BETWEEN ? AND ?
     GROUP BY a.id`,
  ).all(from ?? EARLIEST, to) as { accountId: number; debitCents: number; netCents: number }[];
  return new Map(rows.map((r) => [r.accountId, { debitCents: r.debitCents, creditCents: r.debitCents - r.netCents, netCents: r.netCents }]));
}

/**
 * Net per account (debit − credit) for lines booked from `from` (null: the beginning) to `to`;
 * accounts without lines in the range are left out. One correlated sum per account: measured
 * faster than a GROUP BY over the same index ranges (no grouping step), which counts for the
 * long "everything before" ranges of openings and balance sheets.
 */
export function netSums(db: Database.Database, from: string | null, to: string, types?: readonly AccountType[]): Map<number, number> {
  const typeFilter = types ? `WHERE a.type IN (${types.map(() => '?').join(', ')})` : '';
  const rows = db.prepare(
    `SELECT a.id AS accountId,
            (SELECT sum(l.amount_cents) FROM journal_lines l WHERE l.account_id = a.id AND l.booked_on BETWEEN ? AND ?) AS netCents
     FROM accounts a ${typeFilter}`,
  ).all(from ?? EARLIEST, to, ...(types ?? [])) as { accountId: number; netCents: number | null }[];
  return new Map(rows.filter((r) => r.netCents !== null).map((r) => [r.accountId, r.netCents as number]));
}

/** Net per account of the year-end closing entries booked in the range (few rows, via the source index). */
export function yearEndSums(db: Database.Database, from: string, to: string): Map<number, number> {
  const rows = db.prepare(
    `SELECT l.account_id AS accountId, sum(l.amount_cents) AS netCents
     FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id
     WHERE e.source_type = ? AND e.booked_on BETWEEN ? AND ?
     GROUP BY l.account_id`,
  ).all(YEAR_END_SOURCE, from, to) as { accountId: number; netCents: number }[];
  return new Map(rows.map((r) => [r.accountId, r.netCents]));
}

/**
 * Net per income/expense account over the range without the year-end closings: the range sum
 * minus the closing entries' lines (which would otherwise zero the year they close).
 */
export function resultSums(db: Database.Database, from: string, to: string): Map<number, number> {
  const sums = netSums(db, from, to, ['income', 'expense']);
  const closings = yearEndSums(db, from, to);
  const net = new Map<number, number>();
  for (const [accountId, sum] of sums) net.set(accountId, sum - (closings.get(accountId) ?? 0));
  return net;
}
