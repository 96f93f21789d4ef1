/**
 * Reading sales documents. What is open on an invoice is always derived, never stored:
 * open = gross − the issued credit notes that correct it − payments (received minus refunded),
 * never below zero (a credit note refunds what would take it there); overdue = open > 0 after
 * the due day.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type {
  SalesBuyer, SalesDocument, SalesDocumentKind, SalesDocumentLine, SalesDocumentLink, SalesDocumentStatus, SalesDocumentSummary,
  SalesPayment, SalesPaymentStatus, SalesRateTotal, SalesUnit,
} from '../../../src-shared/contract/salesdocs';
import type { Ctx } from '../../core/context';
import { likeContains } from '../../db/like';
import { AppError } from '../../core/errors';
import { today } from '../ledger/service';

/** One document's stored header (snake_case as in the table). */
export interface DocumentRow {
  id: number; kind: SalesDocumentKind; status: SalesDocumentStatus; number: string | null; customer_id: number; source_id: number | null;
  buyer_name: string; buyer_street: string; buyer_postal_code: string; buyer_city: string; buyer_country_code: string; buyer_vat_id: string;
  reference: string; delivery_from: string | null; delivery_to: string | null; valid_until: string | null; payment_terms_days: number;
  intro: string; note: string; net_cents: number; vat_cents: number; gross_cents: number; document_date: string | null; due_on: string | null;
  journal_entry_id: number | null; created_at: string; created_by: number | null; updated_at: string; issued_at: string | null; issued_by: number | null;
}

export function documentRow(ctx: Pick<Ctx, 'db'>, id: number): DocumentRow {
  const row = ctx.db.prepare('SELECT * FROM sales_documents WHERE id = ?').get(id) as DocumentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no sales document ${id}.`, { details: { reason: 'salesDocumentNotFound', id } });
  return row;
}

/** The header with payments and credits summed; `openCents` and `overdue` follow in COLUMNS. */
const BASE = `
  SELECT d.id, d.kind, d.status, d.number, d.customer_id AS customerId, d.buyer_name AS buyerName, d.document_date AS documentDate,
    d.due_on AS dueOn, d.net_cents AS netCents, d.vat_cents AS vatCents, d.gross_cents AS grossCents, d.source_id AS sourceId,
    s.number AS sourceNumber, d.created_at AS createdAt, d.reference,
    (d.kind = 'invoice' AND d.status = 'issued') AS live,
    coalesce((SELECT sum(p.amount_cents) FROM sales_payments p WHERE p.invoice_id = d.id), 0) AS paidCents,
    coalesce((SELECT sum(c.gross_cents) FROM sales_documents c
      WHERE c.source_id = d.id AND c.kind = 'creditNote' AND c.status = 'issued'), 0) AS creditedCents
  FROM sales_documents d LEFT JOIN sales_documents s ON s.id = d.source_id`;
const COLUMNS = `*, CASE WHEN live THEN grossCents - creditedCents - paidCents ELSE 0 END AS openCents`;
const WITH_OVERDUE = `SELECT *, (openCents > 0 AND dueOn < @today) AS overdue,
  CASE WHEN openCents > 0 AND dueOn < @today THEN CAST(julianday(@today) - julianday(dueOn) AS INTEGER) ELSE 0 END AS daysOverdue
  FROM (SELECT ${COLUMNS} FROM (${BASE}))`;

interface SummaryRow extends Omit<SalesDocumentSummary, 'overdue' | 'paymentStatus'> { live: 0 | 1; overdue: 0 | 1; reference: string }

function paymentStatus(row: SummaryRow): SalesPaymentStatus | null {
  if (!row.live) return null;
  if (row.openCents <= 0) return 'settled';
  return row.paidCents > 0 ? 'partlyPaid' : 'open';
}

function toSummary(row: SummaryRow): SalesDocumentSummary {
  const { live: _live, reference: _reference, ...rest } = row;
  return { ...rest, overdue: row.overdue === 1, paymentStatus: paymentStatus(row) };
}

const FILTERS: Record<ParsedInput<'salesdocs.list'>['status'], string> = {
  draft: "status = 'draft'",
  issued: "status = 'issued'",
  discarded: "status = 'discarded'",
  open: 'live AND openCents > 0',
  overdue: 'overdue = 1',
  settled: 'live AND openCents <= 0',
  all: '1 = 1',
};

export function listDocuments(ctx: Ctx, q: ParsedInput<'salesdocs.list'>): { documents: SalesDocumentSummary[]; total: number; openCents: number } {
  const search = q.search === '' ? null : likeContains(q.search);
  const where = `WHERE ${FILTERS[q.status]} AND (@kind = 'all' OR kind = @kind) AND (@customer IS NULL OR customerId = @customer)
    AND (@search IS NULL OR number LIKE @search ESCAPE '\\' OR buyerName LIKE @search ESCAPE '\\' OR reference LIKE @search ESCAPE '\\')`;
  const params = { today: today(ctx), kind: q.kind, customer: q.customerId, search };
  const base = `SELECT * FROM (${WITH_OVERDUE}) ${where}`;
  const { total, open } = ctx.db.prepare(`SELECT count(*) AS total, coalesce(sum(openCents), 0) AS open FROM (${base})`).get(params) as { total: number; open: number };
  // What is still to collect: the earliest due first. Everything else: drafts, then the newest.
  const order = q.status === 'open' || q.status === 'overdue' ? 'dueOn, id' : "status <> 'draft', coalesce(documentDate, substr(createdAt, 1, 10)) DESC, id DESC";
  const rows = ctx.db.prepare(`${base} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.limit, offset: q.offset }) as SummaryRow[];
  return { documents: rows.map(toSummary), total, openCents: open };
}

export function documentSummary(ctx: Ctx, id: number): SalesDocumentSummary {
  const row = ctx.db.prepare(`${WITH_OVERDUE} WHERE id = @id`).get({ id, today: today(ctx) }) as SummaryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no sales document ${id}.`, { details: { reason: 'salesDocumentNotFound', id } });
  return toSummary(row);
}

interface LineRow {
  position: number; productId: number | null; sku: string; description: string; quantity: number; unit: SalesUnit; unitPriceCents: number;
  discountBasisPoints: number; vatRateId: number; rateBasisPoints: number; netCents: number;
}

export function documentLines(ctx: Pick<Ctx, 'db'>, id: number): SalesDocumentLine[] {
  return ctx.db.prepare(
    `SELECT l.position, l.product_id AS productId, l.sku, l.description, l.quantity, l.unit, l.unit_price_cents AS unitPriceCents,
       l.discount_bp AS discountBasisPoints, l.vat_rate_id AS vatRateId, v.rate_bp AS rateBasisPoints, l.net_cents AS netCents
     FROM sales_document_lines l JOIN vat_rates v ON v.id = l.vat_rate_id WHERE l.document_id = ? ORDER BY l.position`,
  ).all(id) as LineRow[];
}

export function documentRates(ctx: Pick<Ctx, 'db'>, id: number): SalesRateTotal[] {
  return ctx.db.prepare(
    `SELECT vat_rate_id AS vatRateId, rate_bp AS rateBasisPoints, net_cents AS netCents, vat_cents AS vatCents
     FROM sales_document_rates WHERE document_id = ? ORDER BY rate_bp DESC, vat_rate_id`,
  ).all(id) as SalesRateTotal[];
}

export function buyerOf(row: DocumentRow): SalesBuyer {
  return {
    name: row.buyer_name, street: row.buyer_street, postalCode: row.buyer_postal_code, city: row.buyer_city,
    countryCode: row.buyer_country_code, vatId: row.buyer_vat_id,
  };
}

export function getDocument(ctx: Ctx, id: number): SalesDocument {
  const row = documentRow(ctx, id);
  const summary = documentSummary(ctx, id);
  const payments = ctx.db.prepare(
    `SELECT id, paid_on AS paidOn, amount_cents AS amountCents, method, note, journal_entry_id AS journalEntryId
     FROM sales_payments WHERE invoice_id = ? ORDER BY id`,
  ).all(id) as SalesPayment[];
  const followUps = ctx.db.prepare(
    'SELECT id, kind, status, number, gross_cents AS grossCents FROM sales_documents WHERE source_id = ? ORDER BY id',
  ).all(id) as SalesDocumentLink[];
  const issuedByName = row.issued_by === null ? null
    : (ctx.db.prepare('SELECT name FROM staff WHERE id = ?').pluck().get(row.issued_by) as string | undefined) ?? null;
  return {
    ...summary,
    buyer: buyerOf(row),
    reference: row.reference,
    deliveryFrom: row.delivery_from,
    deliveryTo: row.delivery_to,
    validUntil: row.valid_until,
    paymentTermsDays: row.payment_terms_days,
    intro: row.intro,
    note: row.note,
    lines: documentLines(ctx, id),
    rates: documentRates(ctx, id),
    payments,
    followUps,
    journalEntryId: row.journal_entry_id,
    issuedAt: row.issued_at,
    issuedByName,
  };
}
