/**
 * Supplier invoices and their payments. Recording an invoice posts it at once, dated the invoice
 * date: the net per VAT rate to that rate's purchases account (Wareneingang), the VAT to input VAT
 * (Vorsteuer), the gross to payables. A payment posts payables against the bank or the cash box.
 * The ledger's own refusals (locked period, cash book going negative, retired accounts) come
 * through unchanged, and then nothing is written. What is still open is always derived: gross
 * minus the payments.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { SupplierInvoice, SupplierInvoiceLine, SupplierPayment } from '../../../src-shared/contract/purchasing';
import { vatOnNet } from '../../../src-shared/money';
import { childrenOf } from '../../db/children';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { openShift } from '../counter/shift-state';
import { postingText } from '../ledger/posting-texts';
import { inputVatAccount, post, today, vatRateBp } from '../ledger/service';
import { addDays, supplierRow } from './lookups';

export const INVOICE_SOURCE = 'purchasing.invoice';
export const PAYMENT_SOURCE = 'purchasing.payment';

interface InvoiceRow {
  id: number; supplierId: number; supplierName: string; invoiceNumber: string; invoiceDate: string; dueOn: string; grossCents: number;
  paidCents: number; openCents: number; overdue: 0 | 1; journalEntryId: number;
}

const SELECT = `
  SELECT * FROM (
    SELECT i.id, i.supplier_id AS supplierId, s.name AS supplierName, i.invoice_number AS invoiceNumber, i.invoice_date AS invoiceDate,
      i.due_on AS dueOn, i.gross_cents AS grossCents, i.journal_entry_id AS journalEntryId,
      coalesce((SELECT sum(p.amount_cents) FROM supplier_payments p WHERE p.invoice_id = i.id), 0) AS paidCents
    FROM supplier_invoices i JOIN suppliers s ON s.id = i.supplier_id
  )`;
const COLUMNS = `id, supplierId, supplierName, invoiceNumber, invoiceDate, dueOn, grossCents, journalEntryId, paidCents,
  grossCents - paidCents AS openCents, (grossCents > paidCents AND dueOn < @today) AS overdue`;

/** Invoices with their VAT lines, payments and receipts: three queries for the whole page. */
function withDetails(ctx: Ctx, rows: InvoiceRow[]): SupplierInvoice[] {
  const ids = rows.map((r) => r.id);
  const linesOf = childrenOf<SupplierInvoiceLine>(ctx.db,
    `SELECT l.invoice_id AS parentId, l.vat_rate_id AS vatRateId, v.rate_bp AS rateBasisPoints, l.net_cents AS netCents, l.vat_cents AS vatCents
     FROM supplier_invoice_lines l JOIN vat_rates v ON v.id = l.vat_rate_id
     WHERE l.invoice_id IN (SELECT value FROM json_each(@parentIds)) ORDER BY v.rate_bp DESC, l.vat_rate_id`, ids);
  const paymentsOf = childrenOf<SupplierPayment>(ctx.db,
    `SELECT invoice_id AS parentId, id, paid_on AS paidOn, amount_cents AS amountCents, method, journal_entry_id AS journalEntryId
     FROM supplier_payments WHERE invoice_id IN (SELECT value FROM json_each(@parentIds)) ORDER BY id`, ids);
  const receiptsOf = childrenOf<{ receiptId: number }>(ctx.db,
    `SELECT invoice_id AS parentId, receipt_id AS receiptId FROM supplier_invoice_receipts
     WHERE invoice_id IN (SELECT value FROM json_each(@parentIds)) ORDER BY receipt_id`, ids);
  return rows.map((row) => ({
    ...row, overdue: row.overdue === 1, lines: linesOf(row.id), payments: paymentsOf(row.id), receiptIds: receiptsOf(row.id).map((r) => r.receiptId),
  }));
}

export function getInvoice(ctx: Ctx, invoiceId: number): SupplierInvoice {
  const row = ctx.db.prepare(`SELECT ${COLUMNS} FROM (${SELECT}) WHERE id = @id`).get({ id: invoiceId, today: today(ctx) }) as InvoiceRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no supplier invoice ${invoiceId}.`, { details: { reason: 'supplierInvoiceNotFound', invoiceId } });
  return withDetails(ctx, [row])[0]!;
}

export function listInvoices(ctx: Ctx, q: ParsedInput<'purchasing.invoices.list'>): { invoices: SupplierInvoice[]; total: number } {
  const byStatus = {
    open: 'openCents > 0', overdue: 'overdue = 1', paid: 'openCents = 0', all: '1 = 1',
  }[q.status];
  const base = `SELECT * FROM (SELECT ${COLUMNS} FROM (${SELECT})) WHERE ${byStatus} AND (@supplier IS NULL OR supplierId = @supplier)`;
  // What is still to pay, the earliest due first; paid and all invoices newest first.
  const order = q.status === 'open' || q.status === 'overdue' ? 'dueOn, id' : 'invoiceDate DESC, id DESC';
  const params = { today: today(ctx), supplier: q.supplierId };
  const total = ctx.db.prepare(`SELECT count(*) FROM (${base})`).pluck().get(params) as number;
  const rows = ctx.db.prepare(`${base} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.limit, offset: q.offset }) as InvoiceRow[];
  return { invoices: withDetails(ctx, rows), total };
}

/** The purchases (Wareneingang) account of a VAT rate where the chart has one, else the general one. */
function purchasesAccount(ctx: Ctx, rateBasisPoints: number): number | string {
  const own = ctx.db.prepare('SELECT id FROM accounts WHERE role = ?').pluck().get(`purchases${rateBasisPoints}`) as number | undefined;
  return own ?? 'purchasesOther';
}

/** The receipts must be this supplier's (their own or their order's) and not invoiced yet. */
function checkReceipts(ctx: Ctx, supplierId: number, receiptIds: number[]): number[] {
  const unique = [...new Set(receiptIds)];
  for (const receiptId of unique) {
    const row = ctx.db.prepare(
      `SELECT r.number, r.supplier_id AS own, o.supplier_id AS viaOrder, x.invoice_id AS invoiceId
       FROM goods_receipts r LEFT JOIN purchase_orders o ON o.id = r.order_id LEFT JOIN supplier_invoice_receipts x ON x.receipt_id = r.id
       WHERE r.id = ?`,
    ).get(receiptId) as { number: number; own: number | null; viaOrder: number | null; invoiceId: number | null } | undefined;
    if (!row) throw new AppError('NOT_FOUND', `There is no goods receipt ${receiptId}.`, { details: { reason: 'goodsReceiptNotFound', receiptId } });
    if (row.own !== supplierId && row.viaOrder !== supplierId) {
      throw new AppError('CONFLICT', `Goods receipt ${row.number} is not from this supplier.`, { details: { reason: 'receiptOtherSupplier', number: row.number } });
    }
    if (row.invoiceId !== null) {
      throw new AppError('CONFLICT', `Goods receipt ${row.number} is on another invoice already.`, { details: { reason: 'receiptAlreadyInvoiced', number: row.number } });
    }
  }
  return unique;
}

export function createInvoice(ctx: Ctx, input: ParsedInput<'purchasing.invoices.create'>): SupplierInvoice {
  const session = requireSession(ctx);
  const supplier = supplierRow(ctx, input.supplierId);
  const taken = ctx.db.prepare('SELECT id FROM supplier_invoices WHERE supplier_id = ? AND invoice_number = ? COLLATE NOCASE').pluck().get(supplier.id, input.invoiceNumber);
  if (taken !== undefined) {
    throw new AppError('CONFLICT', `Invoice ${input.invoiceNumber} of ${supplier.name} is recorded already.`, {
      details: { reason: 'supplierInvoiceDuplicate', invoiceNumber: input.invoiceNumber, name: supplier.name },
    });
  }
  const rates = new Set<number>();
  const lines = input.lines.map((line) => {
    if (rates.has(line.vatRateId)) throw new AppError('VALIDATION', 'A VAT rate appears twice.', { details: { reason: 'invoiceDuplicateRate' } });
    rates.add(line.vatRateId);
    const rateBasisPoints = vatRateBp(ctx, line.vatRateId);
    return { vatRateId: line.vatRateId, rateBasisPoints, netCents: line.netCents, vatCents: line.vatCents ?? vatOnNet(line.netCents, rateBasisPoints) };
  });
  const grossCents = lines.reduce((sum, l) => sum + l.netCents + l.vatCents, 0);
  if (!Number.isSafeInteger(grossCents)) throw new AppError('VALIDATION', 'The invoice is too large.', { details: { reason: 'purchasingAmountTooLarge' } });
  const dueOn = input.dueOn ?? addDays(input.invoiceDate, supplier.payment_terms_days);
  if (dueOn < input.invoiceDate) throw new AppError('VALIDATION', 'The due day lies before the invoice date.', { details: { reason: 'invoiceDueBeforeDate' } });
  const receiptIds = checkReceipts(ctx, supplier.id, input.receiptIds);

  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO supplier_invoices (supplier_id, invoice_number, invoice_date, due_on, gross_cents, recorded_at, staff_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(supplier.id, input.invoiceNumber, input.invoiceDate, dueOn, grossCents, ctx.now(), session.staffId);
  const invoiceId = Number(lastInsertRowid);
  const insertLine = ctx.db.prepare('INSERT INTO supplier_invoice_lines (invoice_id, vat_rate_id, net_cents, vat_cents) VALUES (?, ?, ?, ?)');
  for (const l of lines) insertLine.run(invoiceId, l.vatRateId, l.netCents, l.vatCents);
  const link = ctx.db.prepare('INSERT INTO supplier_invoice_receipts (receipt_id, invoice_id) VALUES (?, ?)');
  for (const receiptId of receiptIds) link.run(receiptId, invoiceId);

  const entryId = post(ctx, {
    text: postingText(ctx, 'supplierInvoice', { number: input.invoiceNumber, supplier: supplier.name }),
    sourceType: INVOICE_SOURCE, sourceId: invoiceId, bookedOn: input.invoiceDate,
    lines: [
      ...lines.flatMap((l) => [
        { account: purchasesAccount(ctx, l.rateBasisPoints), amountCents: l.netCents, vatRateId: l.vatRateId },
        { account: inputVatAccount(ctx, l.rateBasisPoints), amountCents: l.vatCents, vatRateId: l.vatRateId },
      ]),
      { account: 'payables', amountCents: -grossCents },
    ],
  });
  ctx.db.prepare('UPDATE supplier_invoices SET journal_entry_id = ? WHERE id = ?').run(entryId, invoiceId);
  ctx.audit('purchasing.invoices.create', `supplierInvoice:${invoiceId}`, undefined,
    { supplierId: supplier.id, invoiceNumber: input.invoiceNumber, grossCents, dueOn, receiptIds, entryId });
  return getInvoice(ctx, invoiceId);
}

export function createPayment(ctx: Ctx, input: ParsedInput<'purchasing.payments.create'>): SupplierInvoice {
  const session = requireSession(ctx);
  const invoice = getInvoice(ctx, input.invoiceId);
  if (input.amountCents > invoice.openCents) {
    throw new AppError('CONFLICT', `Only ${invoice.openCents} cents are open on this invoice.`, {
      details: { reason: 'paymentExceedsOpen', openCents: invoice.openCents, invoiceNumber: invoice.invoiceNumber },
    });
  }
  const paidOn = input.paidOn ?? today(ctx);
  const { lastInsertRowid } = ctx.db.prepare(
    'INSERT INTO supplier_payments (invoice_id, paid_on, amount_cents, method, recorded_at, staff_id) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(invoice.id, paidOn, input.amountCents, input.method, ctx.now(), session.staffId);
  const paymentId = Number(lastInsertRowid);
  const text = postingText(ctx, 'supplierPayment', { number: invoice.invoiceNumber, supplier: invoice.supplierName });
  const entryId = post(ctx, {
    text, sourceType: PAYMENT_SOURCE, sourceId: paymentId, bookedOn: paidOn,
    lines: [{ account: 'payables', amountCents: input.amountCents }, { account: input.method, amountCents: -input.amountCents }],
  });
  ctx.db.prepare('UPDATE supplier_payments SET journal_entry_id = ? WHERE id = ?').run(entryId, paymentId);
  // Cash paid today comes out of the drawer while a shift is open: the shift must expect less
  // (the same as a petty expense paid from the till).
  const shift = input.method === 'cash' && paidOn === today(ctx) ? openShift(ctx) : undefined;
  if (shift) {
    ctx.db.prepare("INSERT INTO cash_moves (shift_id, direction, amount_cents, reason, note, at, staff_id, journal_entry_id) VALUES (?, 'out', ?, 'pettyExpense', ?, ?, ?, ?)")
      .run(shift.id, input.amountCents, text, ctx.now(), session.staffId, entryId);
  }
  ctx.audit('purchasing.payments.create', `supplierInvoice:${invoice.id}`, { openCents: invoice.openCents },
    { paymentId, amountCents: input.amountCents, method: input.method, paidOn, entryId });
  return getInvoice(ctx, invoice.id);
}

/** The journal's reference for an entry purchasing posted: the supplier's invoice number (of the payment's invoice too). */
export function purchasingReference(ctx: Pick<Ctx, 'db'>, sourceType: string, sourceId: number | null): string {
  const sql = sourceType === PAYMENT_SOURCE
    ? 'SELECT i.invoice_number FROM supplier_payments p JOIN supplier_invoices i ON i.id = p.invoice_id WHERE p.id = ?'
    : 'SELECT invoice_number FROM supplier_invoices WHERE id = ?';
  return (ctx.db.prepare(sql).pluck().get(sourceId) as string | undefined) ?? '';
}
