/**
 * Reconciliation of a bank account on a day: the balance the bank states against the balance of
 * its ledger account. The statement balance is the one the user enters (read off the statement),
 * else the closing balance of the latest imported statement up to that day plus the lines booked
 * after it; without one, a stated opening balance plus the lines from then on; without either,
 * the sum of the imported lines. The open (unmatched) lines explain the usual difference; the
 * account is reconciled when nothing is open and nothing differs.
 */
import type { Reconciliation } from '../../../src-shared/contract/bank';
import type { Ctx } from '../../core/context';
import { bankAccountRow, shopCurrency } from './accounts';
import { LINE_IS_OPEN } from './lines';
import { accountBalance } from '../ledger/service';

function linesSum(ctx: Ctx, bankAccountId: number, after: string | null, through: string, inclusiveStart = false): number {
  const start = after === null ? '' : inclusiveStart ? 'AND booked_on >= ?' : 'AND booked_on > ?';
  const params = after === null ? [bankAccountId, through] : [bankAccountId, through, after];
  return ctx.db.prepare(`SELECT coalesce(sum(amount_cents), 0) FROM bank_lines WHERE bank_account_id = ? AND booked_on <= ? ${start}`)
    .pluck().get(...params) as number;
}

function statementBalance(ctx: Ctx, bankAccountId: number, date: string): Reconciliation['statement'] {
  const closing = ctx.db.prepare(
    `SELECT closing_on AS on_, closing_cents AS cents FROM bank_imports
     WHERE bank_account_id = ? AND closing_cents IS NOT NULL AND closing_on <= ? ORDER BY closing_on DESC, id DESC LIMIT 1`,
  ).get(bankAccountId, date) as { on_: string; cents: number } | undefined;
  if (closing) return { balanceCents: closing.cents + linesSum(ctx, bankAccountId, closing.on_, date), basis: 'closing', basisOn: closing.on_ };
  const opening = ctx.db.prepare(
    `SELECT opening_on AS on_, opening_cents AS cents FROM bank_imports
     WHERE bank_account_id = ? AND opening_cents IS NOT NULL AND opening_on <= ? ORDER BY opening_on, id LIMIT 1`,
  ).get(bankAccountId, date) as { on_: string; cents: number } | undefined;
  // An opening balance is dated the statement's first day or the day before: lines from that day on follow it.
  if (opening) return { balanceCents: opening.cents + linesSum(ctx, bankAccountId, opening.on_, date, true), basis: 'opening', basisOn: opening.on_ };
  return { balanceCents: linesSum(ctx, bankAccountId, null, date), basis: 'lines', basisOn: null };
}

export function reconciliation(ctx: Ctx, bankAccountId: number, date: string, enteredCents: number | null = null): Reconciliation {
  const bank = bankAccountRow(ctx, bankAccountId);
  const statement: Reconciliation['statement'] = enteredCents === null
    ? statementBalance(ctx, bank.id, date)
    : { balanceCents: enteredCents, basis: 'entered', basisOn: date };
  const ledgerBalanceCents = accountBalance(ctx, bank.account_id, date);
  const open = ctx.db.prepare(
    `SELECT count(*) AS count, coalesce(sum(l.amount_cents), 0) AS sumCents FROM bank_lines l
     WHERE l.bank_account_id = ? AND l.booked_on <= ? AND ${LINE_IS_OPEN}`,
  ).get(bank.id, date) as { count: number; sumCents: number };
  const differenceCents = statement.balanceCents - ledgerBalanceCents;
  return {
    bankAccountId: bank.id,
    date,
    currency: shopCurrency(ctx),
    statement,
    ledgerBalanceCents,
    openLines: open,
    differenceCents,
    unexplainedCents: differenceCents - open.sumCents,
    reconciled: differenceCents === 0 && open.count === 0,
  };
}
