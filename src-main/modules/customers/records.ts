/**
 * The customer register: create, change, deactivate (never delete), read one. Numbers come from
 * the gap-free series 'customer' in the creating transaction. Every write is audited.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { Customer, CustomerKind, CustomerSummary } from '../../../src-shared/contract/customers';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { today } from '../ledger/service';

export interface CustomerRow {
  id: number; number: number; kind: CustomerKind; name: string; contact_person: string; phone: string; phone_digits: string; email: string;
  vat_id: string; street: string; postal_code: string; city: string; country_code: string; payment_terms_days: number; on_account: number;
  credit_limit_cents: number | null; note: string; active: number; created_at: string; updated_at: string;
}

type Fields = ParsedInput<'customers.create'>;

const invalid = (reason: string, field: string, message: string) => new AppError('VALIDATION', message, { details: { reason, field } });

/** The phone's digits: what search and the duplicate hint compare ("+49 (30) 123-45" → "493012345"). */
export const phoneDigits = (phone: string) => phone.replace(/\D/g, '');

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Loose on purpose: a country prefix and 2 to 13 letters or digits (the formats differ by country). */
const VAT_ID = /^[A-Z]{2}[A-Z0-9]{2,13}$/;

/** Checks and tidies the fields; throws a VALIDATION error naming the field and the reason. */
function checkedFields(input: Fields): Fields {
  const vatId = input.vatId.replace(/[\s.-]/g, '').toUpperCase();
  if (input.email && !EMAIL.test(input.email)) throw invalid('emailInvalid', 'email', `"${input.email}" is not an e-mail address.`);
  if (input.phone && (/[^0-9+()/.\s-]/.test(input.phone) || phoneDigits(input.phone).length < 3)) {
    throw invalid('phoneInvalid', 'phone', `"${input.phone}" is not a phone number.`);
  }
  if (vatId && !VAT_ID.test(vatId)) throw invalid('vatIdInvalid', 'vatId', `"${input.vatId}" is not a VAT ID (two letters, then 2 to 13 letters or digits).`);
  return { ...input, vatId };
}

/** Terms of credit are the back office's decision: the counter may create customers, not give them credit. */
function requireCreditPermission(ctx: Ctx, input: Fields): void {
  const givesCredit = input.onAccount || input.creditLimitCents !== null || input.paymentTermsDays !== 0;
  if (givesCredit && !requireSession(ctx).permissions.has('sales.manage')) {
    throw new AppError('FORBIDDEN', 'Only the back office (sales.manage) may allow sales on account.', { details: { reason: 'onAccountNeedsManager' } });
  }
}

export function customerRow(ctx: Ctx, id: number): CustomerRow {
  const row = ctx.db.prepare('SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'There is no such customer.', { details: { reason: 'customerNotFound' } });
  return row;
}

export function balanceOf(ctx: Ctx, customerId: number): number {
  return ctx.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM customer_ledger WHERE customer_id = ?').pluck().get(customerId) as number;
}

/**
 * The overdue part of the balance. Credits (payments, returns) settle the oldest debts first, so
 * what is overdue is what fell due before today minus every credit, within the balance.
 */
function overdueOf(ctx: Ctx, customerId: number, balance: number): number {
  const { due, credits } = ctx.db.prepare(
    `SELECT coalesce(sum(CASE WHEN amount_cents > 0 AND due_on < @today THEN amount_cents END), 0) AS due,
            coalesce(-sum(CASE WHEN amount_cents < 0 THEN amount_cents END), 0) AS credits
     FROM customer_ledger WHERE customer_id = @id`,
  ).get({ id: customerId, today: today(ctx) }) as { due: number; credits: number };
  return Math.max(0, Math.min(balance, due - credits));
}

export function toSummary(row: CustomerRow, balanceCents: number): CustomerSummary {
  return {
    id: row.id, number: row.number, kind: row.kind, name: row.name, contactPerson: row.contact_person, phone: row.phone, email: row.email,
    city: row.city, active: row.active === 1, onAccount: row.on_account === 1, balanceCents,
  };
}

export function getCustomer(ctx: Ctx, id: number): Customer {
  const row = customerRow(ctx, id);
  const balance = balanceOf(ctx, id);
  return {
    ...toSummary(row, balance),
    vatId: row.vat_id, street: row.street, postalCode: row.postal_code, countryCode: row.country_code, paymentTermsDays: row.payment_terms_days,
    creditLimitCents: row.credit_limit_cents, note: row.note, createdAt: row.created_at, updatedAt: row.updated_at,
    overdueCents: overdueOf(ctx, id, balance),
  };
}

const COLUMNS = `kind, name, contact_person, phone, phone_digits, email, vat_id, street, postal_code, city, country_code,
  payment_terms_days, on_account, credit_limit_cents, note`;

function values(f: Fields) {
  return [f.kind, f.name, f.contactPerson, f.phone, phoneDigits(f.phone), f.email, f.vatId, f.street, f.postalCode, f.city, f.countryCode,
    f.paymentTermsDays, f.onAccount ? 1 : 0, f.creditLimitCents, f.note];
}

export function createCustomer(ctx: Ctx, input: Fields): Customer {
  const fields = checkedFields(input);
  requireCreditPermission(ctx, fields);
  const number = takeNumber(ctx.db, 'customer');
  const now = ctx.now();
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO customers (number, ${COLUMNS}, active, created_at, updated_at) VALUES (?, ${values(fields).map(() => '?').join(', ')}, 1, ?, ?)`,
  ).run(number, ...values(fields), now, now);
  const created = getCustomer(ctx, Number(lastInsertRowid));
  ctx.audit('customers.create', `customer:${created.id}`, undefined, fields);
  return created;
}

export function updateCustomer(ctx: Ctx, input: ParsedInput<'customers.update'>): Customer {
  const { id, ...rest } = input;
  const before = getCustomer(ctx, id);
  const fields = checkedFields(rest);
  ctx.db.prepare(
    `UPDATE customers SET kind = ?, name = ?, contact_person = ?, phone = ?, phone_digits = ?, email = ?, vat_id = ?, street = ?, postal_code = ?,
       city = ?, country_code = ?, payment_terms_days = ?, on_account = ?, credit_limit_cents = ?, note = ?, updated_at = ? WHERE id = ?`,
  ).run(...values(fields), ctx.now(), id);
  const after = getCustomer(ctx, id);
  ctx.audit('customers.update', `customer:${id}`, before, fields);
  return after;
}

export function setCustomerActive(ctx: Ctx, id: number, active: boolean): Customer {
  const before = customerRow(ctx, id);
  if ((before.active === 1) === active) return getCustomer(ctx, id);
  ctx.db.prepare('UPDATE customers SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, ctx.now(), id);
  ctx.audit(active ? 'customers.reactivate' : 'customers.deactivate', `customer:${id}`, { active: before.active === 1 }, { active });
  return getCustomer(ctx, id);
}

/**
 * For other modules (feedback, sales documents, orders): the customer by id, refused when it
 * does not exist. Inactive customers are refused for new business unless `allowInactive`.
 */
export function requireCustomer(ctx: Ctx, id: number, { allowInactive = false } = {}): CustomerRow {
  const row = customerRow(ctx, id);
  if (!allowInactive && row.active !== 1) {
    throw new AppError('CONFLICT', `Customer ${row.number} is deactivated.`, { details: { reason: 'customerInactive', number: row.number } });
  }
  return row;
}
