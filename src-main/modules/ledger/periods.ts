/**
 * Closing periods. A lock date forbids every posting dated on or before it — the counter's
 * included — so corrections go into the open period. Locks only move forward and are kept.
 * Closing a year moves its profit or loss into retained earnings with one entry on 31 December
 * (left out of the P&L), then locks the year.
 */
import type { PeriodStatus } from '../../../src-shared/contract/ledger';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { post, today, type PostingLine } from './service';
import { addDays } from '../../../src-shared/days';
import { postingText } from './posting-texts';

export const YEAR_END_SOURCE = 'ledger.yearEnd';

export function lockDate(ctx: Pick<Ctx, 'db'>): string | null {
  return ctx.db.prepare('SELECT max(lock_date) FROM period_locks').pluck().get() as string | null;
}


export function assertOpenDay(ctx: Pick<Ctx, 'db'>, day: string): void {
  const locked = lockDate(ctx);
  if (locked !== null && day <= locked) {
    throw new AppError('CONFLICT', `The books are closed up to ${locked}; book this on ${addDays(locked, 1)} or later.`, {
      details: { reason: 'periodLocked', lockDate: locked, firstOpenDay: addDays(locked, 1) },
    });
  }
}

export function periodStatus(ctx: Ctx): PeriodStatus {
  const locked = lockDate(ctx);
  return {
    lockDate: locked,
    firstOpenDay: locked === null ? null : addDays(locked, 1),
    closedYears: (ctx.db.prepare('SELECT year, entry_id AS entryId, closed_at AS closedAt FROM year_closings ORDER BY year').all() as PeriodStatus['closedYears']),
    locks: ctx.db.prepare(
      `SELECT p.lock_date AS lockDate, p.locked_at AS lockedAt, s.name AS staffName FROM period_locks p
       LEFT JOIN staff s ON s.id = p.staff_id ORDER BY p.id DESC`,
    ).all() as PeriodStatus['locks'],
  };
}

export function lockPeriod(ctx: Ctx, day: string): PeriodStatus {
  const session = requireSession(ctx);
  const current = lockDate(ctx);
  if (current !== null && day <= current) {
    throw new AppError('CONFLICT', `The books are already closed up to ${current}; a lock only moves forward.`, {
      details: { reason: 'lockBackwards', lockDate: current },
    });
  }
  // Today stays open: the counter books today's sales on today.
  if (day >= today(ctx)) {
    throw new AppError('VALIDATION', 'Only days before today can be locked.', { details: { reason: 'lockNotPast' } });
  }
  ctx.db.prepare('INSERT INTO period_locks (lock_date, locked_at, staff_id) VALUES (?, ?, ?)').run(day, ctx.now(), session.staffId);
  ctx.audit('ledger.lock', `lock:${day}`, current ?? undefined, { lockDate: day });
  return periodStatus(ctx);
}

export function closeYear(ctx: Ctx, year: number): PeriodStatus {
  const session = requireSession(ctx);
  const last = `${year}-12-31`;
  if (last >= today(ctx)) throw new AppError('VALIDATION', `${year} has not ended yet.`, { details: { reason: 'yearNotOver', year } });
  if (ctx.db.prepare('SELECT 1 FROM year_closings WHERE year = ?').get(year)) {
    throw new AppError('CONFLICT', `${year} is already closed.`, { details: { reason: 'yearClosed', year } });
  }
  const earlier = ctx.db.prepare(
    `SELECT min(substr(booked_on, 1, 4)) FROM journal_entries WHERE booked_on < ? AND CAST(substr(booked_on, 1, 4) AS INTEGER) NOT IN (SELECT year FROM year_closings)`,
  ).pluck().get(`${year}-01-01`) as string | null;
  if (earlier !== null) {
    throw new AppError('CONFLICT', `Close ${earlier} first.`, { details: { reason: 'earlierYearOpen', year: Number(earlier) } });
  }
  // Balances of the income and expense accounts over the whole year (closings of earlier years left out).
  const balances = ctx.db.prepare(
    `SELECT l.account_id AS accountId, sum(l.amount_cents) AS amount FROM journal_lines l JOIN accounts a ON a.id = l.account_id
     WHERE a.type IN ('income', 'expense') AND l.booked_on BETWEEN ? AND ? GROUP BY l.account_id HAVING amount <> 0`,
  ).all(`${year}-01-01`, last) as { accountId: number; amount: number }[];
  let entryId: number | null = null;
  if (balances.length > 0) {
    const result = balances.reduce((a, b) => a + b.amount, 0);
    const lines: PostingLine[] = balances.map((b) => ({ account: b.accountId, amountCents: -b.amount }));
    if (result !== 0) lines.push({ account: 'retainedEarnings', amountCents: result });
    entryId = post(ctx, { text: postingText(ctx, 'yearEnd', { year }), sourceType: YEAR_END_SOURCE, sourceId: year, bookedOn: last, yearEndClosing: true, lines });
  }
  ctx.db.prepare('INSERT INTO year_closings (year, entry_id, closed_at, staff_id) VALUES (?, ?, ?, ?)').run(year, entryId, ctx.now(), session.staffId);
  const current = lockDate(ctx);
  if (current === null || current < last) {
    ctx.db.prepare('INSERT INTO period_locks (lock_date, locked_at, staff_id) VALUES (?, ?, ?)').run(last, ctx.now(), session.staffId);
  }
  ctx.audit('ledger.closeYear', `year:${year}`, undefined, { entryId });
  return periodStatus(ctx);
}
