/** Reading receipts back: for the screen, reprints (marked as copies) and returns. */
import type { Receipt, ReceiptLine } from '../../../src-shared/contract/sell';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { formatReceiptNumber, parseReceiptNumber } from './shift-state';
import { lockDate } from '../ledger/periods';

interface SaleRow {
  id: number; register_id: number; register_name: string; number: number; kind: Receipt['kind']; at: string; staff_name: string;
  original_register: number | null; original_number: number | null; total_cents: number; discount_cents: number; change_cents: number; hash: string;
  customer_id: number | null; customer_number: number | null; customer_name: string | null;
}
interface LineRow {
  id: number; kind: 'product' | 'voucher'; product_id: number | null; name: string; sku: string | null; unit: 'piece' | 'kg'; quantity: number;
  unit_price_cents: number; gross_cents: number; discount_cents: number; total_cents: number; vat_rate_bp: number | null; vat_rate_id: number | null;
  voucher_code: string | null; returned: number;
}

const LETTERS = 'ABCDEFGHIJ';

export function saleIdByNumber(ctx: Ctx, text: string): number {
  const parsed = parseReceiptNumber(text);
  const id = parsed && (ctx.db.prepare('SELECT id FROM sales WHERE register_id = ? AND number = ?').pluck().get(parsed.registerId, parsed.number) as number | undefined);
  if (!id) throw new AppError('NOT_FOUND', `There is no receipt ${text}.`, { details: { reason: 'receiptNotFound', number: text } });
  return id;
}

function isClosed(ctx: Ctx, saleId: number): boolean {
  const day = ctx.db.prepare('SELECT e.booked_on FROM sales s JOIN journal_entries e ON e.id = s.journal_entry_id WHERE s.id = ?').pluck().get(saleId) as string | undefined;
  const locked = lockDate(ctx);
  return day !== undefined && locked !== null && day <= locked;
}

export function loadReceipt(ctx: Ctx, saleId: number, copy: number | null = null): Receipt {
  const sale = ctx.db.prepare(
    `SELECT s.id, s.register_id, r.name AS register_name, s.number, s.kind, s.at, st.name AS staff_name,
            o.register_id AS original_register, o.number AS original_number, s.total_cents, s.discount_cents, s.change_cents, s.hash,
            c.id AS customer_id, c.number AS customer_number, c.name AS customer_name
     FROM sales s JOIN registers r ON r.id = s.register_id JOIN staff st ON st.id = s.staff_id LEFT JOIN sales o ON o.id = s.original_sale_id
     LEFT JOIN sale_customers sc ON sc.sale_id = s.id LEFT JOIN customers c ON c.id = sc.customer_id
     WHERE s.id = ?`,
  ).get(saleId) as SaleRow | undefined;
  if (!sale) throw new AppError('NOT_FOUND', 'There is no such receipt.', { details: { reason: 'receiptNotFound' } });
  const company = ctx.db.prepare('SELECT name, street, postal_code, city, vat_id, tax_number, currency FROM company WHERE id = 1').get() as
    { name: string; street: string; postal_code: string; city: string; vat_id: string; tax_number: string; currency: string };
  const vatRows = ctx.db.prepare('SELECT vat_rate_id, rate_bp, gross_cents, net_cents, vat_cents FROM sale_vat WHERE sale_id = ? ORDER BY rate_bp DESC, vat_rate_id')
    .all(saleId) as { vat_rate_id: number; rate_bp: number; gross_cents: number; net_cents: number; vat_cents: number }[];
  const letterOf = new Map(vatRows.map((v, i) => [v.vat_rate_id, LETTERS[i] ?? '?']));
  const lines = ctx.db.prepare(
    `SELECT l.*, coalesce((SELECT -sum(r.quantity) FROM sale_lines r JOIN sales rs ON rs.id = r.sale_id
                           WHERE r.original_line_id = l.id), 0) AS returned
     FROM sale_lines l WHERE l.sale_id = ? ORDER BY l.line_no`,
  ).all(saleId) as LineRow[];
  const payments = ctx.db.prepare('SELECT method, amount_cents, voucher_code FROM sale_payments WHERE sale_id = ? ORDER BY id').all(saleId) as
    { method: Receipt['payments'][number]['method']; amount_cents: number; voucher_code: string | null }[];

  return {
    id: sale.id,
    number: formatReceiptNumber(sale.register_id, sale.number),
    kind: sale.kind,
    at: sale.at,
    registerName: sale.register_name,
    staffName: sale.staff_name,
    inClosedPeriod: isClosed(ctx, saleId),
    originalNumber: sale.original_number === null ? null : formatReceiptNumber(sale.original_register!, sale.original_number),
    currency: company.currency,
    seller: { name: company.name, street: company.street, postalCode: company.postal_code, city: company.city, vatId: company.vat_id, taxNumber: company.tax_number },
    lines: lines.map((l): ReceiptLine => ({
      id: l.id, kind: l.kind, productId: l.product_id, name: l.name, sku: l.sku, unit: l.unit, quantity: l.quantity, unitPriceCents: l.unit_price_cents,
      grossCents: l.gross_cents, discountCents: l.discount_cents, totalCents: l.total_cents, vatRateBasisPoints: l.vat_rate_bp,
      vatLetter: l.vat_rate_id === null ? null : (letterOf.get(l.vat_rate_id) ?? null), voucherCode: l.voucher_code,
      returnableQuantity: sale.kind === 'sale' && l.kind === 'product' ? l.quantity - l.returned : 0,
    })),
    discountCents: sale.discount_cents,
    totalCents: sale.total_cents,
    vat: vatRows.map((v) => ({ vatRateId: v.vat_rate_id, rateBasisPoints: v.rate_bp, grossCents: v.gross_cents, netCents: v.net_cents, vatCents: v.vat_cents, letter: letterOf.get(v.vat_rate_id)! })),
    payments: payments.map((p) => ({ method: p.method, amountCents: p.amount_cents, voucherCode: p.voucher_code })),
    changeCents: sale.change_cents,
    customer: sale.customer_id === null ? null : { id: sale.customer_id, number: sale.customer_number!, name: sale.customer_name! },
    copy,
    hash: sale.hash,
  };
}

/** A reprint is recorded and comes back marked as copy N. */
export function reprint(ctx: Ctx, saleId: number): Receipt {
  const session = requireSession(ctx);
  loadReceipt(ctx, saleId);
  const copy = (ctx.db.prepare('SELECT count(*) FROM receipt_prints WHERE sale_id = ?').pluck().get(saleId) as number) + 1;
  ctx.db.prepare('INSERT INTO receipt_prints (sale_id, copy, at, staff_id) VALUES (?, ?, ?, ?)').run(saleId, copy, ctx.now(), session.staffId);
  ctx.audit('counter.receipt.reprint', `sale:${saleId}`, undefined, { copy });
  return loadReceipt(ctx, saleId, copy);
}

export function recentReceipts(ctx: Ctx, limit: number) {
  return (ctx.db.prepare('SELECT id, register_id, number, kind, at, total_cents FROM sales ORDER BY id DESC LIMIT ?').all(limit) as
    { id: number; register_id: number; number: number; kind: Receipt['kind']; at: string; total_cents: number }[])
    .map((r) => ({ id: r.id, number: formatReceiptNumber(r.register_id, r.number), kind: r.kind, at: r.at, totalCents: r.total_cents }));
}
