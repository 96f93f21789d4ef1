/**
 * A customer's history and account statement.
 *
 * The history is one list of typed items, newest first, gathered from HISTORY_SOURCES: each source
 * reads one module's records for the customer (receipts and payments here; sales documents, work
 * orders and feedback in history-sources.ts). Extension point: a further kind adds a source here
 * (and a kind to `CustomerHistoryItem` in the contract) — nothing else changes. Likewise the
 * statement names each account row through REFERENCES by source type.
 */
import type { CustomerHistoryItem, CustomerStatement, StatementLine } from '../../../src-shared/contract/customers';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { today } from '../ledger/service';
import { formatReceiptNumber } from '../counter/shift-state';
import { SALES_ACCOUNT_REFERENCES } from '../salesdocs/customer-link';
import { feedback, salesDocuments, workOrders, type HistorySource } from './history-sources';
import { customerRow, getCustomer } from './records';

const receipts: HistorySource = (ctx, customerId, limit) =>
  (ctx.db.prepare(
    `SELECT s.id, s.register_id, s.number, s.kind, s.at, s.total_cents,
            coalesce((SELECT sum(p.amount_cents) FROM sale_payments p WHERE p.sale_id = s.id AND p.method = 'account'), 0) AS on_account
     FROM sale_customers c JOIN sales s ON s.id = c.sale_id WHERE c.customer_id = ? ORDER BY s.id DESC LIMIT ?`,
  ).all(customerId, limit) as { id: number; register_id: number; number: number; kind: 'sale' | 'return' | 'void'; at: string; total_cents: number; on_account: number }[])
    .map((r) => ({
      kind: 'receipt', id: r.id, at: r.at, number: formatReceiptNumber(r.register_id, r.number), receiptKind: r.kind, totalCents: r.total_cents, onAccountCents: r.on_account,
    }));

const payments: HistorySource = (ctx, customerId, limit) =>
  (ctx.db.prepare('SELECT id, at, booked_on, method, amount_cents, note FROM customer_payments WHERE customer_id = ? ORDER BY id DESC LIMIT ?')
    .all(customerId, limit) as { id: number; at: string; booked_on: string; method: 'cash' | 'bank'; amount_cents: number; note: string }[])
    .map((p) => ({ kind: 'payment', id: p.id, at: p.at, bookedOn: p.booked_on, method: p.method, amountCents: p.amount_cents, note: p.note }));

/** Every source of history items; other modules add theirs here. */
export const HISTORY_SOURCES: HistorySource[] = [receipts, payments, salesDocuments, workOrders, feedback];

export function customerHistory(ctx: Ctx, customerId: number, limit: number): CustomerHistoryItem[] {
  customerRow(ctx, customerId);
  return HISTORY_SOURCES.flatMap((source) => source(ctx, customerId, limit))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id))
    .slice(0, limit);
}

/** How a statement line names its document, by the account row's source type. */
export const REFERENCES: Record<string, (ctx: Ctx, sourceId: number) => string> = {
  'counter.sale': (ctx, id) => receiptNumber(ctx, id),
  'counter.return': (ctx, id) => receiptNumber(ctx, id),
  'counter.void': (ctx, id) => receiptNumber(ctx, id),
  'customers.payment': (ctx, id) => (ctx.db.prepare('SELECT note FROM customer_payments WHERE id = ?').pluck().get(id) as string | undefined) ?? '',
  ...SALES_ACCOUNT_REFERENCES,
};

function receiptNumber(ctx: Ctx, saleId: number): string {
  const s = ctx.db.prepare('SELECT register_id, number FROM sales WHERE id = ?').get(saleId) as { register_id: number; number: number } | undefined;
  return s ? formatReceiptNumber(s.register_id, s.number) : '';
}

export function customerStatement(ctx: Ctx, customerId: number, range: { from?: string; to?: string }): CustomerStatement {
  const customer = getCustomer(ctx, customerId);
  const first = ctx.db.prepare('SELECT min(booked_on) FROM customer_ledger WHERE customer_id = ?').pluck().get(customerId) as string | null;
  const last = ctx.db.prepare('SELECT max(booked_on) FROM customer_ledger WHERE customer_id = ?').pluck().get(customerId) as string | null;
  const to = range.to ?? (last !== null && last > today(ctx) ? last : today(ctx));
  const from = range.from ?? (first !== null && first < to ? first : to);
  if (from > to) throw new AppError('VALIDATION', '"from" lies after "to".', { details: { reason: 'rangeInverted' } });
  const openingCents = ctx.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM customer_ledger WHERE customer_id = ? AND booked_on < ?').pluck().get(customerId, from) as number;
  const rows = ctx.db.prepare(
    `SELECT id, booked_on, at, source_type, source_id, amount_cents, due_on, journal_entry_id FROM customer_ledger
     WHERE customer_id = ? AND booked_on >= ? AND booked_on <= ? ORDER BY booked_on, id`,
  ).all(customerId, from, to) as { id: number; booked_on: string; at: string; source_type: string; source_id: number; amount_cents: number; due_on: string | null; journal_entry_id: number }[];
  let balance = openingCents;
  const lines = rows.map((r): StatementLine => {
    balance += r.amount_cents;
    return {
      id: r.id, bookedOn: r.booked_on, at: r.at, sourceType: r.source_type, sourceId: r.source_id,
      reference: REFERENCES[r.source_type]?.(ctx, r.source_id) ?? `${r.source_type} ${r.source_id}`,
      amountCents: r.amount_cents, balanceCents: balance, dueOn: r.due_on, journalEntryId: r.journal_entry_id,
    };
  });
  return { customer, from, to, openingCents, lines, closingCents: balance };
}
