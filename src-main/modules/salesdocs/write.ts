/**
 * Drafts: creating, changing and discarding them. A draft has no number and may change freely;
 * everything is checked (customer, products, VAT rates, amounts, a credit note's limits) before
 * anything is written, and every change is audited.
 */
import type { SalesDocument, SalesDocumentKind, SalesLineInput } from '../../../src-shared/contract/salesdocs';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { getCompany } from '../settings/service';
import { assertCreditWithinInvoice, invoiceRateIds } from './credit-limits';
import { documentCustomer } from './customer-link';
import { resolveLines, writeLines } from './lines';
import { documentRates, documentRow, getDocument, type DocumentRow } from './read';

export interface DraftFields {
  customerId: number;
  reference: string;
  deliveryFrom: string | null;
  deliveryTo: string | null;
  validUntil: string | null;
  paymentTermsDays: number | null;
  intro: string;
  note: string;
  lines: SalesLineInput[];
}

/** What the audit keeps of a document: header and lines, without derived figures. */
export function auditView(d: SalesDocument) {
  return {
    kind: d.kind, status: d.status, number: d.number, customerId: d.customerId, buyer: d.buyer, sourceId: d.sourceId, reference: d.reference,
    deliveryFrom: d.deliveryFrom, deliveryTo: d.deliveryTo, validUntil: d.validUntil, paymentTermsDays: d.paymentTermsDays,
    grossCents: d.grossCents, lines: d.lines.map((l) => [l.productId, l.description, l.quantity, l.unit, l.unitPriceCents, l.discountBasisPoints, l.vatRateId]),
  };
}

export function requireDraft(row: DocumentRow): void {
  if (row.status !== 'draft') {
    throw new AppError('CONFLICT', `Sales document ${row.number ?? row.id} is ${row.status}; it cannot change any more.`, {
      details: { reason: row.status === 'issued' ? 'salesDocumentIssued' : 'salesDocumentDiscarded', number: row.number ?? '' },
    });
  }
}

/** The header columns a draft save writes (the buyer is copied from the customer each time). */
function headerValues(ctx: Ctx, kind: SalesDocumentKind, fields: DraftFields) {
  const customer = documentCustomer(ctx, fields.customerId, getCompany(ctx).countryCode, { correction: kind === 'creditNote' });
  const b = customer.buyer;
  return {
    customerId: fields.customerId, buyerName: b.name, buyerStreet: b.street, buyerPostalCode: b.postalCode, buyerCity: b.city,
    buyerCountryCode: b.countryCode, buyerVatId: b.vatId, reference: fields.reference, deliveryFrom: fields.deliveryFrom, deliveryTo: fields.deliveryTo,
    validUntil: kind === 'quote' ? fields.validUntil : null, paymentTermsDays: fields.paymentTermsDays ?? customer.paymentTermsDays,
    intro: fields.intro, note: fields.note,
  };
}

/** Inserts a new draft; `sourceId` links it to the document it continues. Lines are checked first. */
export function insertDraft(ctx: Ctx, kind: SalesDocumentKind, sourceId: number | null, fields: DraftFields, retiredRatesAllowed = new Set<number>()): number {
  const header = headerValues(ctx, kind, fields);
  const { lines, totals } = resolveLines(ctx, fields.lines, retiredRatesAllowed);
  const now = ctx.now();
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO sales_documents (kind, status, customer_id, source_id, buyer_name, buyer_street, buyer_postal_code, buyer_city, buyer_country_code,
       buyer_vat_id, reference, delivery_from, delivery_to, valid_until, payment_terms_days, intro, note, net_cents, vat_cents, gross_cents,
       created_at, created_by, updated_at)
     VALUES (@kind, 'draft', @customerId, @sourceId, @buyerName, @buyerStreet, @buyerPostalCode, @buyerCity, @buyerCountryCode, @buyerVatId,
       @reference, @deliveryFrom, @deliveryTo, @validUntil, @paymentTermsDays, @intro, @note, @net, @vat, @gross, @now, @staffId, @now)`,
  ).run({ ...header, kind, sourceId, net: totals.netCents, vat: totals.vatCents, gross: totals.grossCents, now, staffId: ctx.session?.staffId ?? null });
  const id = Number(lastInsertRowid);
  writeLines(ctx, id, lines, totals);
  return id;
}

export function createDraft(ctx: Ctx, kind: 'quote' | 'order' | 'invoice', fields: DraftFields): SalesDocument {
  const id = insertDraft(ctx, kind, null, fields);
  const created = getDocument(ctx, id);
  ctx.audit('salesdocs.create', `salesDocument:${id}`, undefined, auditView(created));
  return created;
}

export function updateDraft(ctx: Ctx, id: number, fields: DraftFields): SalesDocument {
  const row = documentRow(ctx, id);
  requireDraft(row);
  // Rates the draft carries already (copied from its source) stay usable even if retired since.
  const retiredAllowed = new Set(documentRates(ctx, id).map((r) => r.vatRateId));
  if (row.kind === 'creditNote') {
    // A correction belongs to the invoice's customer and may only take back what was charged.
    if (fields.customerId !== row.customer_id) {
      throw new AppError('VALIDATION', 'A credit note stays with the customer of its invoice.', { details: { reason: 'salesCreditCustomerFixed' } });
    }
    for (const rateId of invoiceRateIds(ctx, row.source_id!)) retiredAllowed.add(rateId);
  }
  const before = getDocument(ctx, id);
  const header = headerValues(ctx, row.kind, fields);
  const { lines, totals } = resolveLines(ctx, fields.lines, retiredAllowed);
  if (row.kind === 'creditNote') assertCreditWithinInvoice(ctx, row.source_id!, totals, id);
  ctx.db.prepare(
    `UPDATE sales_documents SET customer_id = @customerId, buyer_name = @buyerName, buyer_street = @buyerStreet, buyer_postal_code = @buyerPostalCode,
       buyer_city = @buyerCity, buyer_country_code = @buyerCountryCode, buyer_vat_id = @buyerVatId, reference = @reference,
       delivery_from = @deliveryFrom, delivery_to = @deliveryTo, valid_until = @validUntil, payment_terms_days = @paymentTermsDays,
       intro = @intro, note = @note, net_cents = @net, vat_cents = @vat, gross_cents = @gross, updated_at = @now WHERE id = @id`,
  ).run({ ...header, net: totals.netCents, vat: totals.vatCents, gross: totals.grossCents, now: ctx.now(), id });
  writeLines(ctx, id, lines, totals);
  const after = getDocument(ctx, id);
  ctx.audit('salesdocs.update', `salesDocument:${id}`, auditView(before), auditView(after));
  return after;
}

/** A draft is set aside, never deleted; it had no number, so no series gets a gap. */
export function discardDraft(ctx: Ctx, id: number): SalesDocument {
  const row = documentRow(ctx, id);
  requireDraft(row);
  ctx.db.prepare("UPDATE sales_documents SET status = 'discarded', updated_at = ? WHERE id = ?").run(ctx.now(), id);
  const after = getDocument(ctx, id);
  ctx.audit('salesdocs.discard', `salesDocument:${id}`, { status: 'draft' }, { status: 'discarded' });
  return after;
}
