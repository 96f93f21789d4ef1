/**
 * Materials used on a work order (a repair's spare parts): booked against the order from one
 * location, each line a stock move with reason 'production' (source_type 'workOrderMaterial',
 * source_id = the material row) valued at the product's moving-average cost at that moment.
 * A negative line puts unused material back, never more than the order holds of the product.
 * Like a production, taking material refuses a location that does not hold enough of it.
 */
import type { WorkOrderDetail } from '../../../src-shared/contract/production';
import { divideRounded } from '../../../src-shared/money';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { currentCost } from '../stock/cost';
import { locationRow, productRow } from '../stock/lookups';
import { onHand, recordMoves } from '../stock/service';
import { exactProduct, refuseDuplicateProducts } from './checks';
import { workOrderDetail } from './work-order-read';
import { openWorkOrder } from './work-orders';

export const MATERIAL_SOURCE = 'workOrderMaterial';

export function addMaterials(ctx: Ctx, input: { id: number; locationId: number; note: string; lines: { productId: number; quantity: number }[] }): WorkOrderDetail {
  const order = openWorkOrder(ctx, input.id);
  const location = locationRow(ctx, input.locationId);
  refuseDuplicateProducts(input.lines, 'workOrderMaterialDuplicate');
  const held = ctx.db.prepare('SELECT coalesce(sum(quantity), 0) FROM work_order_materials WHERE work_order_id = ? AND product_id = ?').pluck();
  const priced = input.lines.map((line) => {
    const product = productRow(ctx, line.productId);
    if (line.quantity > 0) {
      const available = onHand(ctx, line.productId, location.id);
      if (available < line.quantity) {
        throw new AppError('INSUFFICIENT_STOCK', `Only ${available / 1000} of "${product.name}" are in ${location.name}.`, {
          details: { reason: 'productionStockInsufficient', name: product.name, location: location.name, available, needed: line.quantity },
        });
      }
    } else {
      const booked = held.get(order.id, line.productId) as number;
      if (booked + line.quantity < 0) {
        throw new AppError('CONFLICT', `Only ${booked / 1000} of "${product.name}" are booked on this order.`, {
          details: { reason: 'workOrderMaterialReturnTooMuch', name: product.name, booked },
        });
      }
    }
    const unitCostCents = currentCost(ctx, line.productId);
    return { ...line, unitCostCents, costCents: divideRounded(exactProduct(line.quantity, unitCostCents), 1000) };
  });
  const insert = ctx.db.prepare(
    `INSERT INTO work_order_materials (work_order_id, product_id, location_id, quantity, unit_cost_cents, cost_cents, at, staff_id, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const line of priced) {
    const { lastInsertRowid } = insert.run(order.id, line.productId, location.id, line.quantity, line.unitCostCents, line.costCents, ctx.now(), ctx.session?.staffId ?? null, input.note);
    recordMoves(ctx, [{ productId: line.productId, locationId: location.id, quantity: -line.quantity, reason: 'production', sourceType: MATERIAL_SOURCE, sourceId: Number(lastInsertRowid) }]);
  }
  ctx.audit('production.workOrders.materials', `workOrder:${order.id}`, undefined, {
    locationId: location.id, note: input.note, lines: priced.map((l) => [l.productId, l.quantity, l.unitCostCents]),
  });
  return workOrderDetail(ctx, order.id);
}
