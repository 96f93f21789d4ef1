/**
 * Customers (module "customers"): the customer register (found or created at the counter in
 * seconds, kept in the back office), the customer account — a sub-ledger of the receivables
 * account fed by sales on account, their returns and voids, and customer payments — and each
 * customer's history as one list of typed items.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { id, optionalText, requiredText } from './fields';
import type { FeedbackKind, FeedbackStatus } from './feedback';
import { day, positiveCents } from './ledger';
import type { WorkOrderStatus } from './production.types';
import type { SalesDocumentKind } from './salesdocs';

export const CUSTOMER_KINDS = ['person', 'business'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];
export const CUSTOMER_PAYMENT_METHODS = ['cash', 'bank'] as const;
export type CustomerPaymentMethod = (typeof CUSTOMER_PAYMENT_METHODS)[number];
export const CUSTOMER_LIST_STATUSES = ['active', 'inactive', 'all', 'withBalance'] as const;

/** One line in a list or a search hit: enough to recognise the customer and to sell on account. */
export interface CustomerSummary {
  id: number;
  number: number;
  kind: CustomerKind;
  name: string;
  contactPerson: string;
  phone: string;
  email: string;
  city: string;
  active: boolean;
  onAccount: boolean;
  /** What the customer owes now (the sum of their account); negative would be a credit. */
  balanceCents: number;
}

export interface Customer extends CustomerSummary {
  vatId: string;
  street: string;
  postalCode: string;
  countryCode: string;
  paymentTermsDays: number;
  /** The open balance sales on account may reach; null: no limit. */
  creditLimitCents: number | null;
  note: string;
  createdAt: string;
  updatedAt: string;
  /** The part of the balance that is past its due date. */
  overdueCents: number;
}

/**
 * One item of a customer's history, newest first: receipts, account payments, issued sales
 * documents, customer orders and service jobs, feedback. The list stays open: a further kind adds
 * its source in src-main/modules/customers/history.ts, so screens must show unknown kinds plainly.
 */
export type CustomerHistoryItem =
  | {
    kind: 'receipt'; id: number; at: string; number: string; receiptKind: 'sale' | 'return' | 'void'; totalCents: number;
    /** The part paid (or, for returns and voids, credited) on account. */
    onAccountCents: number;
  }
  | { kind: 'payment'; id: number; at: string; bookedOn: string; method: CustomerPaymentMethod; amountCents: number; note: string }
  | {
    /** An issued quote, order confirmation, invoice or credit note (drafts and discarded ones are left out); `at`: when issued. */
    kind: 'salesDocument'; id: number; at: string; documentKind: SalesDocumentKind; number: string; documentDate: string; grossCents: number;
    /** Invoices: what is still open (gross − credited − paid) and when it was due; null for other documents. */
    openCents: number | null; dueOn: string | null; overdue: boolean;
  }
  | {
    /** A customer order or service job; `at`: when it was taken in. */
    kind: 'workOrder'; id: number; at: string; orderKind: 'customerOrder' | 'serviceJob'; number: number; title: string;
    status: WorkOrderStatus; promisedOn: string | null;
  }
  | {
    /** Feedback recorded for the customer; `at`: when recorded. */
    kind: 'feedback'; id: number; at: string; feedbackKind: FeedbackKind; text: string; productName: string | null; status: FeedbackStatus;
  };
export type CustomerHistoryKind = CustomerHistoryItem['kind'];

/** A line of the account statement, oldest first, with the running balance. */
export interface StatementLine {
  id: number;
  bookedOn: string;
  at: string;
  /** 'counter.sale', 'counter.return', 'counter.void', 'customers.payment' (later: invoices …). */
  sourceType: string;
  sourceId: number;
  /** The receipt number, or the payment's method and note. */
  reference: string;
  amountCents: number;
  balanceCents: number;
  dueOn: string | null;
  journalEntryId: number;
}

export interface CustomerStatement {
  customer: Customer;
  from: string;
  to: string;
  openingCents: number;
  lines: StatementLine[];
  closingCents: number;
}

/** The customer's data as entered; the number is given by the system. */
export const customerFields = z.strictObject({
  kind: z.enum(CUSTOMER_KINDS).default('person'),
  name: requiredText(120),
  contactPerson: optionalText(120).default(''),
  phone: optionalText(40).default(''),
  /** Checked by the core (reason emailInvalid), so the screen can say which field is wrong. */
  email: optionalText(200).default(''),
  /** Checked loosely by the core for business customers: two letters and 2 to 13 letters or digits. */
  vatId: optionalText(20).default(''),
  street: optionalText(120).default(''),
  postalCode: optionalText(20).default(''),
  city: optionalText(80).default(''),
  countryCode: z.union([z.string().regex(/^[A-Z]{2}$/), z.literal('')]).default(''),
  paymentTermsDays: z.int().min(0).max(365).default(0),
  onAccount: z.boolean().default(false),
  creditLimitCents: z.int().min(0).max(10_000_000_000).nullable().default(null),
  note: optionalText(500).default(''),
});
export type CustomerFields = z.input<typeof customerFields>;

const limit = z.int().min(1).max(200);

export const customersContract = {
  /** Find as you type at the counter: name, contact, number, phone, e-mail, VAT ID, postal code, city. */
  'customers.search': channel<CustomerSummary[]>()({
    input: z.strictObject({ query: requiredText(100), limit: limit.default(10), includeInactive: z.boolean().default(false) }),
    access: 'counter.sell',
  }),
  'customers.list': channel<{ rows: CustomerSummary[]; total: number }>()({
    input: z.strictObject({
      search: optionalText(100).default(''),
      status: z.enum(CUSTOMER_LIST_STATUSES).default('active'),
      offset: z.int().min(0).max(100_000_000).default(0),
      limit: limit.default(50),
    }),
    access: 'sales.manage',
  }),
  'customers.get': channel<Customer>()({ input: z.strictObject({ id }), access: 'counter.sell' }),
  /** Customers with the same phone or e-mail: a hint before saving, never a refusal. */
  'customers.duplicates': channel<CustomerSummary[]>()({
    input: z.strictObject({ phone: optionalText(40).default(''), email: optionalText(200).default(''), excludeId: id.optional() }),
    access: 'counter.sell',
  }),
  /** At the counter too; allowing sales on account or a credit limit needs sales.manage. */
  'customers.create': channel<Customer>()({ input: customerFields, access: 'counter.sell', changes: ['customers', 'audit'] }),
  'customers.update': channel<Customer>()({ input: customerFields.extend({ id }), access: 'sales.manage', changes: ['customers', 'audit'] }),
  /** Customers are never deleted: deactivated ones stay with their history and can come back. */
  'customers.setActive': channel<Customer>()({ input: z.strictObject({ id, active: z.boolean() }), access: 'sales.manage', changes: ['customers', 'audit'] }),
  'customers.history': channel<CustomerHistoryItem[]>()({
    input: z.strictObject({ id, limit: limit.default(50) }),
    access: 'counter.sell',
  }),
  'customers.statement': channel<CustomerStatement>()({
    input: z.strictObject({ id, from: day.optional(), to: day.optional() }),
    access: 'sales.manage',
  }),
  /** A payment on the account (cash into the cash book, or received in the bank): clears the receivable. */
  'customers.payment.record': channel<{ paymentId: number; journalEntryId: number; balanceCents: number }>()({
    input: z.strictObject({
      customerId: id,
      amountCents: positiveCents,
      method: z.enum(CUSTOMER_PAYMENT_METHODS),
      bookedOn: day.optional(),
      note: optionalText(200).default(''),
    }),
    access: 'sales.manage',
    changes: ['customers', 'ledger', 'audit'],
  }),
};
