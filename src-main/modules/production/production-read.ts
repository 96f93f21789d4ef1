/** Reading production documents: the list, one with its consumption, and those of a work order. */
import type { Production, ProductionLine, ProductionSummary } from '../../../src-shared/contract/production';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';

const SUMMARY = `SELECT d.id, d.number, d.at, d.product_id AS productId, p.name, p.unit, d.quantity, l.name AS locationName,
    d.unit_cost_cents AS unitCostCents, d.total_cost_cents AS totalCostCents, d.work_order_id AS workOrderId, w.number AS workOrderNumber,
    s.name AS staffName
  FROM productions d JOIN products p ON p.id = d.product_id JOIN stock_locations l ON l.id = d.location_id
  LEFT JOIN work_orders w ON w.id = d.work_order_id LEFT JOIN staff s ON s.id = d.staff_id`;

export function listProductions(ctx: Ctx, q: { productId: number | null; offset: number; limit: number }): { rows: ProductionSummary[]; total: number } {
  const total = ctx.db.prepare('SELECT count(*) FROM productions WHERE ? IS NULL OR product_id = ?').pluck().get(q.productId, q.productId) as number;
  const rows = ctx.db.prepare(`${SUMMARY} WHERE ? IS NULL OR d.product_id = ? ORDER BY d.id DESC LIMIT ? OFFSET ?`)
    .all(q.productId, q.productId, q.limit, q.offset) as ProductionSummary[];
  return { rows, total };
}

export function productionsOfWorkOrder(ctx: Ctx, workOrderId: number): ProductionSummary[] {
  return ctx.db.prepare(`${SUMMARY} WHERE d.work_order_id = ? ORDER BY d.id`).all(workOrderId) as ProductionSummary[];
}

export function getProduction(ctx: Ctx, id: number): Production {
  const summary = ctx.db.prepare(`${SUMMARY} WHERE d.id = ?`).get(id) as ProductionSummary | undefined;
  if (!summary) throw new AppError('NOT_FOUND', `There is no production ${id}.`, { details: { reason: 'productionNotFound', id } });
  const head = ctx.db.prepare('SELECT d.bom_id AS bomId, b.version AS bomVersion, d.location_id AS locationId, d.note FROM productions d JOIN boms b ON b.id = d.bom_id WHERE d.id = ?')
    .get(id) as { bomId: number; bomVersion: number; locationId: number; note: string };
  const lines = (ctx.db.prepare(
    `SELECT l.product_id AS productId, p.sku, p.name, p.unit, l.quantity, l.unit_cost_cents AS unitCostCents, l.cost_cents AS costCents
     FROM production_lines l JOIN products p ON p.id = l.product_id WHERE l.production_id = ? ORDER BY l.position`,
  ).all(id) as Omit<ProductionLine, 'onHand' | 'short'>[]).map((l) => ({ ...l, onHand: null, short: false }));
  return { ...summary, ...head, lines };
}
