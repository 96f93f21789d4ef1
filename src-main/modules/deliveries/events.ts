/** A delivery's history: every status change is appended with who, when and why. */
import type { DeliveryStatus } from '../../../src-shared/contract/deliveries';
import type { Ctx } from '../../core/context';

export function addEvent(ctx: Ctx, deliveryId: number, status: DeliveryStatus, note: string): void {
  ctx.db.prepare('INSERT INTO delivery_events (delivery_id, at, status, staff_id, note) VALUES (?, ?, ?, ?, ?)')
    .run(deliveryId, ctx.now(), status, ctx.session?.staffId ?? null, note);
}
