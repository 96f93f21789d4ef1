/**
 * The ledger's posting function: every module posts through here. An entry must balance (debits
 * positive, credits negative, sum zero); it gets the next gap-free journal number and is never
 * changed afterwards.
 */
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { brokenLinks, lastLink, linkHash } from '../../core/row-chain';
import { localDay } from '../../core/clock';
import { splitGross } from '../../../src-shared/money';
import { assertOpenDay } from './periods';

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
  /** The day the entry counts for; today (local) when left out. Never in a locked period. */
  bookedOn?: string;
  /**
   * The year-end closing entry only: it is dated 31 December even when later days are locked
   * already (months are locked for VAT returns long before the year is closed), and it empties
   * retired accounts too.
   */
  yearEndClosing?: boolean;
  lines: PostingLine[];
}

/** Today as the shop's calendar shows it. */
export function today(ctx: Pick<Ctx, 'nowDate'>): string {
  return localDay(ctx.nowDate());
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

/** The input VAT account for a rate: its own where the chart has one, else the general one. */
export function inputVatAccount(ctx: Ctx, rateBasisPoints: number): number {
  const own = ctx.db.prepare('SELECT id FROM accounts WHERE role = ?').pluck().get(`inputVat${rateBasisPoints}`) as number | undefined;
  return own ?? accountId(ctx, 'inputVatOther');
}

export function vatRateBp(ctx: Pick<Ctx, 'db'>, vatRateId: number): number {
  const bp = ctx.db.prepare('SELECT rate_bp FROM vat_rates WHERE id = ?').pluck().get(vatRateId) as number | undefined;
  if (bp === undefined) throw new AppError('NOT_FOUND', 'There is no such VAT rate.', { details: { reason: 'vatRateNotFound' } });
  return bp;
}

/**
 * One side of a payment with VAT in it: a gross amount (debit +, credit −) on an account, split
 * into the net on that account and the VAT on the VAT account the account's type calls for —
 * output VAT for revenue, input VAT (Vorsteuer) for costs and assets — so a refund in either
 * direction lowers the right tax.
 */
export function grossLines(ctx: Ctx, accountIdOrRole: number | string, grossCents: number, vatRateId: number | null): PostingLine[] {
  const account = accountId(ctx, accountIdOrRole);
  if (vatRateId === null) return [{ account, amountCents: grossCents, vatRateId: null }];
  const bp = vatRateBp(ctx, vatRateId);
  const { net, vat } = splitGross(grossCents, bp);
  const type = ctx.db.prepare('SELECT type FROM accounts WHERE id = ?').pluck().get(account) as string | undefined;
  const vatAccount = vat === 0 ? null : type === 'income' ? vatAccounts(ctx, bp).vat : inputVatAccount(ctx, bp);
  if (vatAccount === null) return [{ account, amountCents: grossCents, vatRateId }];
  return [{ account, amountCents: net, vatRateId }, { account: vatAccount, amountCents: vat, vatRateId }];
}

/**
 * Posts a balanced entry in the caller's transaction; answers the entry's id. Refuses retired
 * accounts, a day in a locked period, and a cash posting that would take the cash book below zero.
 */
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

  const bookedOn = posting.bookedOn ?? today(ctx);
  if (!posting.yearEndClosing) assertOpenDay(ctx, bookedOn);
  // A reversal mirrors posted lines, so it may touch an account retired since.
  if (!posting.reversesEntryId && !posting.yearEndClosing) assertUsable(ctx, lines.map((l) => l.accountId));
  assertCashStaysPositive(ctx, lines, bookedOn);

  const number = takeNumber(ctx.db, 'journal');
  const header = [number, bookedOn, ctx.now(), posting.text, posting.sourceType, posting.sourceId ?? null, posting.reversesEntryId ?? null, ctx.session?.staffId ?? null];
  const prev = lastLink(ctx.db, 'journal_entries');
  const hash = linkHash(prev, entryValues(header, lines.map((l) => [l.accountId, l.amount, l.vatRateId])));
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO journal_entries (number, booked_on, posted_at, text, source_type, source_id, reverses_entry_id, staff_id, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...header, prev, hash);
  const entryId = Number(lastInsertRowid);
  const insertLine = ctx.db.prepare('INSERT INTO journal_lines (entry_id, account_id, amount_cents, vat_rate_id, booked_on) VALUES (?, ?, ?, ?, ?)');
  for (const line of lines) insertLine.run(entryId, line.accountId, line.amount, line.vatRateId, bookedOn);
  return entryId;
}

function assertUsable(ctx: Ctx, ids: number[]): void {
  const account = ctx.db.prepare('SELECT number, name, retired_at FROM accounts WHERE id = ?');
  for (const id of ids) {
    const row = account.get(id) as { number: string; name: string; retired_at: string | null } | undefined;
    if (!row) throw new AppError('NOT_FOUND', `There is no account ${id}.`, { details: { reason: 'accountNotFound' } });
    if (row.retired_at) {
      throw new AppError('CONFLICT', `Account ${row.number} ${row.name} is retired.`, { details: { reason: 'accountRetired', account: `${row.number} ${row.name}` } });
    }
  }
}

/** An account's balance (debit positive) at the end of a day — all days when left out — from its journal lines. */
export function accountBalance(ctx: Pick<Ctx, 'db'>, account: number, through = '9999-12-31'): number {
  return ctx.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM journal_lines WHERE account_id = ? AND booked_on <= ?').pluck().get(account, through) as number;
}

/**
 * Cash cannot go below zero on any day: an outflow dated `bookedOn` lowers that day's balance and
 * every later one, so the lowest end-of-day balance from that day on must cover it.
 */
function assertCashStaysPositive(ctx: Ctx, lines: { accountId: number; amount: number }[], bookedOn: string): void {
  const cash = ctx.db.prepare("SELECT id FROM accounts WHERE role = 'cash'").pluck().get() as number | undefined;
  if (cash === undefined) return;
  const delta = lines.filter((l) => l.accountId === cash).reduce((a, l) => a + l.amount, 0);
  if (delta >= 0) return;
  let balance = accountBalance(ctx, cash, bookedOn);
  let lowest = balance;
  const later = ctx.db.prepare('SELECT booked_on, sum(amount_cents) AS amount FROM journal_lines WHERE account_id = ? AND booked_on > ? GROUP BY booked_on ORDER BY booked_on')
    .all(cash, bookedOn) as { booked_on: string; amount: number }[];
  for (const day of later) {
    balance += day.amount;
    lowest = Math.min(lowest, balance);
  }
  if (lowest + delta < 0) {
    throw new AppError('CONFLICT', `The cash book would go below zero: only ${lowest} cents are available from ${bookedOn} on.`, {
      details: { reason: 'cashBookNegative', availableCents: lowest, bookedOn },
    });
  }
}

/** An entry's canonical values for its hash-chain link: the header and its lines in order. */
function entryValues(header: unknown[], lines: unknown[][]): unknown[] {
  return [...header, lines];
}

interface EntryRow {
  id: number; number: number; booked_on: string; posted_at: string; text: string; source_type: string; source_id: number | null;
  reverses_entry_id: number | null; staff_id: number | null; prev_hash: string; hash: string;
}

/**
 * Journal entries whose stored content no longer matches their link in the chain, or whose lines
 * carry another booking day than the entry (the day is copied onto the lines for fast reports).
 */
export function alteredEntries(ctx: Pick<Ctx, 'db'>): { number: number }[] {
  const lines = ctx.db.prepare('SELECT account_id, amount_cents, vat_rate_id FROM journal_lines WHERE entry_id = ? ORDER BY id');
  const rows = ctx.db.prepare('SELECT * FROM journal_entries ORDER BY id').all() as EntryRow[];
  const broken = brokenLinks(rows, (e) => entryValues(
    [e.number, e.booked_on, e.posted_at, e.text, e.source_type, e.source_id, e.reverses_entry_id, e.staff_id],
    lines.raw().all(e.id) as unknown[][],
  )).map((e) => e.number);
  const moved = ctx.db.prepare('SELECT DISTINCT e.number FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE l.booked_on <> e.booked_on')
    .pluck().all() as number[];
  return [...new Set([...broken, ...moved])].sort((a, b) => a - b).map((number) => ({ number }));
}

/** Every journal entry that does not sum to zero (should be none: for the verify command). */
export function unbalancedEntries(ctx: Pick<Ctx, 'db'>): { entryId: number; number: number; sum: number }[] {
  return ctx.db.prepare(
    `SELECT e.id AS entryId, e.number, coalesce(sum(l.amount_cents), 0) AS sum
     FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id GROUP BY e.id HAVING sum <> 0 OR count(l.id) < 2`,
  ).all() as { entryId: number; number: number; sum: number }[];
}
