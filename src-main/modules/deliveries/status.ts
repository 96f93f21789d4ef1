/**
 * A delivery's status moves only forward: planned → packed → shipped → delivered, and a planned
 * or packed delivery may be cancelled with a reason. Each change is an event row and an audit
 * row. At "shipped" the goods leave the delivery's location: one stock move per line.
 */
import type { Delivery, DeliveryStatus } from '../../../src-shared/contract/deliveries';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { recordMoves } from '../stock/service';
import { addEvent } from './events';
import { DELIVERY_SOURCE, deliveryRow, getDelivery, type DeliveryRow } from './read';

const NEXT: Record<DeliveryStatus, readonly DeliveryStatus[]> = {
  planned: ['packed', 'cancelled'],
  packed: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};
const FORWARD: readonly DeliveryStatus[] = ['planned', 'packed', 'shipped', 'delivered'];

/** Why a move is not allowed, as the reason the screen explains. */
function refusal(row: DeliveryRow, target: DeliveryStatus): AppError {
  const reason = row.status === 'cancelled' ? 'deliveryCancelled'
    : target === 'cancelled' ? 'deliveryAlreadyShipped'
    : FORWARD.indexOf(target) <= FORWARD.indexOf(row.status) ? 'deliveryStatusBackwards'
    : target === 'shipped' ? 'deliveryNotPacked'
    : 'deliveryNotShipped';
  return new AppError('CONFLICT', `Delivery ${row.number} is ${row.status}; it cannot become ${target}.`, {
    details: { reason, number: row.number, status: row.status, target },
  });
}

/**
 * The goods leave: one move per line out of the delivery's location.
 *
 * The reason is 'sale': stock_moves' CHECK has no 'delivery' reason, and widening it would mean
 * rebuilding that hash-chained, append-only table. For the stock, goods leaving to a customer
 * are a sale (they count as sold in reorder suggestions, too); source_type 'delivery' tells them
 * apart from the counter's sales.
 *
 * More than is on hand is shipped all the same, leaving the book stock negative — as the
 * counter does when it sells what the books do not know about. The parcel is physically packed
 * at this point, so the goods exist and the books are what is behind (a missed receipt, a
 * miscount); refusing would stop the parcel and fix nothing. The screen shows the shortfall per
 * line before shipping, and the negative stock shows in the overview until a count corrects it.
 */
function takeStock(ctx: Ctx, row: DeliveryRow): void {
  const lines = ctx.db.prepare('SELECT product_id AS productId, quantity FROM delivery_lines WHERE delivery_id = ? ORDER BY position')
    .all(row.id) as { productId: number; quantity: number }[];
  recordMoves(ctx, lines.map((l) => ({
    productId: l.productId, locationId: row.location_id, quantity: -l.quantity, reason: 'sale' as const, sourceType: DELIVERY_SOURCE, sourceId: row.id,
  })));
}

function moveTo(ctx: Ctx, id: number, target: DeliveryStatus, note: string): Delivery {
  const row = deliveryRow(ctx, id);
  if (!NEXT[row.status].includes(target)) throw refusal(row, target);
  ctx.db.prepare('UPDATE deliveries SET status = ? WHERE id = ?').run(target, id);
  addEvent(ctx, id, target, note);
  if (target === 'shipped') takeStock(ctx, row);
  ctx.audit(`deliveries.${target}`, `delivery:${id}`, { status: row.status }, { status: target, note });
  return getDelivery(ctx, id);
}

export const packDelivery = (ctx: Ctx, id: number, note: string) => moveTo(ctx, id, 'packed', note);
export const shipDelivery = (ctx: Ctx, id: number, note: string) => moveTo(ctx, id, 'shipped', note);
export const markDelivered = (ctx: Ctx, id: number, note: string) => moveTo(ctx, id, 'delivered', note);
export const cancelDelivery = (ctx: Ctx, id: number, reason: string) => moveTo(ctx, id, 'cancelled', reason);
