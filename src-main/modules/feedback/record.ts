/** Recording feedback at the counter: one command, checked completely before anything is written. */
import type { FeedbackItem, FeedbackKind } from '../../../src-shared/contract/feedback';
import { localDay } from '../../core/clock';
import { requireSession, type Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { saleIdByNumber } from '../counter/receipts';
import { assertCustomer } from './customers';
import { feedbackItem, productRow } from './lookups';

export interface RecordInput {
  kind: FeedbackKind;
  text: string;
  productId: number | null;
  receiptNumber: string;
  customerId: number | null;
  quantity: number | null;
  valueCents: number | null;
}

const invalid = (message: string, reason: string) => new AppError('VALIDATION', message, { details: { reason } });

/** Value of a lost sale when the cashier gave none: the product's price for the quantity, to the cent. */
export function estimatedValue(priceCents: number, quantity: number): number {
  return Math.round((priceCents * quantity) / 1000);
}

/** The receipt by its printed number, refused with feedback's own reason (the screens name it plainly). */
function receiptId(ctx: Ctx, number: string): number {
  try {
    return saleIdByNumber(ctx, number);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    throw new AppError('NOT_FOUND', `There is no receipt ${number}.`, { details: { reason: 'feedbackReceiptUnknown', number } });
  }
}

export function recordFeedback(ctx: Ctx, input: RecordInput): FeedbackItem {
  const session = requireSession(ctx);
  const isAsking = input.kind === 'wish' || input.kind === 'lostSale';
  if (!isAsking && input.text === '') throw invalid('Say what the customer said.', 'feedbackTextRequired');
  if (isAsking && input.text === '' && input.productId === null) throw invalid('Name the product or describe what was asked for.', 'feedbackSubjectRequired');
  if (input.kind !== 'lostSale' && (input.quantity !== null || input.valueCents !== null)) {
    throw invalid('A quantity and value belong to lost sales only.', 'feedbackAmountOnlyLostSale');
  }
  if (input.kind === 'lostSale' && input.quantity === 0) throw invalid('A lost sale needs a quantity above zero.', 'feedbackQuantityZero');

  const product = input.productId === null ? null : productRow(ctx, input.productId);
  const saleId = input.receiptNumber === '' ? null : receiptId(ctx, input.receiptNumber);
  if (input.customerId !== null) assertCustomer(ctx, input.customerId);

  const quantity = input.kind === 'lostSale' ? (input.quantity ?? 1000) : null;
  const valueCents = input.kind === 'lostSale' ? (input.valueCents ?? (product ? estimatedValue(product.price_cents, quantity!) : 0)) : null;
  const now = ctx.now();
  const itemId = Number(ctx.db.prepare(
    `INSERT INTO feedback_items (kind, text, product_id, sale_id, customer_id, quantity, value_cents, recorded_at, recorded_on, recorded_by, status, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?)`,
  ).run(input.kind, input.text, input.productId, saleId, input.customerId, quantity, valueCents, now, localDay(ctx.nowDate()), session.staffId, now).lastInsertRowid);
  ctx.db.prepare("INSERT INTO feedback_events (item_id, at, staff_id, from_status, to_status) VALUES (?, ?, ?, NULL, 'new')").run(itemId, now, session.staffId);
  ctx.audit('feedback.record', `feedback:${itemId}`, undefined, {
    kind: input.kind, text: input.text, productId: input.productId, saleId, customerId: input.customerId, quantity, valueCents,
  });
  return feedbackItem(ctx, itemId);
}
