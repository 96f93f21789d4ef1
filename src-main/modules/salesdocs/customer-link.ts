/**
 * What sales documents need from the customers module, in one place: the buyer as the document
 * prints it, and the customer account (the receivables sub-ledger) that invoices, credit notes
 * and their payments feed — the same account the counter's sales on account feed, so a
 * customer's open balance is one sum.
 */
import type { SalesBuyer } from '../../../src-shared/contract/salesdocs';
import type { Ctx } from '../../core/context';
import { bookOnAccount, type AccountBooking } from '../customers/account';
import { requireCustomer } from '../customers/records';

export interface DocumentCustomer {
  buyer: SalesBuyer;
  paymentTermsDays: number;
  business: boolean;
}

/**
 * The customer as a document's buyer. Refuses unknown customers, and deactivated ones for new
 * business (a credit note still corrects an old invoice of theirs); an address without a country
 * is in the shop's own country.
 */
export function documentCustomer(ctx: Ctx, customerId: number, companyCountry: string, { correction = false } = {}): DocumentCustomer {
  const row = requireCustomer(ctx, customerId, { allowInactive: correction });
  return {
    buyer: {
      name: row.name, street: row.street, postalCode: row.postal_code, city: row.city,
      countryCode: row.country_code || companyCountry, vatId: row.vat_id,
    },
    paymentTermsDays: row.payment_terms_days,
    business: row.kind === 'business',
  };
}

/**
 * A receivables posting of an invoice (+), a credit note (−) or a payment (− received, + refunded)
 * on the customer's account, with the same amount as the entry's receivables line.
 */
export function recordOnCustomerAccount(ctx: Ctx, booking: AccountBooking): void {
  bookOnAccount(ctx, booking);
}

/**
 * How a customer statement can name the account rows written here (for REFERENCES in
 * customers/history.ts): the document number, and for a payment the invoice's number and note.
 */
export const SALES_ACCOUNT_REFERENCES: Record<string, (ctx: Ctx, sourceId: number) => string> = {
  'salesdocs.invoice': (ctx, id) => documentNumber(ctx, id),
  'salesdocs.creditNote': (ctx, id) => documentNumber(ctx, id),
  'salesdocs.payment': (ctx, id) => {
    const row = ctx.db.prepare('SELECT d.number, p.note FROM sales_payments p JOIN sales_documents d ON d.id = p.invoice_id WHERE p.id = ?')
      .get(id) as { number: string | null; note: string } | undefined;
    return row ? [row.number ?? '', row.note].filter(Boolean).join(' · ') : '';
  },
};

function documentNumber(ctx: Ctx, id: number): string {
  return (ctx.db.prepare('SELECT number FROM sales_documents WHERE id = ?').pluck().get(id) as string | null | undefined) ?? '';
}
