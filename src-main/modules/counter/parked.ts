/** Parked sales: drafts kept in the database so they survive a restart; recalled once, then gone. */
import type { ParsedInput } from '../../../src-shared/contract';
import type { CartLineDraft, ParkedSale } from '../../../src-shared/contract/sell';
import { priceCart } from '../../../src-shared/pricing';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { buildLines } from './checkout';
import { lookup, productDraft } from './lookup';
import { REGISTER_ID } from './shift-state';

type Cart = ParsedInput<'counter.park'>['cart'];

export function park(ctx: Ctx, input: ParsedInput<'counter.park'>): { id: number } {
  const session = requireSession(ctx);
  const lines = buildLines(ctx, input.cart);
  const total = priceCart(lines.map((l) => l.pricing), input.cart.basketDiscount ?? null).totalCents;
  const label = input.label || new Date(ctx.now()).toISOString().slice(11, 16);
  const { lastInsertRowid } = ctx.db.prepare(
    'INSERT INTO parked_sales (register_id, label, cart, parked_at, staff_id, line_count, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(REGISTER_ID, label, JSON.stringify(input.cart), ctx.now(), session.staffId, input.cart.lines.length, total);
  return { id: Number(lastInsertRowid) };
}

export function listParked(ctx: Ctx): ParkedSale[] {
  return (ctx.db.prepare(
    `SELECT p.id, p.label, p.parked_at, s.name AS staff_name, p.line_count, p.total_cents
     FROM parked_sales p JOIN staff s ON s.id = p.staff_id WHERE p.register_id = ? ORDER BY p.id`,
  ).all(REGISTER_ID) as { id: number; label: string; parked_at: string; staff_name: string; line_count: number; total_cents: number }[])
    .map((r) => ({ id: r.id, label: r.label, parkedAt: r.parked_at, staffName: r.staff_name, lineCount: r.line_count, totalCents: r.total_cents }));
}

/**
 * Gives the parked cart back as lines at today's prices and removes it. Discounts and overrides
 * are not restored: they need a fresh approval at checkout.
 */
export function recall(ctx: Ctx, id: number): { lines: CartLineDraft[]; voucherLines: number[] } {
  const row = ctx.db.prepare('SELECT cart FROM parked_sales WHERE id = ? AND register_id = ?').pluck().get(id, REGISTER_ID) as string | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'This parked sale was already recalled.', { details: { reason: 'parkedNotFound' } });
  const cart = JSON.parse(row) as Cart;
  const lines: CartLineDraft[] = [];
  const voucherLines: number[] = [];
  for (const line of cart.lines) {
    if (line.type === 'voucher') voucherLines.push(line.amountCents);
    else if (line.barcode) lines.push(lookup(ctx, line.barcode));
    else lines.push({ ...productDraft(ctx, line.productId), quantity: line.quantity });
  }
  ctx.db.prepare('DELETE FROM parked_sales WHERE id = ?').run(id);
  return { lines, voucherLines };
}
