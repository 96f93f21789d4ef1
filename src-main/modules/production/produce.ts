/**
 * Producing N thousandths of a product from its current bill of materials at one location: one
 * numbered production document (series 'production') whose moves carry reason 'production' and
 * source_type 'production': every component out, the product in at the rolled-up cost.
 *
 * The numbers, exactly:
 * - a component's consumption = its quantity × N ÷ the bill's output quantity, rounded half away
 *   from zero to a whole thousandth; a consumption that rounds to nothing is refused;
 * - the production's cost = Σ consumption × the component's moving-average cost now (thousandths ×
 *   cents, exact), ÷ 1000 rounded to cents; the product's unit cost = the same sum ÷ N, rounded;
 * - the product's moving average takes it in like a goods receipt at that unit cost.
 * A location that holds less of a component than needed refuses the production
 * (productionStockInsufficient), as a transfer does: the counter may sell into a shortfall because
 * the goods are in the customer's hand, but a production would otherwise be valued with stock that
 * is not there. The lines store what was consumed and at which cost, so a later change of the
 * bill changes no past production.
 */
import type { Production, ProductionLine, ProductionPreview } from '../../../src-shared/contract/production';
import { translations } from '../../../src-shared/i18n';
import { divideRounded } from '../../../src-shared/money';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { shopLanguage } from '../ledger/posting-texts';
import { currentCost, produceAtCost } from '../stock/cost';
import { locationRow, productRow } from '../stock/lookups';
import { onHand, recordMoves } from '../stock/service';
import { componentsOf, requireCurrentBom } from './boms';
import { exactProduct, exactSum } from './checks';
import { getProduction } from './production-read';
import { moveWorkOrder, openWorkOrder } from './work-orders';

interface Request { productId: number; quantity: number; locationId: number }

export function previewProduction(ctx: Ctx, r: Request): ProductionPreview {
  const product = productRow(ctx, r.productId);
  const location = locationRow(ctx, r.locationId);
  const bom = requireCurrentBom(ctx, r.productId);
  const lines: ProductionLine[] = componentsOf(ctx, bom.id).map((c) => {
    const p = productRow(ctx, c.productId);
    const consumed = divideRounded(exactProduct(c.quantity, r.quantity), bom.output_quantity);
    if (consumed === 0) {
      throw new AppError('VALIDATION', `So little of "${p.name}" would be used that it rounds to nothing.`, { details: { reason: 'productionQuantityTooSmall', name: p.name } });
    }
    const unitCostCents = currentCost(ctx, p.id);
    const held = onHand(ctx, p.id, location.id);
    return {
      productId: p.id, sku: p.sku, name: p.name, unit: p.unit, quantity: consumed, unitCostCents,
      costCents: divideRounded(exactProduct(consumed, unitCostCents), 1000), onHand: held, short: held < consumed,
    };
  });
  const sum = exactSum(lines.map((l) => exactProduct(l.quantity, l.unitCostCents)));
  const unitCostCents = divideRounded(sum, r.quantity);
  const before = onHand(ctx, product.id);
  const currentCostCents = currentCost(ctx, product.id);
  const newCostCents = before <= 0 ? unitCostCents
    : divideRounded(exactSum([exactProduct(before, currentCostCents), exactProduct(r.quantity, unitCostCents)]), before + r.quantity);
  return {
    productId: product.id, name: product.name, unit: product.unit, bomId: bom.id, bomVersion: bom.version, locationId: location.id,
    quantity: r.quantity, lines, totalCostCents: divideRounded(sum, 1000), unitCostCents, currentCostCents, newCostCents,
    possible: lines.every((l) => !l.short),
  };
}

/** A work order the production is made for: open, for stock or a customer's order, and for this product. */
function workOrderFor(ctx: Ctx, workOrderId: number, productId: number) {
  const order = openWorkOrder(ctx, workOrderId);
  if (order.kind === 'serviceJob') {
    throw new AppError('CONFLICT', 'A service job uses materials; it is not produced.', { details: { reason: 'productionWorkOrderKind', number: order.number } });
  }
  if (order.product_id !== productId) {
    throw new AppError('CONFLICT', `Work order ${order.number} is for another product.`, { details: { reason: 'productionWorkOrderProduct', number: order.number } });
  }
  return order;
}

export function produce(ctx: Ctx, input: Request & { workOrderId: number | null; note: string }): Production {
  const plan = previewProduction(ctx, input);
  const short = plan.lines.find((l) => l.short);
  if (short) {
    const location = locationRow(ctx, input.locationId);
    throw new AppError('INSUFFICIENT_STOCK', `Only ${(short.onHand ?? 0) / 1000} of "${short.name}" are in ${location.name}.`, {
      details: { reason: 'productionStockInsufficient', name: short.name, location: location.name, available: short.onHand ?? 0, needed: short.quantity },
    });
  }
  const order = input.workOrderId === null ? null : workOrderFor(ctx, input.workOrderId, input.productId);
  const number = takeNumber(ctx.db, 'production');
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO productions (number, at, staff_id, product_id, bom_id, location_id, quantity, unit_cost_cents, total_cost_cents, work_order_id, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(number, ctx.now(), ctx.session?.staffId ?? null, input.productId, plan.bomId, input.locationId, input.quantity, plan.unitCostCents,
    plan.totalCostCents, order?.id ?? null, input.note);
  const id = Number(lastInsertRowid);
  const insertLine = ctx.db.prepare('INSERT INTO production_lines (production_id, product_id, position, quantity, unit_cost_cents, cost_cents) VALUES (?, ?, ?, ?, ?, ?)');
  plan.lines.forEach((l, i) => insertLine.run(id, l.productId, i + 1, l.quantity, l.unitCostCents, l.costCents));
  recordMoves(ctx, plan.lines.map((l) => ({ productId: l.productId, locationId: input.locationId, quantity: -l.quantity, reason: 'production' as const, sourceType: 'production', sourceId: id })));
  produceAtCost(ctx, { productId: input.productId, locationId: input.locationId, quantity: input.quantity, unitCostCents: plan.unitCostCents, sourceId: id });
  ctx.audit('production.produce', `production:${id}`, undefined, {
    number, productId: input.productId, quantity: input.quantity, bomId: plan.bomId, unitCostCents: plan.unitCostCents, workOrderId: order?.id ?? null,
  });
  if (order) {
    // Production for stock is done once produced; a customer's order is then ready for the counter.
    const note = translations[shopLanguage(ctx)].production.events.produced.replace('{{number}}', String(number));
    if (order.kind === 'stock') moveWorkOrder(ctx, order, 'handedOver', note, { byProduction: true });
    else if (order.status !== 'ready') moveWorkOrder(ctx, order, 'ready', note, { byProduction: true });
  }
  return getProduction(ctx, id);
}
