/**
 * Money for an issued invoice: received (debit bank or cash, credit receivables), or paid back
 * when a credit note takes back more than was still open (the mirror). Partial payments are
 * fine; paying more than is open is refused. Each payment also books on the customer's account,
 * and cash taken or paid out today while a shift is open moves the drawer's expected amount.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { SalesDocument, SalesPaymentMethod } from '../../../src-shared/contract/salesdocs';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { openShift } from '../counter/shift-state';
import { postingText } from '../ledger/posting-texts';
import { post, today } from '../ledger/service';
import { recordOnCustomerAccount } from './customer-link';
import { documentRow, documentSummary, getDocument } from './read';

export const PAYMENT_SOURCE = 'salesdocs.payment';

export interface PaymentFacts {
  invoiceId: number;
  /** + received, − paid back. */
  amountCents: number;
  method: SalesPaymentMethod;
  paidOn: string;
  note: string;
}

/** Writes one payment with its journal entry, customer-account row and (cash, today) drawer move; answers its id. */
export function writePayment(ctx: Ctx, p: PaymentFacts): number {
  const session = requireSession(ctx);
  const invoice = documentRow(ctx, p.invoiceId);
  const { lastInsertRowid } = ctx.db.prepare(
    'INSERT INTO sales_payments (invoice_id, paid_on, amount_cents, method, note, recorded_at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(p.invoiceId, p.paidOn, p.amountCents, p.method, p.note, ctx.now(), session.staffId);
  const paymentId = Number(lastInsertRowid);
  const values = { number: invoice.number ?? '', customer: invoice.buyer_name };
  const text = postingText(ctx, p.amountCents > 0 ? 'salesPayment' : 'salesRefund', values);
  const entryId = post(ctx, {
    text, sourceType: PAYMENT_SOURCE, sourceId: paymentId, bookedOn: p.paidOn,
    lines: [{ account: p.method, amountCents: p.amountCents }, { account: 'receivables', amountCents: -p.amountCents }],
  });
  ctx.db.prepare('UPDATE sales_payments SET journal_entry_id = ? WHERE id = ?').run(entryId, paymentId);
  recordOnCustomerAccount(ctx, {
    customerId: invoice.customer_id, sourceType: PAYMENT_SOURCE, sourceId: paymentId, amountCents: -p.amountCents,
    journalEntryId: entryId, bookedOn: p.paidOn, dueOn: null,
  });
  // Cash taken or paid out today while a shift is open passes the drawer: the shift must expect
  // it, or the count at closing would book it a second time as a cash difference.
  const shift = p.method === 'cash' && p.paidOn === today(ctx) ? openShift(ctx) : undefined;
  if (shift) {
    ctx.db.prepare('INSERT INTO cash_moves (shift_id, direction, amount_cents, reason, note, at, staff_id, journal_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(shift.id, p.amountCents > 0 ? 'in' : 'out', Math.abs(p.amountCents), p.amountCents > 0 ? 'invoicePayment' : 'creditNoteRefund', text,
        ctx.now(), session.staffId, entryId);
  }
  return paymentId;
}

export function recordPayment(ctx: Ctx, input: ParsedInput<'salesdocs.payments.record'>): SalesDocument {
  const invoice = documentSummary(ctx, input.invoiceId);
  if (invoice.kind !== 'invoice' || invoice.status !== 'issued') {
    throw new AppError('CONFLICT', 'Payments belong to issued invoices.', { details: { reason: 'salesPaymentNeedsIssuedInvoice' } });
  }
  if (input.amountCents > invoice.openCents) {
    throw new AppError('CONFLICT', `Only ${invoice.openCents} cents are open on invoice ${invoice.number}.`, {
      details: { reason: 'salesPaymentExceedsOpen', openCents: invoice.openCents, number: invoice.number ?? '' },
    });
  }
  const paidOn = input.paidOn ?? today(ctx);
  if (paidOn > today(ctx)) throw new AppError('VALIDATION', 'A payment cannot lie in the future.', { details: { reason: 'salesPaymentInFuture' } });
  if (paidOn < invoice.documentDate!) {
    throw new AppError('VALIDATION', 'A payment cannot lie before the invoice date.', { details: { reason: 'salesPaymentBeforeInvoice' } });
  }
  const paymentId = writePayment(ctx, { invoiceId: invoice.id, amountCents: input.amountCents, method: input.method, paidOn, note: input.note });
  const after = getDocument(ctx, invoice.id);
  ctx.audit('salesdocs.payments.record', `salesDocument:${invoice.id}`, { openCents: invoice.openCents },
    { paymentId, amountCents: input.amountCents, method: input.method, paidOn, openCents: after.openCents });
  return after;
}
