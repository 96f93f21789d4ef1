/** Reading feedback items, and checking what a feedback command names (unknown → NOT_FOUND with a reason). */
import type { FeedbackItem } from '../../../src-shared/contract/feedback';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { formatReceiptNumber } from '../counter/shift-state';

export interface ProductRow { id: number; name: string; price_cents: number }

export function productRow(ctx: Pick<Ctx, 'db'>, productId: number): ProductRow {
  const row = ctx.db.prepare('SELECT id, name, price_cents FROM products WHERE id = ?').get(productId) as ProductRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no product ${productId}.`, { details: { reason: 'feedbackProductUnknown', productId } });
  return row;
}

/** An owner is an active member of staff. */
export function ownerRow(ctx: Pick<Ctx, 'db'>, staffId: number): { id: number; name: string } {
  const row = ctx.db.prepare('SELECT id, name FROM staff WHERE id = ? AND active = 1').get(staffId) as { id: number; name: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no active staff member ${staffId}.`, { details: { reason: 'feedbackOwnerUnknown', staffId } });
  return row;
}

/** Every item column the screens show, joined with the names they show. */
export const ITEM_SELECT = `
  SELECT f.id, f.kind, f.text, f.product_id AS productId, p.name AS productName, p.sku, p.unit,
    f.sale_id AS saleId, s.register_id AS registerId, s.number AS saleNumber, f.customer_id AS customerId, c.name AS customerName,
    f.quantity, f.value_cents AS valueCents, f.recorded_at AS recordedAt, f.recorded_on AS recordedOn,
    r.name AS recordedByName, f.status, f.owner_id AS ownerId, o.name AS ownerName, f.resolution, f.updated_at AS updatedAt
  FROM feedback_items f
  LEFT JOIN products p ON p.id = f.product_id
  LEFT JOIN sales s ON s.id = f.sale_id
  JOIN staff r ON r.id = f.recorded_by
  LEFT JOIN staff o ON o.id = f.owner_id
  LEFT JOIN customers c ON c.id = f.customer_id`;

export type ItemRow = Omit<FeedbackItem, 'receiptNumber'> & { registerId: number | null; saleNumber: number | null };

export function toItem(row: ItemRow): FeedbackItem {
  const { registerId, saleNumber, ...rest } = row;
  return {
    ...rest,
    receiptNumber: registerId !== null && saleNumber !== null ? formatReceiptNumber(registerId, saleNumber) : null,
  };
}

export function feedbackItem(ctx: Pick<Ctx, 'db'>, itemId: number): FeedbackItem {
  const row = ctx.db.prepare(`${ITEM_SELECT} WHERE f.id = ?`).get(itemId) as ItemRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no feedback item ${itemId}.`, { details: { reason: 'feedbackNotFound', id: itemId } });
  return toItem(row);
}

/** A customer's feedback, newest first (for the customer's history). */
export function customerFeedback(ctx: Pick<Ctx, 'db'>, customerId: number): FeedbackItem[] {
  return (ctx.db.prepare(`${ITEM_SELECT} WHERE f.customer_id = ? ORDER BY f.id DESC`).all(customerId) as ItemRow[]).map(toItem);
}
