/** The counter's list of open customer orders and service jobs, with the deposits still held for them. */
import type { ReceptionOpenJob } from '../../../src-shared/contract/reception';
import type { Ctx } from '../../core/context';
import { counterWorkOrders } from '../production/work-order-read';

export function openJobs(ctx: Ctx, q: { search: string }): ReceptionOpenJob[] {
  const held = ctx.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM reception_deposits WHERE work_order_id = ? AND settled_sale_id IS NULL').pluck();
  return counterWorkOrders(ctx, q).map((w) => ({
    id: w.id, number: w.number, kind: w.kind, status: w.status, title: w.title, customerName: w.customerName, promisedOn: w.promisedOn,
    daysLate: w.daysLate, priceCents: w.priceCents, priceIsEstimate: w.priceIsEstimate, depositCents: held.get(w.id) as number, counterNotes: w.counterNotes,
  }));
}
