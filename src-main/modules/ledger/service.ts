/**
 * The ledger's posting function: every module posts through here. An entry must balance (debits
 * positive, credits negative, sum zero); it gets the next gap-free journal number and is never
 * changed afterwards.
 */
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';

export interface PostingLine {
  /** A system role ('cash', 'revenue1900' …) or an account id. */
  account: string | number;
  amountCents: number;
  vatRateId?: number | null;
}

export interface Posting {
  text: string;
  sourceType: string;
  sourceId?: number | null;
  reversesEntryId?: number | null;
  lines: PostingLine[];
}

export function accountId(ctx: Ctx, account: string | number): number {
  if (typeof account === 'number') return account;
  const id = ctx.db.prepare('SELECT id FROM accounts WHERE role = ?').pluck().get(account) as number | undefined;
  if (id === undefined) throw new AppError('NOT_FOUND', `No account is set up for "${account}".`, { details: { reason: 'accountMissing', role: account } });
  return id;
}

/** Revenue and VAT accounts for a VAT rate: its own where the chart has them, else the general ones. */
export function vatAccounts(ctx: Ctx, rateBasisPoints: number): { revenue: number; vat: number | null } {
  const has = (role: string) => ctx.db.prepare('SELECT id FROM accounts WHERE role = ?').pluck().get(role) as number | undefined;
  if (rateBasisPoints === 0) return { revenue: has('revenue0') ?? accountId(ctx, 'revenueOther'), vat: null };
  return {
    revenue: has(`revenue${rateBasisPoints}`) ?? accountId(ctx, 'revenueOther'),
    vat: has(`vat${rateBasisPoints}`) ?? accountId(ctx, 'vatOther'),
  };
}

/** Posts a balanced entry in the caller's transaction; answers the entry's id. */
export function post(ctx: Ctx, posting: Posting): number {
  const merged = new Map<string, { accountId: number; vatRateId: number | null; amount: number }>();
  for (const line of posting.lines) {
    if (!Number.isSafeInteger(line.amountCents)) throw new AppError('UNBALANCED', 'Amounts must be whole cents.');
    const id = accountId(ctx, line.account);
    const key = `${id}:${line.vatRateId ?? ''}`;
    const current = merged.get(key) ?? { accountId: id, vatRateId: line.vatRateId ?? null, amount: 0 };
    current.amount += line.amountCents;
    merged.set(key, current);
  }
  const lines = [...merged.values()].filter((l) => l.amount !== 0);
  const sum = lines.reduce((a, l) => a + l.amount, 0);
  if (sum !== 0) throw new AppError('UNBALANCED', `The entry does not balance (off by ${sum} cents).`, { details: { reason: 'unbalanced', offByCents: sum } });
  if (lines.length === 0) throw new AppError('UNBALANCED', 'An entry needs at least two lines.', { details: { reason: 'emptyEntry' } });

  const number = takeNumber(ctx.db, 'journal');
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO journal_entries (number, booked_on, posted_at, text, source_type, source_id, reverses_entry_id, staff_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(number, ctx.now().slice(0, 10), ctx.now(), posting.text, posting.sourceType, posting.sourceId ?? null, posting.reversesEntryId ?? null, ctx.session?.staffId ?? null);
  const entryId = Number(lastInsertRowid);
  const insertLine = ctx.db.prepare('INSERT INTO journal_lines (entry_id, account_id, amount_cents, vat_rate_id) VALUES (?, ?, ?, ?)');
  for (const line of lines) insertLine.run(entryId, line.accountId, line.amount, line.vatRateId);
  return entryId;
}

/** Every journal entry that does not sum to zero (should be none: for the verify command). */
export function unbalancedEntries(ctx: Pick<Ctx, 'db'>): { entryId: number; number: number; sum: number }[] {
  return ctx.db.prepare(
    `SELECT e.id AS entryId, e.number, coalesce(sum(l.amount_cents), 0) AS sum
     FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id GROUP BY e.id HAVING sum <> 0 OR count(l.id) < 2`,
  ).all() as { entryId: number; number: number; sum: number }[];
}
