/** Reading deliveries: one with its lines and history, and the list by status. */
import type { Delivery, DeliveryEvent, DeliveryLine, DeliveryStatus, DeliverySummary } from '../../../src-shared/contract/deliveries';
import type { Ctx } from '../../core/context';
import { likeContains } from '../../db/like';
import { AppError } from '../../core/errors';

/** The stock moves of a shipped delivery carry this source_type and source_id = the delivery's id. */
export const DELIVERY_SOURCE = 'delivery';

export interface DeliveryRow {
  id: number;
  number: number;
  status: DeliveryStatus;
  recipient_name: string;
  recipient_street: string;
  recipient_postal_code: string;
  recipient_city: string;
  recipient_country_code: string;
  recipient_contact: string;
  recipient_phone: string;
  reference: string;
  customer_order_id: number | null;
  location_id: number;
  planned_on: string;
  note: string;
}

export function deliveryRow(ctx: Pick<Ctx, 'db'>, id: number): DeliveryRow {
  const row = ctx.db.prepare('SELECT * FROM deliveries WHERE id = ?').get(id) as DeliveryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no delivery ${id}.`, { details: { reason: 'deliveryNotFound', id } });
  return row;
}

const SUMMARY = `SELECT d.id, d.number, d.status, d.recipient_name AS recipientName, d.recipient_city AS recipientCity, d.reference,
  d.location_id AS locationId, l.name AS locationName, d.planned_on AS plannedOn, d.created_at AS createdAt,
  (SELECT max(e.at) FROM delivery_events e WHERE e.delivery_id = d.id AND e.status = 'shipped') AS shippedAt,
  (SELECT count(*) FROM delivery_lines x WHERE x.delivery_id = d.id) AS lineCount
  FROM deliveries d JOIN stock_locations l ON l.id = d.location_id`;

const FILTER = `WHERE (@status = 'all' OR d.status = @status)
  AND (@search = '' OR CAST(d.number AS TEXT) = @search OR d.recipient_name LIKE @like ESCAPE '\\'
       OR d.recipient_city LIKE @like ESCAPE '\\' OR d.reference LIKE @like ESCAPE '\\')`;

export function listDeliveries(ctx: Ctx, q: { status: DeliveryStatus | 'all'; search: string; offset: number; limit: number }): { deliveries: DeliverySummary[]; total: number } {
  const params = { status: q.status, search: q.search, like: likeContains(q.search) };
  const total = ctx.db.prepare(`SELECT count(*) FROM deliveries d ${FILTER}`).pluck().get(params) as number;
  const deliveries = ctx.db.prepare(`${SUMMARY} ${FILTER} ORDER BY d.planned_on DESC, d.number DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as DeliverySummary[];
  return { deliveries, total };
}

export function deliveryLines(ctx: Pick<Ctx, 'db'>, id: number, locationId: number): DeliveryLine[] {
  return ctx.db.prepare(
    `SELECT x.position, x.product_id AS productId, p.sku, p.name, p.unit, x.quantity,
       (SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m WHERE m.product_id = x.product_id AND m.location_id = @locationId) AS onHand
     FROM delivery_lines x JOIN products p ON p.id = x.product_id WHERE x.delivery_id = @id ORDER BY x.position`,
  ).all({ id, locationId }) as DeliveryLine[];
}

export function deliveryEvents(ctx: Pick<Ctx, 'db'>, id: number): DeliveryEvent[] {
  return ctx.db.prepare(
    `SELECT e.at, e.status, s.name AS staffName, e.note FROM delivery_events e LEFT JOIN staff s ON s.id = e.staff_id
     WHERE e.delivery_id = ? ORDER BY e.id`,
  ).all(id) as DeliveryEvent[];
}

export function getDelivery(ctx: Ctx, id: number): Delivery {
  const row = deliveryRow(ctx, id);
  const summary = ctx.db.prepare(`${SUMMARY} WHERE d.id = ?`).get(id) as DeliverySummary;
  return {
    ...summary,
    recipient: {
      name: row.recipient_name, street: row.recipient_street, postalCode: row.recipient_postal_code, city: row.recipient_city,
      countryCode: row.recipient_country_code, contact: row.recipient_contact, phone: row.recipient_phone,
    },
    note: row.note,
    customerOrderId: row.customer_order_id,
    lines: deliveryLines(ctx, id, row.location_id),
    events: deliveryEvents(ctx, id),
  };
}
