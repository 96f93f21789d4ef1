/**
 * Documents that continue another: an issued quote becomes an order confirmation or an invoice,
 * an issued order confirmation an invoice, and an issued invoice gets a credit note. The new
 * document is a draft with the lines copied and `source_id` pointing back; the source never
 * changes. A quote or order converts once (again only after that follow-up draft was discarded).
 */
import type { SalesDocument, SalesLineInput } from '../../../src-shared/contract/salesdocs';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { invoiceRateIds } from './credit-limits';
import { documentLines, documentRow, getDocument, type DocumentRow } from './read';
import { auditView, insertDraft, type DraftFields } from './write';

const NEXT: Record<string, readonly string[]> = { quote: ['order', 'invoice'], order: ['invoice'] };

function copiedLines(ctx: Ctx, id: number): SalesLineInput[] {
  return documentLines(ctx, id).map((l) => ({
    productId: l.productId, description: l.description, quantity: l.quantity, unit: l.unit, unitPriceCents: l.unitPriceCents,
    discountBasisPoints: l.discountBasisPoints, vatRateId: l.vatRateId,
  }));
}

function copiedFields(ctx: Ctx, source: DocumentRow): DraftFields {
  return {
    customerId: source.customer_id, reference: source.reference, deliveryFrom: source.delivery_from, deliveryTo: source.delivery_to,
    validUntil: null, paymentTermsDays: source.payment_terms_days, intro: '', note: '', lines: copiedLines(ctx, source.id),
  };
}

export function convertDocument(ctx: Ctx, id: number, to: 'order' | 'invoice'): SalesDocument {
  const source = documentRow(ctx, id);
  if (!(NEXT[source.kind] ?? []).includes(to)) {
    throw new AppError('VALIDATION', `A ${source.kind} cannot become a ${to}.`, { details: { reason: 'salesConvertNotAllowed', from: source.kind, to } });
  }
  if (source.status !== 'issued') {
    throw new AppError('CONFLICT', 'Only an issued document can be converted.', { details: { reason: 'salesConvertNeedsIssued' } });
  }
  const existing = ctx.db.prepare("SELECT number, id FROM sales_documents WHERE source_id = ? AND kind IN ('order', 'invoice') AND status <> 'discarded'")
    .get(id) as { number: string | null; id: number } | undefined;
  if (existing) {
    throw new AppError('CONFLICT', `Document ${source.number} was converted already.`, {
      details: { reason: 'salesAlreadyConverted', number: source.number ?? '', followUpId: existing.id },
    });
  }
  const newId = insertDraft(ctx, to, id, copiedFields(ctx, source), invoiceRateIds(ctx, id));
  const created = getDocument(ctx, newId);
  ctx.audit('salesdocs.convert', `salesDocument:${newId}`, { sourceId: id, sourceNumber: source.number }, auditView(created));
  return created;
}

/** A draft credit note with all the invoice's lines (a full correction); edit it down for a partial one. */
export function draftCreditNote(ctx: Ctx, invoiceId: number): SalesDocument {
  const invoice = documentRow(ctx, invoiceId);
  if (invoice.kind !== 'invoice' || invoice.status !== 'issued') {
    throw new AppError('CONFLICT', 'Only an issued invoice can be corrected by a credit note.', { details: { reason: 'salesCreditNeedsIssuedInvoice' } });
  }
  const fields = { ...copiedFields(ctx, invoice), paymentTermsDays: 0 };
  const newId = insertDraft(ctx, 'creditNote', invoiceId, fields, invoiceRateIds(ctx, invoiceId));
  const created = getDocument(ctx, newId);
  ctx.audit('salesdocs.credit', `salesDocument:${newId}`, { invoiceId, invoiceNumber: invoice.number }, auditView(created));
  return created;
}
