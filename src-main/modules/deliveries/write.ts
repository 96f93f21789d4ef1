/**
 * Creating a delivery and changing a planned one. The number is taken at creation (gap-free
 * series 'delivery', inside the command's transaction, so a refused delivery leaves no gap).
 * Every product and the location are checked before anything is written.
 */
import type { Delivery, DeliveryRecipient } from '../../../src-shared/contract/deliveries';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { locationRow, productRow, refuseFractionalPieces } from '../stock/lookups';
import { addEvent } from './events';
import { deliveryRow, getDelivery } from './read';

export const DELIVERY_SERIES = 'delivery';

export interface DeliveryFields {
  recipient: DeliveryRecipient;
  reference: string;
  locationId: number;
  plannedOn: string;
  note: string;
  lines: { productId: number; quantity: number }[];
}

/** Unknown location or product, a product twice, part of a piece: refused before anything is written. */
function checkFields(ctx: Ctx, fields: DeliveryFields): void {
  locationRow(ctx, fields.locationId);
  const seen = new Set<number>();
  for (const line of fields.lines) {
    const product = productRow(ctx, line.productId);
    if (seen.has(line.productId)) {
      throw new AppError('VALIDATION', `"${product.name}" appears twice on the delivery.`, { details: { reason: 'deliveryDuplicateLine', name: product.name } });
    }
    seen.add(line.productId);
    refuseFractionalPieces(product, line.quantity, 'deliveryFractionalPieces', 'ships in whole pieces.');
  }
}

function headerValues(fields: DeliveryFields) {
  const r = fields.recipient;
  return {
    name: r.name, street: r.street, postalCode: r.postalCode, city: r.city, countryCode: r.countryCode, contact: r.contact, phone: r.phone,
    reference: fields.reference, locationId: fields.locationId, plannedOn: fields.plannedOn, note: fields.note,
  };
}

function writeLines(ctx: Ctx, deliveryId: number, lines: DeliveryFields['lines']): void {
  const insert = ctx.db.prepare('INSERT INTO delivery_lines (delivery_id, position, product_id, quantity) VALUES (?, ?, ?, ?)');
  lines.forEach((line, i) => insert.run(deliveryId, i + 1, line.productId, line.quantity));
}

/** What the audit keeps of a delivery: header and lines, without derived figures. */
function auditView(d: Delivery) {
  return {
    number: d.number, status: d.status, recipient: d.recipient, reference: d.reference, locationId: d.locationId, plannedOn: d.plannedOn, note: d.note,
    lines: d.lines.map((l) => [l.productId, l.quantity]),
  };
}

export function createDelivery(ctx: Ctx, fields: DeliveryFields): Delivery {
  checkFields(ctx, fields);
  const number = takeNumber(ctx.db, DELIVERY_SERIES);
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO deliveries (number, status, recipient_name, recipient_street, recipient_postal_code, recipient_city, recipient_country_code,
       recipient_contact, recipient_phone, reference, location_id, planned_on, note, created_at, created_by)
     VALUES (@number, 'planned', @name, @street, @postalCode, @city, @countryCode, @contact, @phone, @reference, @locationId, @plannedOn, @note, @at, @staffId)`,
  ).run({ ...headerValues(fields), number, at: ctx.now(), staffId: ctx.session?.staffId ?? null });
  const id = Number(lastInsertRowid);
  writeLines(ctx, id, fields.lines);
  addEvent(ctx, id, 'planned', '');
  const created = getDelivery(ctx, id);
  ctx.audit('deliveries.create', `delivery:${id}`, undefined, auditView(created));
  return created;
}

/** Only while planned: the header is overwritten and the lines replaced. */
export function updateDelivery(ctx: Ctx, id: number, fields: DeliveryFields): Delivery {
  const row = deliveryRow(ctx, id);
  if (row.status !== 'planned') {
    throw new AppError('CONFLICT', `Delivery ${row.number} is ${row.status}; its lines are final.`, {
      details: { reason: row.status === 'cancelled' ? 'deliveryCancelled' : 'deliveryNotEditable', number: row.number },
    });
  }
  checkFields(ctx, fields);
  const before = getDelivery(ctx, id);
  ctx.db.prepare(
    `UPDATE deliveries SET recipient_name = @name, recipient_street = @street, recipient_postal_code = @postalCode, recipient_city = @city,
       recipient_country_code = @countryCode, recipient_contact = @contact, recipient_phone = @phone, reference = @reference,
       location_id = @locationId, planned_on = @plannedOn, note = @note WHERE id = @id`,
  ).run({ ...headerValues(fields), id });
  ctx.db.prepare('DELETE FROM delivery_lines WHERE delivery_id = ?').run(id);
  writeLines(ctx, id, fields.lines);
  const after = getDelivery(ctx, id);
  ctx.audit('deliveries.update', `delivery:${id}`, auditView(before), auditView(after));
  return after;
}
