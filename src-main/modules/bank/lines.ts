/**
 * Reading bank lines. A line's status is derived, never stored: it is matched while it is linked
 * to a journal entry that has not been reversed. Reversing that entry in the journal therefore
 * opens the line again, with nothing to keep in step.
 */
import type { BankLine, BankLinePage, MatchKind } from '../../../src-shared/contract/bank';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';

/** SQL: the line aliased `l` is open (no entry, or its entry was reversed). */
export const LINE_IS_OPEN = '(l.entry_id IS NULL OR EXISTS (SELECT 1 FROM journal_entries r WHERE r.reverses_entry_id = l.entry_id))';

export interface LineRow {
  id: number;
  bank_account_id: number;
  booked_on: string;
  value_on: string | null;
  amount_cents: number;
  currency: string;
  counterparty: string;
  counterparty_iban: string | null;
  purpose: string;
  reference: string | null;
  entry_id: number | null;
  match_kind: MatchKind | null;
  matched_at: string | null;
  is_open: number;
  entry_number: number | null;
  entry_text: string | null;
}

const SELECT = `SELECT l.id, l.bank_account_id, l.booked_on, l.value_on, l.amount_cents, l.currency, l.counterparty, l.counterparty_iban,
    l.purpose, l.reference, l.entry_id, l.match_kind, l.matched_at, ${LINE_IS_OPEN} AS is_open, e.number AS entry_number, e.text AS entry_text
  FROM bank_lines l LEFT JOIN journal_entries e ON e.id = l.entry_id`;

export function toBankLine(row: LineRow): BankLine {
  const matched = row.is_open === 0 && row.entry_id !== null && row.match_kind !== null;
  return {
    id: row.id,
    bankAccountId: row.bank_account_id,
    bookedOn: row.booked_on,
    valueOn: row.value_on,
    amountCents: row.amount_cents,
    currency: row.currency,
    counterparty: row.counterparty,
    counterpartyIban: row.counterparty_iban,
    purpose: row.purpose,
    reference: row.reference,
    status: matched ? 'matched' : 'open',
    match: matched
      ? { kind: row.match_kind!, entryId: row.entry_id!, entryNumber: row.entry_number!, entryText: row.entry_text ?? '', matchedAt: row.matched_at ?? '' }
      : null,
  };
}

export function lineRow(ctx: Pick<Ctx, 'db'>, id: number): LineRow {
  const row = ctx.db.prepare(`${SELECT} WHERE l.id = ?`).get(id) as LineRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no bank line ${id}.`, { details: { reason: 'bankLineNotFound' } });
  return row;
}

export function getLine(ctx: Pick<Ctx, 'db'>, id: number): BankLine {
  return toBankLine(lineRow(ctx, id));
}

/** A line that may be matched: it exists and is open. */
export function openLineRow(ctx: Pick<Ctx, 'db'>, id: number): LineRow {
  const row = lineRow(ctx, id);
  if (row.is_open === 0) {
    throw new AppError('CONFLICT', `The bank line is already matched with entry ${row.entry_number}.`, {
      details: { reason: 'bankLineMatched', entryNumber: row.entry_number ?? 0 },
    });
  }
  return row;
}

export function listLines(ctx: Ctx, input: ParsedInput<'bank.lines'>): BankLinePage {
  const where = ['l.bank_account_id = ?'];
  const params: (string | number)[] = [input.bankAccountId];
  if (input.status === 'open') where.push(LINE_IS_OPEN);
  if (input.status === 'matched') where.push(`NOT ${LINE_IS_OPEN}`);
  if (input.from) { where.push('l.booked_on >= ?'); params.push(input.from); }
  if (input.to) { where.push('l.booked_on <= ?'); params.push(input.to); }
  if (input.search) {
    where.push("(instr(lower(l.counterparty), lower(?)) > 0 OR instr(lower(l.purpose), lower(?)) > 0 OR instr(lower(coalesce(l.reference, '')), lower(?)) > 0)");
    params.push(input.search, input.search, input.search);
  }
  const clause = where.join(' AND ');
  const total = ctx.db.prepare(`SELECT count(*) FROM bank_lines l WHERE ${clause}`).pluck().get(...params) as number;
  const rows = ctx.db.prepare(`${SELECT} WHERE ${clause} ORDER BY l.booked_on DESC, l.id DESC LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as LineRow[];
  return { lines: rows.map(toBankLine), total };
}
