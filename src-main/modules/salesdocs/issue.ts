/**
 * Issuing a draft: from now on the document never changes (the triggers see to it).
 *
 * In one transaction: the checks §14 UStG makes necessary for invoices and credit notes (the
 * seller's full address and tax number or VAT ID, the buyer's full address), a credit note's
 * limits, the next number of the kind's series for the year ('salesdocs.invoice.2026' →
 * RE-2026-0001; taken here, so a refused issue leaves no gap), the document date (today), the due
 * day (invoices: date + payment terms), the buyer copied from the customer as they are today, and
 * for invoices and credit notes the journal entry and the customer-account row.
 *
 * Invoice entry (dated the invoice date): receivables + gross; per VAT rate revenue − net and
 * VAT − tax. A credit note posts exactly the mirror; where it takes back more than is still open
 * on its invoice (the customer paid already), the difference is paid back at once by the chosen
 * `refundMethod` — so an invoice never shows more paid than owed and the customer's account never
 * drops below zero.
 */
import { formatSalesNumber, type SalesDocument, type SalesPaymentMethod } from '../../../src-shared/contract/salesdocs';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { postingText } from '../ledger/posting-texts';
import { post, today, vatAccounts, type PostingLine } from '../ledger/service';
import { getCompany } from '../settings/service';
import { assertCreditWithinInvoice } from './credit-limits';
import { documentCustomer, recordOnCustomerAccount } from './customer-link';
import { writePayment } from './payments';
import { documentRates, documentRow, documentSummary, getDocument, type DocumentRow } from './read';
import { auditView, requireDraft } from './write';

export const INVOICE_SOURCE = 'salesdocs.invoice';
export const CREDIT_NOTE_SOURCE = 'salesdocs.creditNote';

/** A calendar day plus some days (YYYY-MM-DD, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const missing = (reason: string, message: string) => new AppError('VALIDATION', message, { details: { reason } });

/** What §14 Abs. 4 UStG asks of the parties before an invoice (or its correction) may go out. */
function assertInvoiceParties(ctx: Ctx, buyer: { name: string; street: string; postalCode: string; city: string }): void {
  const company = getCompany(ctx);
  if (!company.name || !company.street || !company.postalCode || !company.city) {
    throw missing('salesSellerAddressMissing', "The shop's name and full address are needed on an invoice (settings → company).");
  }
  if (!company.vatId && !company.taxNumber) {
    throw missing('salesSellerTaxIdMissing', "The shop's tax number or VAT ID is needed on an invoice (settings → company).");
  }
  if (!buyer.street || !buyer.postalCode || !buyer.city) {
    throw missing('salesBuyerAddressMissing', "The customer's full address (street, postal code, city) is needed on an invoice.");
  }
}

/** The entry of an invoice (sign +1) or a credit note (sign −1). */
function journalLines(ctx: Ctx, row: DocumentRow, sign: 1 | -1): PostingLine[] {
  const lines: PostingLine[] = [{ account: 'receivables', amountCents: sign * row.gross_cents }];
  for (const rate of documentRates(ctx, row.id)) {
    const accounts = vatAccounts(ctx, rate.rateBasisPoints);
    lines.push({ account: accounts.revenue, amountCents: -sign * rate.netCents, vatRateId: rate.vatRateId });
    if (rate.vatCents !== 0 && accounts.vat !== null) lines.push({ account: accounts.vat, amountCents: -sign * rate.vatCents, vatRateId: rate.vatRateId });
  }
  return lines;
}

/** What a credit note must pay back: the part of it beyond what is open on its invoice. */
function refundNeeded(ctx: Ctx, row: DocumentRow, refundMethod: SalesPaymentMethod | null): { cents: number; method: SalesPaymentMethod } | null {
  const open = documentSummary(ctx, row.source_id!).openCents;
  const cents = row.gross_cents - Math.max(0, open);
  if (cents <= 0) return null;
  if (refundMethod === null) {
    throw new AppError('VALIDATION', `The customer paid already: ${cents} cents must be paid back; choose bank or cash.`, {
      details: { reason: 'salesCreditNeedsRefund', refundCents: cents },
    });
  }
  return { cents, method: refundMethod };
}

export function issueDocument(ctx: Ctx, id: number, refundMethod: SalesPaymentMethod | null = null): SalesDocument {
  const row = documentRow(ctx, id);
  requireDraft(row);
  const posted = row.kind === 'invoice' || row.kind === 'creditNote';
  const company = getCompany(ctx);
  const { buyer } = documentCustomer(ctx, row.customer_id, company.countryCode, { correction: row.kind === 'creditNote' });
  if (posted) {
    assertInvoiceParties(ctx, buyer);
    if (row.gross_cents === 0) throw missing('salesDocumentZero', 'An invoice or credit note of nothing cannot be issued.');
  }
  if (row.kind === 'creditNote') {
    const rates = documentRates(ctx, id);
    assertCreditWithinInvoice(ctx, row.source_id!, { rates, netCents: row.net_cents, vatCents: row.vat_cents, grossCents: row.gross_cents }, id);
  }
  const refund = row.kind === 'creditNote' ? refundNeeded(ctx, row, refundMethod) : null;

  const day = today(ctx);
  const year = Number(day.slice(0, 4));
  const number = formatSalesNumber(row.kind, year, takeNumber(ctx.db, `salesdocs.${row.kind}.${year}`));
  const dueOn = row.kind === 'invoice' ? addDays(day, row.payment_terms_days) : null;
  let entryId: number | null = null;
  if (posted) {
    const invoiceNumber = row.kind === 'creditNote' ? documentRow(ctx, row.source_id!).number ?? '' : number;
    const text = row.kind === 'invoice'
      ? postingText(ctx, 'salesInvoice', { number, customer: buyer.name })
      : postingText(ctx, 'salesCreditNote', { number, invoice: invoiceNumber, customer: buyer.name });
    entryId = post(ctx, {
      text, sourceType: row.kind === 'invoice' ? INVOICE_SOURCE : CREDIT_NOTE_SOURCE, sourceId: id, bookedOn: day,
      lines: journalLines(ctx, row, row.kind === 'invoice' ? 1 : -1),
    });
  }
  const before = getDocument(ctx, id);
  ctx.db.prepare(
    `UPDATE sales_documents SET status = 'issued', number = @number, document_date = @day, due_on = @dueOn, journal_entry_id = @entryId,
       buyer_name = @name, buyer_street = @street, buyer_postal_code = @postalCode, buyer_city = @city, buyer_country_code = @countryCode,
       buyer_vat_id = @vatId, issued_at = @now, issued_by = @staffId, updated_at = @now WHERE id = @id`,
  ).run({ ...buyer, number, day, dueOn, entryId, now: ctx.now(), staffId: ctx.session?.staffId ?? null, id });
  // The refund first: on the customer's account it must come before the credit it makes room for.
  if (refund) writePayment(ctx, { invoiceId: row.source_id!, amountCents: -refund.cents, method: refund.method, paidOn: day, note: number });
  if (entryId !== null) {
    recordOnCustomerAccount(ctx, {
      customerId: row.customer_id, sourceType: row.kind === 'invoice' ? INVOICE_SOURCE : CREDIT_NOTE_SOURCE, sourceId: id,
      amountCents: row.kind === 'invoice' ? row.gross_cents : -row.gross_cents, bookedOn: day, dueOn, journalEntryId: entryId,
    });
  }
  const issued = getDocument(ctx, id);
  ctx.audit('salesdocs.issue', `salesDocument:${id}`, auditView(before), auditView(issued));
  return issued;
}
