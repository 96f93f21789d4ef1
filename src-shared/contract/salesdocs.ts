/**
 * Sales documents for (business) customers: quotes (Angebot), order confirmations
 * (Auftragsbestätigung), invoices (Rechnung) and credit notes (Rechnungskorrektur).
 *
 * - A document is a DRAFT first: freely edited, no number. ISSUING it fixes it for good (database
 *   triggers refuse any later change), takes the next number of its kind's gap-free series and
 *   the buyer's name, address and VAT ID as they are that day. A discarded draft is kept as
 *   'discarded' and never had a number, so the series has no gaps. The document (invoice) date
 *   is the day it is issued; the delivery or performance date is a field of its own (a day or a
 *   period; when left empty, the invoice date).
 * - Numbers: prefix, year of the document date, four-digit counter restarting each year, one
 *   series per kind and year: AN-2026-0001 (quote), AB-2026-0001 (order), RE-2026-0001 (invoice),
 *   RK-2026-0001 (credit note). Unique and consecutive within each series, as §14 Abs. 4 Nr. 4
 *   UStG asks.
 * - A quote converts to an order or an invoice, an order to an invoice: a new draft with the lines
 *   copied and a link back (`sourceId`). A document converts at most once (unless that follow-up
 *   draft is discarded).
 * - An issued invoice is never changed: a credit note that references it corrects it, fully (all
 *   lines copied) or partly (the draft's lines edited down); the credited net per VAT rate may
 *   never exceed what the invoice charged at that rate.
 * - Issuing an invoice posts it (dated the invoice date): receivables gross to the debit, each VAT
 *   rate's net to its revenue account and its VAT to its VAT account on the credit. A credit note
 *   posts the mirror. Payments (bank or cash; partial allowed, more than is open refused) post
 *   bank/cash against receivables. A credit note larger than what is still open on its invoice
 *   (the customer paid already) pays the difference back when it is issued (`refundMethod`), so
 *   an invoice is never "overpaid" and a customer's account never goes below zero.
 * - Every receivables posting here also books a row on the customer's account (the customers
 *   module's sub-ledger), so a customer's balance covers invoices and counter sales alike.
 * Quantities are integer thousandths (1 piece = 1000), money integer cents, prices net.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { id, optionalText, requiredText } from './fields';
import { day, positiveCents } from './ledger';

export const SALES_DOCUMENT_KINDS = ['quote', 'order', 'invoice', 'creditNote'] as const;
export type SalesDocumentKind = (typeof SALES_DOCUMENT_KINDS)[number];

/** The prefix of each kind's numbers (the same in every language: a number never changes). */
export const SALES_NUMBER_PREFIX: Record<SalesDocumentKind, string> = { quote: 'AN', order: 'AB', invoice: 'RE', creditNote: 'RK' };

export const SALES_DOCUMENT_STATUSES = ['draft', 'issued', 'discarded'] as const;
export type SalesDocumentStatus = (typeof SALES_DOCUMENT_STATUSES)[number];

/** The units a line may be in; products bring theirs ('piece' or 'kg'). */
export const SALES_UNITS = ['piece', 'kg', 'hour', 'day', 'flat'] as const;
export type SalesUnit = (typeof SALES_UNITS)[number];

export const SALES_PAYMENT_METHODS = ['bank', 'cash'] as const;
export type SalesPaymentMethod = (typeof SALES_PAYMENT_METHODS)[number];

/**
 * Where an issued invoice stands: 'open' (nothing paid yet), 'partlyPaid', 'settled' (nothing
 * open: paid and/or credited).
 */
export const SALES_LIST_STATUSES = ['draft', 'issued', 'discarded', 'open', 'overdue', 'settled', 'all'] as const;
export type SalesListStatus = (typeof SALES_LIST_STATUSES)[number];

export type SalesPaymentStatus = 'open' | 'partlyPaid' | 'settled';

export interface SalesBuyer {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  vatId: string;
}

export interface SalesDocumentLine {
  position: number;
  /** The catalogue product, or null for a free-text line (a service, a flat fee). */
  productId: number | null;
  /** The product's article number at the time, '' for free-text lines. */
  sku: string;
  description: string;
  /** Thousandths: 1 piece = 1000, 1.5 h = 1500. */
  quantity: number;
  unit: SalesUnit;
  unitPriceCents: number;
  discountBasisPoints: number;
  vatRateId: number;
  rateBasisPoints: number;
  netCents: number;
}

export interface SalesRateTotal {
  vatRateId: number;
  rateBasisPoints: number;
  netCents: number;
  vatCents: number;
}

export interface SalesPayment {
  id: number;
  paidOn: string;
  /** Positive: received from the customer; negative: paid back with a credit note (refund). */
  amountCents: number;
  method: SalesPaymentMethod;
  note: string;
  journalEntryId: number;
}

export interface SalesDocumentSummary {
  id: number;
  kind: SalesDocumentKind;
  status: SalesDocumentStatus;
  /** 'RE-2026-0001'; null while a draft. */
  number: string | null;
  customerId: number;
  buyerName: string;
  /** The document date (invoice date): the day it was issued; null while a draft. */
  documentDate: string | null;
  /** Invoices: the day payment is due (document date + payment terms); null otherwise. */
  dueOn: string | null;
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** Issued invoices: received minus refunded. 0 for other documents. */
  paidCents: number;
  /** Issued invoices: the gross of the issued credit notes that correct it. */
  creditedCents: number;
  /** Issued invoices: gross − credited − paid; never below 0. 0 for other documents. */
  openCents: number;
  paymentStatus: SalesPaymentStatus | null;
  /** An issued invoice with money open after its due day. */
  overdue: boolean;
  /** Days since the due day, when overdue; else 0. */
  daysOverdue: number;
  /** The document this one was made from (quote → order → invoice), or the invoice a credit note corrects. */
  sourceId: number | null;
  sourceNumber: string | null;
  createdAt: string;
}

export interface SalesDocumentLink {
  id: number;
  kind: SalesDocumentKind;
  status: SalesDocumentStatus;
  number: string | null;
  grossCents: number;
}

export interface SalesDocument extends SalesDocumentSummary {
  /** The buyer as printed: the customer's data copied when the draft was last saved, frozen at issue. */
  buyer: SalesBuyer;
  /** The customer's reference (their order number), printed when given. */
  reference: string;
  /** Delivery or performance date (a day, or a period from … to); null: the document date. */
  deliveryFrom: string | null;
  deliveryTo: string | null;
  /** Quotes: valid until this day. */
  validUntil: string | null;
  /** Days from the invoice date to the due day. */
  paymentTermsDays: number;
  /** Text above the lines ("Wir bedanken uns für Ihren Auftrag …") and below them. */
  intro: string;
  note: string;
  lines: SalesDocumentLine[];
  rates: SalesRateTotal[];
  payments: SalesPayment[];
  /** Documents made from this one, and credit notes correcting it. */
  followUps: SalesDocumentLink[];
  journalEntryId: number | null;
  issuedAt: string | null;
  issuedByName: string | null;
}

/** Up to 1 000 000 units and 1 000 000,00 per unit; a line or document larger than cents can carry is refused with a reason. */
const lineInput = z.strictObject({
  productId: id.nullable().default(null),
  description: requiredText(300),
  quantity: z.int().min(1).max(1_000_000_000),
  unit: z.enum(SALES_UNITS),
  unitPriceCents: z.int().min(0).max(100_000_000),
  discountBasisPoints: z.int().min(0).max(10_000).default(0),
  vatRateId: id,
});
export type SalesLineInput = z.output<typeof lineInput>;

const documentFields = {
  customerId: id,
  reference: optionalText(60).default(''),
  deliveryFrom: day.nullable().default(null),
  deliveryTo: day.nullable().default(null),
  validUntil: day.nullable().default(null),
  /** null: the customer's payment terms. */
  paymentTermsDays: z.int().min(0).max(365).nullable().default(null),
  intro: optionalText(1000).default(''),
  note: optionalText(1000).default(''),
  lines: z.array(lineInput).min(1).max(200),
};

/** A delivery period's end needs its start, on or before it. */
const periodInOrder = (d: { deliveryFrom: string | null; deliveryTo: string | null }) =>
  d.deliveryTo === null || (d.deliveryFrom !== null && d.deliveryFrom <= d.deliveryTo);
const periodMessage = { message: 'a delivery period needs a start on or before its end', path: ['deliveryTo'] };

export const salesdocsContract = {
  'salesdocs.list': channel<{ documents: SalesDocumentSummary[]; total: number; openCents: number }>()({
    input: z.strictObject({
      kind: z.enum([...SALES_DOCUMENT_KINDS, 'all']).default('all'),
      /** 'open', 'overdue' and 'settled' look at issued invoices only. */
      status: z.enum(SALES_LIST_STATUSES).default('all'),
      customerId: id.nullable().default(null),
      /** Number, buyer name or reference. */
      search: optionalText(100).default(''),
      offset: z.int().min(0).max(100_000_000).default(0),
      limit: z.int().min(1).max(500).default(100),
    }),
    access: 'backoffice.access',
  }),
  'salesdocs.get': channel<SalesDocument>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),
  /** A new draft quote, order confirmation or invoice (credit notes come from 'salesdocs.credit'). */
  'salesdocs.create': channel<SalesDocument>()({
    input: z.strictObject({ kind: z.enum(['quote', 'order', 'invoice']), ...documentFields }).refine(periodInOrder, periodMessage),
    access: 'sales.manage',
    changes: ['salesDocuments'],
  }),
  /** Only a draft; its lines are replaced. */
  'salesdocs.update': channel<SalesDocument>()({
    input: z.strictObject({ id, ...documentFields }).refine(periodInOrder, periodMessage),
    access: 'sales.manage',
    changes: ['salesDocuments'],
  }),
  /** A draft is set aside (kept as 'discarded'; it never had a number). */
  'salesdocs.discard': channel<SalesDocument>()({
    input: z.strictObject({ id }),
    access: 'sales.manage',
    changes: ['salesDocuments'],
  }),
  /**
   * Fixes a draft: number, date, buyer snapshot; invoices and credit notes post to the ledger.
   * `refundMethod`: how a credit note pays back what the customer paid beyond what is left open
   * on the invoice (refused with the amount as 'salesCreditNeedsRefund' when that is needed and missing).
   */
  'salesdocs.issue': channel<SalesDocument>()({
    input: z.strictObject({ id, refundMethod: z.enum(SALES_PAYMENT_METHODS).nullable().default(null) }),
    access: 'sales.manage',
    changes: ['salesDocuments', 'ledger', 'customers'],
  }),
  /** An issued quote → order or invoice, an issued order → invoice: a new draft with the lines copied. */
  'salesdocs.convert': channel<SalesDocument>()({
    input: z.strictObject({ id, to: z.enum(['order', 'invoice']) }),
    access: 'sales.manage',
    changes: ['salesDocuments'],
  }),
  /** A draft credit note for an issued invoice with all its lines; edit it down for a partial credit. */
  'salesdocs.credit': channel<SalesDocument>()({
    input: z.strictObject({ invoiceId: id }),
    access: 'sales.manage',
    changes: ['salesDocuments'],
  }),
  /** Money received for an issued invoice: at most what is open. Posted on `paidOn` (today when left out). */
  'salesdocs.payments.record': channel<SalesDocument>()({
    input: z.strictObject({
      invoiceId: id,
      amountCents: positiveCents,
      method: z.enum(SALES_PAYMENT_METHODS),
      paidOn: day.nullable().default(null),
      note: optionalText(200).default(''),
    }),
    access: 'sales.manage',
    changes: ['salesDocuments', 'ledger', 'customers'],
  }),
  /**
   * The document as an A4 PDF in the shop's language (drafts are marked as drafts). A task because
   * the PDF is drawn asynchronously; the data is read in one transaction first.
   */
  'salesdocs.pdf': channel<{ fileName: string; base64: string }>()({
    input: z.strictObject({ id }),
    access: 'backoffice.access',
    task: true,
  }),
};

/** Formats a document number: prefix, year, four-digit counter (more digits past 9999). */
export function formatSalesNumber(kind: SalesDocumentKind, year: number, counter: number): string {
  return `${SALES_NUMBER_PREFIX[kind]}-${year}-${String(counter).padStart(4, '0')}`;
}
