/**
 * The customer account: a sub-ledger of the receivables account. Whatever posts to receivables for
 * a customer writes a row here in the same transaction with the same amount (debit +: the
 * customer owes more), pointing at the journal entry — so a customer's open balance is the sum of
 * their rows, and the rows of an entry add up to its receivables lines.
 *
 * Rules: a sale on account needs an active customer allowed to buy on account, within the credit
 * limit; a payment may not exceed the open balance (overpaying is refused rather than kept as a
 * credit: the shop has no customer-credit liability account, and money paid twice goes back the
 * way it came); credits from the counter (returns, voids) never take the balance below zero — what
 * is left is refunded in cash or by card.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { post, today } from '../ledger/service';
import { postingText } from '../ledger/posting-texts';
import { openShift } from '../counter/shift-state';
import { balanceOf, requireCustomer } from './records';

export interface AccountBooking {
  customerId: number;
  /** As the journal names the source: 'counter.sale', 'customers.payment', later 'sales.invoice' … */
  sourceType: string;
  sourceId: number;
  /** Debit + (the customer owes more), credit −. Equal to the entry's receivables line for this customer. */
  amountCents: number;
  journalEntryId: number;
  bookedOn: string;
  /** When a debit is due; null for credits. */
  dueOn: string | null;
}

/** For every module that posts receivables for a customer (the counter here; invoices later). */
export function bookOnAccount(ctx: Ctx, b: AccountBooking): void {
  if (b.amountCents < 0 && balanceOf(ctx, b.customerId) + b.amountCents < 0) {
    throw new AppError('CONFLICT', 'The credit is more than the customer owes.', { details: { reason: 'accountCreditExceedsBalance' } });
  }
  ctx.db.prepare(
    `INSERT INTO customer_ledger (customer_id, source_type, source_id, amount_cents, booked_on, due_on, at, journal_entry_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(b.customerId, b.sourceType, b.sourceId, b.amountCents, b.bookedOn, b.dueOn, ctx.now(), b.journalEntryId);
}

export const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Checked before a sale is written: the customer exists and is active and, for a sale on
 * account, may buy on account and stays within the credit limit with this sale.
 */
export function checkSaleCustomer(ctx: Ctx, customerId: number, accountCents: number): void {
  const customer = requireCustomer(ctx, customerId);
  if (accountCents <= 0) return;
  if (customer.on_account !== 1) {
    throw new AppError('CONFLICT', `Customer ${customer.number} may not buy on account.`, { details: { reason: 'customerNotOnAccount', name: customer.name } });
  }
  if (customer.credit_limit_cents !== null) {
    const balance = balanceOf(ctx, customerId);
    if (balance + accountCents > customer.credit_limit_cents) {
      throw new AppError('CONFLICT', 'The sale would take the customer above the credit limit.', {
        details: { reason: 'creditLimitExceeded', limitCents: customer.credit_limit_cents, balanceCents: balance, availableCents: Math.max(0, customer.credit_limit_cents - balance) },
      });
    }
  }
}

/**
 * After the counter wrote a receipt for a customer: the receipt's customer, and its on-account
 * tender (signed like the payment: + for a sale, − for a return or void) on the account.
 */
export function linkReceipt(ctx: Ctx, r: { saleId: number; customerId: number; kind: 'sale' | 'return' | 'void'; journalEntryId: number; accountCents: number }): void {
  ctx.db.prepare('INSERT INTO sale_customers (sale_id, customer_id) VALUES (?, ?)').run(r.saleId, r.customerId);
  if (r.accountCents === 0) return;
  const bookedOn = ctx.db.prepare('SELECT booked_on FROM journal_entries WHERE id = ?').pluck().get(r.journalEntryId) as string;
  const terms = ctx.db.prepare('SELECT payment_terms_days FROM customers WHERE id = ?').pluck().get(r.customerId) as number;
  bookOnAccount(ctx, {
    customerId: r.customerId, sourceType: `counter.${r.kind}`, sourceId: r.saleId, amountCents: r.accountCents, journalEntryId: r.journalEntryId,
    bookedOn, dueOn: r.accountCents > 0 ? addDays(bookedOn, terms) : null,
  });
}

export function customerOfSale(ctx: Ctx, saleId: number): number | null {
  return (ctx.db.prepare('SELECT customer_id FROM sale_customers WHERE sale_id = ?').pluck().get(saleId) as number | undefined) ?? null;
}

/**
 * How much of a refund goes back onto the account: at most what the sale put on account and
 * earlier returns have not credited yet, and at most what the customer still owes.
 */
export function returnCredit(ctx: Ctx, originalSaleId: number, customerId: number | null, refundCents: number): number {
  if (customerId === null || refundCents <= 0) return 0;
  const { charged, credited } = ctx.db.prepare(
    `SELECT coalesce((SELECT sum(amount_cents) FROM sale_payments WHERE sale_id = @sale AND method = 'account'), 0) AS charged,
            coalesce((SELECT -sum(p.amount_cents) FROM sale_payments p JOIN sales s ON s.id = p.sale_id
                      WHERE s.original_sale_id = @sale AND p.method = 'account'), 0) AS credited`,
  ).get({ sale: originalSaleId }) as { charged: number; credited: number };
  if (charged <= 0) return 0;
  return Math.max(0, Math.min(refundCents, charged - credited, balanceOf(ctx, customerId)));
}

/** A payment on the account, in cash or received in the bank: debit cash/bank, credit receivables. */
export function recordPayment(ctx: Ctx, input: ParsedInput<'customers.payment.record'>) {
  const session = requireSession(ctx);
  const customer = requireCustomer(ctx, input.customerId, { allowInactive: true });
  const balance = balanceOf(ctx, customer.id);
  if (input.amountCents > balance) {
    throw new AppError('CONFLICT', `The customer owes only ${balance} cents.`, { details: { reason: 'paymentExceedsBalance', balanceCents: balance } });
  }
  const bookedOn = input.bookedOn ?? today(ctx);
  // The payment's id is known before it is written (one writer, inside the transaction), so the
  // journal entry can name its source and the payment row its entry, both written once.
  const paymentId = (ctx.db.prepare('SELECT coalesce(max(id), 0) + 1 FROM customer_payments').pluck().get() as number);
  const text = postingText(ctx, 'customerPayment', { number: customer.number, name: customer.name, note: input.note ? ` – ${input.note}` : '' });
  const journalEntryId = post(ctx, {
    text, sourceType: 'customers.payment', sourceId: paymentId, bookedOn,
    lines: [{ account: input.method, amountCents: input.amountCents }, { account: 'receivables', amountCents: -input.amountCents }],
  });
  ctx.db.prepare(
    'INSERT INTO customer_payments (id, customer_id, method, amount_cents, booked_on, note, at, staff_id, journal_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(paymentId, customer.id, input.method, input.amountCents, bookedOn, input.note, ctx.now(), session.staffId, journalEntryId);
  bookOnAccount(ctx, {
    customerId: customer.id, sourceType: 'customers.payment', sourceId: paymentId, amountCents: -input.amountCents, journalEntryId, bookedOn, dueOn: null,
  });
  // Cash taken today while a shift is open goes into the drawer: the shift must expect it, or the
  // count at closing would book it a second time as a cash difference.
  const shift = input.method === 'cash' && bookedOn === today(ctx) ? openShift(ctx) : undefined;
  if (shift) {
    ctx.db.prepare("INSERT INTO cash_moves (shift_id, direction, amount_cents, reason, note, at, staff_id, journal_entry_id) VALUES (?, 'in', ?, 'customerPayment', ?, ?, ?, ?)")
      .run(shift.id, input.amountCents, text, ctx.now(), session.staffId, journalEntryId);
  }
  ctx.audit('customers.payment.record', `customer:${customer.id}`, { balanceCents: balance },
    { paymentId, amountCents: input.amountCents, method: input.method, bookedOn, journalEntryId });
  return { paymentId, journalEntryId, balanceCents: balance - input.amountCents };
}
