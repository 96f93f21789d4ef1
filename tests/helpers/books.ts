/**
 * Helpers for the bookkeeping tests: a demo shop signed in as the owner (who may sell, book and
 * read reports), sales and returns at the counter on a chosen day (the clock is moved there),
 * expenses, manual entries and cash moves through the real channels.
 */
import type { Receipt } from '../../src-shared/contract/sell';
import { createStaff } from '../../src-main/modules/auth/staff';
import { testCore } from './core';
import { productId } from './counter';

export type BooksCore = ReturnType<typeof testCore>;

let refs = 0;
const clientRef = () => `books-${++refs}-${Date.now()}`;

/** PIN of a second person with the owner's role, added by booksCore. */
export const OWNER_PIN = '7777';

/**
 * The demo shop (opening balance: cash 300.00, bank 8,000.00 on the clock's day, 2026-01-15 unless
 * `at` sets another) with a second person
 * in the owner's role who signs in by PIN — tests that move the clock day by day sign in again
 * often, and the demo owner's password costs a slow scrypt each time.
 */
export function booksCore(options: { at?: string } = {}): BooksCore {
  const t = testCore();
  if (options.at) t.clock.set(options.at);
  t.loadDemo();
  createStaff(t.core.db, { name: 'Olga Owner', role: 'owner', pin: OWNER_PIN }, t.clock.now().toISOString());
  t.signInPin(OWNER_PIN);
  return t;
}

/**
 * Moves the clock to 10:00 UTC of the day (the same calendar day in the shop's time zone) and
 * signs the owner in again when the move outlasted the session.
 */
export function onDay(t: BooksCore, day: string, time = '10:00:00'): void {
  t.clock.set(`${day}T${time}Z`);
  if (t.call('auth.session', {}) === null) t.signInPin(OWNER_PIN);
}

export function accountByNumber(t: BooksCore, number: string): number {
  const id = t.core.db.prepare('SELECT id FROM accounts WHERE number = ?').pluck().get(number) as number | undefined;
  if (id === undefined) throw new Error(`no account ${number}`);
  return id;
}

export function accountByRole(t: BooksCore, role: string): number {
  const id = t.core.db.prepare('SELECT id FROM accounts WHERE role = ?').pluck().get(role) as number | undefined;
  if (id === undefined) throw new Error(`no account with role ${role}`);
  return id;
}

export function vatRateId(t: BooksCore, rateBasisPoints: number): number {
  return t.core.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = ? ORDER BY id').pluck().get(rateBasisPoints) as number;
}

/** Opens a shift (float taken from the cash already in the books) unless one is open. */
export function ensureShift(t: BooksCore, floatCents = 30_000): void {
  if (t.call('shift.current', {}) === null) t.call('shift.open', { floatCents });
}

export interface SaleItem {
  /** A demo product's name, e.g. 'Bauernbrot'. */
  product: string;
  /** Whole pieces. */
  pieces?: number;
}

/** Sells at the counter on `day`, paid in full by card or with cash (tendered; change given back). */
export function saleOn(t: BooksCore, day: string, items: SaleItem[], pay: { method: 'card' } | { method: 'cash'; tenderedCents?: number }): Receipt {
  onDay(t, day);
  ensureShift(t);
  const cart = { lines: items.map((i) => ({ type: 'product' as const, productId: productId(t, i.product), quantity: (i.pieces ?? 1) * 1000 })) };
  const total = items.reduce((sum, i) => sum + priceOf(t, i.product) * (i.pieces ?? 1), 0);
  const amountCents = pay.method === 'cash' ? pay.tenderedCents ?? total : total;
  return t.call('counter.checkout', { cart, payments: [{ method: pay.method, amountCents }], clientRef: clientRef() });
}

/** Takes back pieces of one line of a sale on `day`, refunded in cash or to the card. */
export function returnOn(t: BooksCore, day: string, sale: Receipt, product: string, pieces: number, refundMethod: 'cash' | 'card'): Receipt {
  onDay(t, day);
  ensureShift(t);
  const line = sale.lines.find((l) => l.name === product);
  if (!line) throw new Error(`sale ${sale.number} has no line "${product}"`);
  return t.call('counter.return', { saleId: sale.id, lines: [{ saleLineId: line.id, quantity: pieces * 1000 }], refundMethod, clientRef: clientRef() });
}

export function priceOf(t: BooksCore, product: string): number {
  return t.core.db.prepare('SELECT price_cents FROM products WHERE name = ?').pluck().get(product) as number;
}

export interface ExpenseInput {
  bookedOn: string;
  text: string;
  grossCents: number;
  /** VAT rate in basis points, or null for none. */
  rateBasisPoints: number | null;
  /** Expense account number, e.g. '4930'. */
  account: string;
  paidFrom: 'cash' | 'bank';
}

/** A quick expense through `ledger.recordExpense` (the clock is moved to its day). */
export function expense(t: BooksCore, e: ExpenseInput) {
  onDay(t, e.bookedOn);
  return t.call('ledger.recordExpense', {
    bookedOn: e.bookedOn, text: e.text, grossCents: e.grossCents,
    vatRateId: e.rateBasisPoints === null ? null : vatRateId(t, e.rateBasisPoints),
    expenseAccountId: accountByNumber(t, e.account), paidFrom: e.paidFrom, attachment: null,
  });
}

/** A manual entry by account numbers (debit positive, credit negative). */
export function manual(t: BooksCore, bookedOn: string, text: string, lines: [account: string, amountCents: number][]) {
  onDay(t, bookedOn);
  return t.call('ledger.postManual', {
    bookedOn, text, attachment: null,
    lines: lines.map(([account, amountCents]) => ({ accountId: accountByNumber(t, account), amountCents, vatRateId: null })),
  });
}

/** Cash out of or into the drawer at the counter on `day` (e.g. a bank deposit). */
export function cashMoveOn(t: BooksCore, day: string, direction: 'in' | 'out', amountCents: number, reason: string) {
  onDay(t, day);
  ensureShift(t);
  return t.call('shift.cashMove', { direction, amountCents, reason, note: '' });
}

/** Every journal entry that does not sum to zero or has fewer than two lines (should be none). */
export function unbalancedEntries(t: BooksCore): { id: number; sum: number; lines: number }[] {
  return t.core.db.prepare(
    `SELECT e.id, coalesce(sum(l.amount_cents), 0) AS sum, count(l.id) AS lines
     FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id GROUP BY e.id HAVING sum <> 0 OR lines < 2`,
  ).all() as { id: number; sum: number; lines: number }[];
}
