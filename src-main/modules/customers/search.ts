/**
 * Finding customers: as you type at the counter, the back office's list, and the duplicate hint.
 *
 * Every term of a query must begin a word of the name or contact person, or one of the codes
 * (number, phone digits, e-mail parts, VAT ID, postal code, city) — through the FTS5 index
 * `customer_search` with prefix indexes, so each keystroke is an index lookup, not a scan. A query
 * of digits and phone punctuation only ("0171 234-5") is one phone/number term, and an exact
 * customer number comes first.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { CustomerSummary } from '../../../src-shared/contract/customers';
import type { Ctx } from '../../core/context';
import { phoneDigits, toSummary, type CustomerRow } from './records';

/** Lower case without accents, as the FTS tokenizer folds: "Müller" → "muller". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const PHONE_LIKE = /^[\d\s+()/.-]+$/;

/** The FTS5 query for what was typed, or null when nothing searchable is left. */
export function matchExpression(query: string): string | null {
  const trimmed = query.trim();
  const terms = PHONE_LIKE.test(trimmed) ? [phoneDigits(trimmed)] : fold(trimmed).split(/[^\p{L}\p{N}]+/u);
  const usable = terms.filter((t) => t.length > 0);
  return usable.length === 0 ? null : usable.map((t) => `"${t}"*`).join(' AND ');
}

function balances(ctx: Ctx, ids: number[]): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = ctx.db.prepare(
    `SELECT customer_id AS id, sum(amount_cents) AS balance FROM customer_ledger WHERE customer_id IN (${ids.map(() => '?').join(',')}) GROUP BY customer_id`,
  ).all(...ids) as { id: number; balance: number }[];
  return new Map(rows.map((r) => [r.id, r.balance]));
}

function summaries(ctx: Ctx, rows: CustomerRow[]): CustomerSummary[] {
  const owed = balances(ctx, rows.map((r) => r.id));
  return rows.map((r) => toSummary(r, owed.get(r.id) ?? 0));
}

export function searchCustomers(ctx: Ctx, input: ParsedInput<'customers.search'>): CustomerSummary[] {
  const match = matchExpression(input.query);
  if (match === null) return [];
  const inactive = input.includeInactive ? 1 : 0;
  const rows: CustomerRow[] = [];
  const trimmed = input.query.trim();
  if (/^\d{1,9}$/.test(trimmed)) {
    const exact = ctx.db.prepare('SELECT * FROM customers WHERE number = ? AND (? = 1 OR active = 1)').get(Number(trimmed), inactive) as CustomerRow | undefined;
    if (exact) rows.push(exact);
  }
  const hits = ctx.db.prepare(
    `SELECT c.* FROM customer_search s JOIN customers c ON c.id = s.rowid
     WHERE customer_search MATCH @match AND (@inactive = 1 OR c.active = 1) AND c.id <> @skip
     ORDER BY c.active DESC, c.name COLLATE NOCASE, c.id LIMIT @limit`,
  ).all({ match, inactive, skip: rows[0]?.id ?? 0, limit: input.limit - rows.length }) as CustomerRow[];
  return summaries(ctx, [...rows, ...hits]);
}

const STATUS_FILTER: Record<ParsedInput<'customers.list'>['status'], string> = {
  active: 'c.active = 1',
  inactive: 'c.active = 0',
  all: '1 = 1',
  withBalance: 'coalesce(b.balance, 0) <> 0',
};

export function listCustomers(ctx: Ctx, input: ParsedInput<'customers.list'>): { rows: CustomerSummary[]; total: number } {
  const match = input.search ? matchExpression(input.search) : null;
  const from = `FROM customers c LEFT JOIN (SELECT customer_id, sum(amount_cents) AS balance FROM customer_ledger GROUP BY customer_id) b ON b.customer_id = c.id
     WHERE ${STATUS_FILTER[input.status]} AND (@match IS NULL OR c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH @match))`;
  const total = ctx.db.prepare(`SELECT count(*) ${from}`).pluck().get({ match }) as number;
  const rows = ctx.db.prepare(`SELECT c.*, coalesce(b.balance, 0) AS balance ${from} ORDER BY c.name COLLATE NOCASE, c.id LIMIT @limit OFFSET @offset`)
    .all({ match, limit: input.limit, offset: input.offset }) as (CustomerRow & { balance: number })[];
  return { rows: rows.map((r) => toSummary(r, r.balance)), total };
}

/** Customers with the same phone number (by its digits, six or more) or the same e-mail: a hint, never a refusal. */
export function duplicateCustomers(ctx: Ctx, input: ParsedInput<'customers.duplicates'>): CustomerSummary[] {
  const digits = phoneDigits(input.phone);
  const phone = digits.length >= 6 ? digits : null;
  const email = input.email.includes('@') ? input.email : null;
  if (phone === null && email === null) return [];
  const rows = ctx.db.prepare(
    `SELECT * FROM customers
     WHERE ((@phone IS NOT NULL AND phone_digits = @phone AND phone_digits <> '') OR (@email IS NOT NULL AND email = @email COLLATE NOCASE AND email <> ''))
       AND id <> @exclude
     ORDER BY active DESC, number LIMIT 5`,
  ).all({ phone, email, exclude: input.excludeId ?? 0 }) as CustomerRow[];
  return summaries(ctx, rows);
}
