/**
 * Matching a bank line: link it to an entry that already records the payment, settle open items
 * with it (posts bank against their accounts), or book it as a new entry (bank against a chosen
 * account, optionally split into net and VAT). Only a link can be undone here; an entry this
 * module posted is undone by reversing it in the journal, which opens the line again.
 */
import type { BankLine, MatchKind, MatchTarget } from '../../../src-shared/contract/bank';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { grossLines, post, type PostingLine } from '../ledger/service';
import { bankAccountRow, shopCurrency } from './accounts';
import { getLine, lineRow, openLineRow, type LineRow } from './lines';
import { ENTRY_IS_LIVE, ITEM_IS_OPEN, OPEN_ITEM_ROLES } from './suggestions';
import { addDays } from '../../../src-shared/days';
import { lockDate } from '../ledger/periods';

export const BANK_SOURCE = 'bank.line';

function bookableLine(ctx: Ctx, lineId: number): LineRow {
  const line = openLineRow(ctx, lineId);
  const currency = shopCurrency(ctx);
  if (line.currency !== currency) {
    throw new AppError('CONFLICT', `The line is in ${line.currency}; the books are kept in ${currency}.`, {
      details: { reason: 'bankCurrency', currency: line.currency, expected: currency },
    });
  }
  return line;
}

function setMatch(ctx: Ctx, line: LineRow, entryId: number, kind: MatchKind): BankLine {
  ctx.db.prepare('UPDATE bank_lines SET entry_id = ?, match_kind = ?, matched_at = ?, matched_by = ? WHERE id = ?')
    .run(entryId, kind, ctx.now(), ctx.session?.staffId ?? null, line.id);
  ctx.audit(`bank.match.${kind}`, `bankLine:${line.id}`, line.entry_id === null ? undefined : { entryId: line.entry_id }, { entryId });
  return getLine(ctx, line.id);
}

/** The text a posting carries: who and what, as the bank wrote it. */
function postingText(line: LineRow): string {
  return [line.counterparty, line.purpose].filter(Boolean).join(' – ').slice(0, 200) || `Bank ${line.booked_on}`;
}

function amountMismatch(lineCents: number, otherCents: number): AppError {
  return new AppError('CONFLICT', `The amounts differ: the bank line has ${lineCents} cents, the match ${otherCents}.`, {
    details: { reason: 'bankAmountMismatch', lineCents, otherCents },
  });
}

function linkEntry(ctx: Ctx, line: LineRow, entryId: number): BankLine {
  const bank = bankAccountRow(ctx, line.bank_account_id);
  const entry = ctx.db.prepare(`SELECT e.id, e.number, (${ENTRY_IS_LIVE}) AS live FROM journal_entries e WHERE e.id = ?`).get(entryId) as
    { id: number; number: number; live: number } | undefined;
  if (!entry) throw new AppError('NOT_FOUND', `There is no journal entry ${entryId}.`, { details: { reason: 'bankEntryNotFound' } });
  if (!entry.live) throw new AppError('CONFLICT', `Entry ${entry.number} is reversed or a reversal.`, { details: { reason: 'bankEntryReversed', entryNumber: entry.number } });
  const other = ctx.db.prepare('SELECT id FROM bank_lines WHERE entry_id = ? AND id <> ?').pluck().get(entryId, line.id) as number | undefined;
  if (other !== undefined) {
    throw new AppError('CONFLICT', `Entry ${entry.number} is already matched with another bank line.`, { details: { reason: 'bankEntryTaken', entryNumber: entry.number } });
  }
  const onBank = ctx.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM journal_lines WHERE entry_id = ? AND account_id = ?').pluck()
    .get(entryId, bank.account_id) as number;
  if (onBank !== line.amount_cents) throw amountMismatch(line.amount_cents, onBank);
  return setMatch(ctx, line, entryId, 'linked');
}

interface ItemRow { id: number; amount_cents: number; account_id: number; role: string | null; live: number; source_type: string; open: number; number: number }

function settleItems(ctx: Ctx, line: LineRow, journalLineIds: number[]): BankLine {
  const bank = bankAccountRow(ctx, line.bank_account_id);
  const read = ctx.db.prepare(
    `SELECT jl.id, jl.amount_cents, jl.account_id, a.role, (${ENTRY_IS_LIVE}) AS live, e.source_type, (${ITEM_IS_OPEN}) AS open, e.number
     FROM journal_lines jl JOIN accounts a ON a.id = jl.account_id JOIN journal_entries e ON e.id = jl.entry_id WHERE jl.id = ?`,
  );
  const items = [...new Set(journalLineIds)].map((id) => {
    const item = read.get(id) as ItemRow | undefined;
    if (!item) throw new AppError('NOT_FOUND', `There is no journal line ${id}.`, { details: { reason: 'bankItemNotFound' } });
    if (!(OPEN_ITEM_ROLES as readonly (string | null)[]).includes(item.role) || item.source_type === BANK_SOURCE || !item.live) {
      throw new AppError('CONFLICT', `Journal line ${id} (entry ${item.number}) is not an open item a bank line can settle.`, {
        details: { reason: 'bankItemNotOpenItem', entryNumber: item.number },
      });
    }
    if (!item.open) throw new AppError('CONFLICT', `Entry ${item.number} is already settled by a bank line.`, { details: { reason: 'bankItemSettled', entryNumber: item.number } });
    return item;
  });
  const total = items.reduce((a, i) => a + i.amount_cents, 0);
  if (total !== line.amount_cents) throw amountMismatch(line.amount_cents, total);
  const perAccount = new Map<number, number>();
  for (const item of items) perAccount.set(item.account_id, (perAccount.get(item.account_id) ?? 0) + item.amount_cents);
  const entryId = post(ctx, {
    text: postingText(line), sourceType: BANK_SOURCE, sourceId: line.id, bookedOn: openDayFor(ctx, line.booked_on),
    lines: [{ account: bank.account_id, amountCents: line.amount_cents }, ...[...perAccount].map(([account, cents]) => ({ account, amountCents: -cents }))],
  });
  const record = ctx.db.prepare('INSERT INTO bank_cleared_items (bank_line_id, journal_line_id, entry_id) VALUES (?, ?, ?)');
  for (const item of items) record.run(line.id, item.id, entryId);
  return setMatch(ctx, line, entryId, 'cleared');
}

/** A line's own day, or — when that day's period is closed — the first open day: corrections go into the open period. */
function openDayFor(ctx: Ctx, day: string): string {
  const locked = lockDate(ctx);
  return locked !== null && day <= locked ? addDays(locked, 1) : day;
}

export function match(ctx: Ctx, lineId: number, target: MatchTarget): BankLine {
  const line = bookableLine(ctx, lineId);
  return target.kind === 'entry' ? linkEntry(ctx, line, target.entryId) : settleItems(ctx, line, target.journalLineIds);
}

export function createEntry(ctx: Ctx, input: ParsedInput<'bank.createEntry'>): BankLine {
  const line = bookableLine(ctx, input.lineId);
  const bank = bankAccountRow(ctx, line.bank_account_id);
  const account = ctx.db.prepare('SELECT id, number FROM accounts WHERE id = ?').get(input.accountId) as { id: number; number: string } | undefined;
  if (!account) throw new AppError('NOT_FOUND', `There is no account ${input.accountId}.`, { details: { reason: 'accountNotFound' } });
  if (account.id === bank.account_id) {
    throw new AppError('VALIDATION', 'The counter account cannot be the bank account itself.', { details: { reason: 'bankSameAccount' } });
  }
  // The counter side carries the opposite sign: money out is an expense (debit), money in revenue (credit).
  const counter = -line.amount_cents;
  const lines: PostingLine[] = [{ account: bank.account_id, amountCents: line.amount_cents }, ...grossLines(ctx, account.id, counter, input.vatRateId)];
  const entryId = post(ctx, { text: input.text, sourceType: BANK_SOURCE, sourceId: line.id, bookedOn: openDayFor(ctx, line.booked_on), lines });
  return setMatch(ctx, line, entryId, 'created');
}

export function unmatch(ctx: Ctx, lineId: number): BankLine {
  const line = lineRow(ctx, lineId);
  if (line.is_open === 1) throw new AppError('CONFLICT', 'The bank line is not matched.', { details: { reason: 'bankLineOpen' } });
  if (line.match_kind !== 'linked') {
    throw new AppError('CONFLICT', `The match posted entry ${line.entry_number}; reverse that entry in the journal to undo it.`, {
      details: { reason: 'bankMatchPosted', entryNumber: line.entry_number ?? 0 },
    });
  }
  ctx.db.prepare('UPDATE bank_lines SET entry_id = NULL, match_kind = NULL, matched_at = NULL, matched_by = NULL WHERE id = ?').run(line.id);
  ctx.audit('bank.unmatch', `bankLine:${line.id}`, { entryId: line.entry_id }, undefined);
  return getLine(ctx, line.id);
}
