/**
 * General ledger (Kontoblatt) of one account, paged, in booking-day then journal-number order with
 * a running balance. A page must not cost more than its own lines: the per-day counts and sums of
 * the period come from the covering index alone, they locate the page's days and give the balance
 * before them; only those days' lines are read with their entries.
 */
import type { GeneralLedgerLine, GeneralLedgerPage, ReportPeriod } from '../../../src-shared/contract/reports';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { accountBalance } from '../ledger/service';
import { dayBefore, type AccountRow } from './sums';

export interface GeneralLedgerQuery extends ReportPeriod {
  accountId: number;
  offset: number;
  limit: number;
}

interface DaySum { day: string; lines: number; debit: number; credit: number; net: number }
interface LineRow { lineId: number; entryId: number; number: number; bookedOn: string; text: string; sourceType: string; amountCents: number }

export function generalLedger(ctx: Pick<Ctx, 'db'>, q: GeneralLedgerQuery): GeneralLedgerPage {
  const db = ctx.db;
  const account = db.prepare('SELECT id AS accountId, number, name, type, role, vat_rate_id AS vatRateId FROM accounts WHERE id = ?')
    .get(q.accountId) as AccountRow | undefined;
  if (!account) throw new AppError('NOT_FOUND', `There is no account ${q.accountId}.`, { details: { reason: 'reportAccountNotFound' } });

  const openingCents = accountBalance({ db }, q.accountId, dayBefore(q.from));
  const days = db.prepare(
    `SELECT booked_on AS day, count(*) AS lines,
            sum(CASE WHEN amount_cents > 0 THEN amount_cents ELSE 0 END) AS debit,
            sum(CASE WHEN amount_cents < 0 THEN -amount_cents ELSE 0 END) AS credit,
            sum(amount_cents) AS net
     FROM journal_lines WHERE account_id = ? AND booked_on BETWEEN ? AND ? GROUP BY booked_on ORDER BY booked_on`,
  ).all(q.accountId, q.from, q.to) as DaySum[];

  let total = 0;
  let debitCents = 0;
  let creditCents = 0;
  let netCents = 0;
  // The page's first and last day, the balance before the first day and how many lines precede it.
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  let balanceBeforeFirstDay = openingCents;
  let linesBeforeFirstDay = 0;
  const pageEnd = q.offset + q.limit;
  for (const d of days) {
    if (firstDay === null && total + d.lines > q.offset) {
      firstDay = d.day;
      balanceBeforeFirstDay = openingCents + netCents;
      linesBeforeFirstDay = total;
    }
    if (firstDay !== null && total < pageEnd) lastDay = d.day;
    total += d.lines;
    debitCents += d.debit;
    creditCents += d.credit;
    netCents += d.net;
  }

  let lines: GeneralLedgerLine[] = [];
  let pageOpeningCents = openingCents + netCents;
  if (firstDay !== null && lastDay !== null) {
    const rows = (db.prepare(
      `SELECT l.id AS lineId, l.entry_id AS entryId, e.number, l.booked_on AS bookedOn, e.text, e.source_type AS sourceType, l.amount_cents AS amountCents
       FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
       WHERE l.account_id = ? AND l.booked_on BETWEEN ? AND ?`,
    ).all(q.accountId, firstDay, lastDay) as LineRow[])
      .sort((a, b) => (a.bookedOn < b.bookedOn ? -1 : a.bookedOn > b.bookedOn ? 1 : a.number - b.number || a.lineId - b.lineId));
    const skip = q.offset - linesBeforeFirstDay;
    pageOpeningCents = balanceBeforeFirstDay + rows.slice(0, skip).reduce((sum, r) => sum + r.amountCents, 0);
    const page = rows.slice(skip, skip + q.limit);
    const contra = contraAccounts(ctx, q.accountId, page.map((r) => r.entryId));
    let balance = pageOpeningCents;
    lines = page.map((r) => {
      balance += r.amountCents;
      return {
        entryId: r.entryId, number: r.number, bookedOn: r.bookedOn, text: r.text, sourceType: r.sourceType,
        contraAccounts: contra.get(r.entryId) ?? '', amountCents: r.amountCents, balanceCents: balance,
      };
    });
  }

  return {
    account: { accountId: account.accountId, number: account.number, name: account.name, type: account.type },
    period: { from: q.from, to: q.to },
    openingCents,
    pageOpeningCents,
    lines,
    total,
    offset: q.offset,
    limit: q.limit,
    debitCents,
    creditCents,
    closingCents: openingCents + netCents,
  };
}

/** Per entry the numbers of its other accounts, ascending and comma-separated. */
function contraAccounts(ctx: Pick<Ctx, 'db'>, accountId: number, entryIds: number[]): Map<number, string> {
  const result = new Map<number, string>();
  const unique = [...new Set(entryIds)];
  const select = ctx.db.prepare(
    `SELECT DISTINCT a.number FROM journal_lines l JOIN accounts a ON a.id = l.account_id
     WHERE l.entry_id = ? AND l.account_id <> ? ORDER BY a.number`,
  ).pluck();
  for (const entryId of unique) result.set(entryId, (select.all(entryId, accountId) as string[]).join(', '));
  return result;
}
