/**
 * The customer history's sources in other modules' records: issued sales documents, customer
 * orders and service jobs, and feedback. Each answers at most `limit` items, newest first; the
 * history merges them with the receipts and payments (history.ts).
 */
import type { CustomerHistoryItem } from '../../../src-shared/contract/customers';
import type { WorkOrderStatus } from '../../../src-shared/contract/production.types';
import type { Ctx } from '../../core/context';
import { customerFeedback } from '../feedback/lookups';
import { documentSummary } from '../salesdocs/read';

export type HistorySource = (ctx: Ctx, customerId: number, limit: number) => CustomerHistoryItem[];

/**
 * Issued quotes, order confirmations, invoices and credit notes. Drafts are work in progress and
 * discarded ones never existed for the customer, so both are left out. What is open on an invoice
 * is derived by the sales documents module (documentSummary), never recomputed here.
 */
export const salesDocuments: HistorySource = (ctx, customerId, limit) =>
  (ctx.db.prepare(
    `SELECT id, issued_at FROM sales_documents WHERE customer_id = ? AND status = 'issued' ORDER BY issued_at DESC, id DESC LIMIT ?`,
  ).all(customerId, limit) as { id: number; issued_at: string }[])
    .map((row) => {
      const d = documentSummary(ctx, row.id);
      const invoice = d.kind === 'invoice';
      return {
        kind: 'salesDocument', id: d.id, at: row.issued_at, documentKind: d.kind, number: d.number ?? '', documentDate: d.documentDate ?? '',
        grossCents: d.grossCents, openCents: invoice ? d.openCents : null, dueOn: invoice ? d.dueOn : null, overdue: d.overdue,
      };
    });

/** Customer orders and service jobs taken in for the customer (production for stock has no customer). */
export const workOrders: HistorySource = (ctx, customerId, limit) =>
  (ctx.db.prepare(
    `SELECT id, created_at, kind, number, title, status, promised_on FROM work_orders
     WHERE customer_id = ? AND kind IN ('customerOrder', 'serviceJob') ORDER BY id DESC LIMIT ?`,
  ).all(customerId, limit) as { id: number; created_at: string; kind: 'customerOrder' | 'serviceJob'; number: number; title: string; status: WorkOrderStatus; promised_on: string | null }[])
    .map((w) => ({ kind: 'workOrder', id: w.id, at: w.created_at, orderKind: w.kind, number: w.number, title: w.title, status: w.status, promisedOn: w.promised_on }));

/** Complaints, wishes, lost sales and questions recorded with the customer named. */
export const feedback: HistorySource = (ctx, customerId, limit) =>
  customerFeedback(ctx, customerId).slice(0, limit)
    .map((f) => ({
      kind: 'feedback', id: f.id, at: f.recordedAt, feedbackKind: f.kind, text: f.text, productName: f.productName, status: f.status,
    }));
