/** The cash book (Kassenbuch): per day the opening balance, every cash movement and the closing balance. */
import type { CashBook, CashBookDay } from '../../../src-shared/contract/ledger';
import type { Ctx } from '../../core/context';
import { addDays } from '../../../src-shared/days';
import { accountBalance, accountId } from './service';

export function cashBook(ctx: Ctx, range: { from: string; to: string }): CashBook {
  const cash = accountId(ctx, 'cash');
  const opening = accountBalance(ctx, cash, addDays(range.from, -1));
  const moves = ctx.db.prepare(
    `SELECT l.booked_on AS day, e.id AS entryId, e.number, e.text, sum(l.amount_cents) AS amount
     FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
     WHERE l.account_id = ? AND l.booked_on BETWEEN ? AND ?
     GROUP BY e.id ORDER BY l.booked_on, e.number`,
  ).all(cash, range.from, range.to) as { day: string; entryId: number; number: number; text: string; amount: number }[];
  const days: CashBookDay[] = [];
  let balance = opening;
  for (const move of moves) {
    if (move.amount === 0) continue;
    let current = days.at(-1);
    if (!current || current.date !== move.day) {
      current = { date: move.day, openingCents: balance, moves: [], closingCents: balance };
      days.push(current);
    }
    balance += move.amount;
    current.moves.push({
      entryId: move.entryId, number: move.number, text: move.text,
      inCents: Math.max(move.amount, 0), outCents: Math.max(-move.amount, 0), balanceCents: balance,
    });
    current.closingCents = balance;
  }
  return { accountId: cash, openingCents: opening, days, closingCents: balance };
}
