/** The X/Z report of a shift, computed from its receipts and cash moves (never from cached totals). */
import { PAYMENT_METHODS, type PaymentMethod } from '../../../src-shared/contract/sell';
import type { ShiftReport } from '../../../src-shared/contract/shift';
import type { Ctx } from '../../core/context';

export function buildShiftReport(ctx: Ctx, shiftId: number, kind: 'X' | 'Z'): ShiftReport {
  const db = ctx.db;
  const shift = db.prepare(
    `SELECT s.id, r.name AS register_name, s.opened_at, o.name AS opened_by, s.closed_at, c.name AS closed_by, s.float_cents
     FROM shifts s JOIN registers r ON r.id = s.register_id JOIN staff o ON o.id = s.opened_by LEFT JOIN staff c ON c.id = s.closed_by WHERE s.id = ?`,
  ).get(shiftId) as { id: number; register_name: string; opened_at: string; opened_by: string; closed_at: string | null; closed_by: string | null; float_cents: number };
  const byKind = db.prepare(
    `SELECT kind, count(*) AS n, coalesce(sum(total_cents), 0) AS total, coalesce(sum(discount_cents), 0) AS discount, coalesce(sum(change_cents), 0) AS change
     FROM sales WHERE shift_id = ? GROUP BY kind`,
  ).all(shiftId) as { kind: 'sale' | 'return' | 'void'; n: number; total: number; discount: number; change: number }[];
  const kindOf = (k: string) => byKind.find((r) => r.kind === k) ?? { n: 0, total: 0, discount: 0, change: 0 };
  const change = byKind.reduce((a, r) => a + r.change, 0);
  const tenders = db.prepare(
    `SELECT p.method, sum(p.amount_cents) AS amount FROM sale_payments p JOIN sales s ON s.id = p.sale_id WHERE s.shift_id = ? GROUP BY p.method`,
  ).all(shiftId) as { method: PaymentMethod; amount: number }[];
  const byTender = PAYMENT_METHODS.map((method) => ({
    method,
    amountCents: (tenders.find((t) => t.method === method)?.amount ?? 0) - (method === 'cash' ? change : 0),
  })).filter((t) => t.amountCents !== 0 || t.method === 'cash');
  const byVat = (db.prepare(
    `SELECT v.vat_rate_id, v.rate_bp, sum(v.gross_cents) AS gross, sum(v.net_cents) AS net, sum(v.vat_cents) AS vat
     FROM sale_vat v JOIN sales s ON s.id = v.sale_id WHERE s.shift_id = ? GROUP BY v.vat_rate_id ORDER BY v.rate_bp DESC`,
  ).all(shiftId) as { vat_rate_id: number; rate_bp: number; gross: number; net: number; vat: number }[])
    .map((v) => ({ vatRateId: v.vat_rate_id, rateBasisPoints: v.rate_bp, grossCents: v.gross, netCents: v.net, vatCents: v.vat }));
  const vouchersSold = db.prepare(
    "SELECT coalesce(sum(l.total_cents), 0) FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.shift_id = ? AND l.kind = 'voucher'",
  ).pluck().get(shiftId) as number;
  const cash = db.prepare(
    "SELECT coalesce(sum(CASE WHEN direction = 'in' THEN amount_cents END), 0) AS cash_in, coalesce(sum(CASE WHEN direction = 'out' THEN amount_cents END), 0) AS cash_out FROM cash_moves WHERE shift_id = ?",
  ).get(shiftId) as { cash_in: number; cash_out: number };
  const cashTender = byTender.find((t) => t.method === 'cash')?.amountCents ?? 0;
  const sales = kindOf('sale');
  const returns = kindOf('return');
  const voids = kindOf('void');

  return {
    kind, zNumber: null, shiftId, registerName: shift.register_name, openedAt: shift.opened_at, openedBy: shift.opened_by,
    closedAt: shift.closed_at, closedBy: shift.closed_by,
    currency: (db.prepare('SELECT currency FROM company WHERE id = 1').pluck().get() as string | undefined) ?? 'EUR',
    floatCents: shift.float_cents,
    receiptCount: sales.n + returns.n + voids.n, salesCount: sales.n, returnsCount: returns.n, voidsCount: voids.n,
    salesTotalCents: sales.total, returnsTotalCents: returns.total, voidsTotalCents: voids.total,
    discountCents: sales.discount + returns.discount + voids.discount,
    vouchersSoldCents: vouchersSold, byTender, byVat,
    cashInCents: cash.cash_in, cashOutCents: cash.cash_out,
    expectedCashCents: shift.float_cents + cashTender + cash.cash_in - cash.cash_out,
    countedCashCents: null, differenceCents: null, counted: null,
  };
}
