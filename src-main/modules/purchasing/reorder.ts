/**
 * Reorder suggestions, from the minimum and maximum set per product and location (stock_limits).
 *
 * A (product, location) is suggested when what is there plus what is on its way falls BELOW the
 * minimum — strictly, the same rule as the low-stock list, so both lists agree (a product exactly
 * at its minimum is not short yet):
 *
 *   onHand + onOrder < min
 *
 *   onHand       = the sum of the stock moves in that location;
 *   onOrder      = the outstanding quantity on placed orders (ordered, partly received) going to
 *                  that location;
 *   soldRecently = what left over the counter in the last 28 days, all locations together:
 *                  −(sale + return + void moves), never below 0;
 *   supplier     = the cheapest active supplier that carries the product (same price: the lowest
 *                  id), giving price, pack size and lead time; without one the current cost, a
 *                  pack of 1 piece or 1 kg (1000) and a lead time of 0 days, and supplierId null;
 *
 *   lostRecently = lost sales recorded at the counter in the last 28 days (not declined): demand
 *                  the shop could not serve, so it counts like sales;
 *
 *   suggestedQuantity = roundUpToPack( max − onHand − onOrder + ceil((soldRecently + lostRecently) × leadTimeDays / 28) )
 *
 * i.e. fill up to the maximum, plus what is likely to sell while the delivery is on its way,
 * rounded up to whole packs. Inactive products are not suggested.
 *
 * A product customers asked for in vain but without a minimum/maximum is suggested for the shop
 * when what is there and on its way does not cover the lost sales: then it is that shortfall
 * (lostRecently − onHand − onOrder), rounded up to whole packs.
 */
import type { PurchaseOrder, ReorderSuggestion } from '../../../src-shared/contract/purchasing';
import type { Ctx } from '../../core/context';
import { lostSalesByProduct } from '../feedback/lost-sales';
import { currentCost } from '../stock/cost';
import { locationRow, productRow } from '../stock/lookups';
import { shopLocationId } from '../stock/service';
import { refuseDuplicateProducts, supplierProductRow } from './lookups';
import { createOrder } from './orders';

export const SALES_WINDOW_DAYS = 28;
const DEFAULT_PACK = 1000;

/** a / b rounded up, for a ≥ 0 and b > 0. */
const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);

interface LimitRow {
  productId: number; sku: string; name: string; unit: 'piece' | 'kg'; locationId: number; locationName: string;
  onHand: number; minQuantity: number; maxQuantity: number; onOrder: number; soldRecently: number; lostRecently: number;
}

interface CheapestRow { supplierId: number | null; supplierName: string | null; priceCents: number | null; packSize: number | null; leadTimeDays: number | null }

/**
 * The figures of one (product, location) pair, for the SELECT list: on hand there, on order for
 * there (ordered minus received per open line), and sold over the counter in the window (all
 * locations). `p` and `l` name the product and location ids in the surrounding query.
 */
const figures = (p: string, l: string) => `
  coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.product_id = ${p} AND m.location_id = ${l}), 0) AS onHand,
  coalesce((SELECT sum(max(0, ol.quantity - coalesce((SELECT sum(r.quantity) FROM goods_receipt_lines r WHERE r.order_line_id = ol.id), 0)))
            FROM purchase_order_lines ol JOIN purchase_orders o ON o.id = ol.order_id
            WHERE ol.product_id = ${p} AND o.location_id = ${l} AND o.status IN ('ordered', 'partlyReceived')), 0) AS onOrder,
  max(0, -coalesce((SELECT sum(m.quantity) FROM stock_moves m
                    WHERE m.product_id = ${p} AND m.at >= @since AND m.reason IN ('sale', 'return', 'void')), 0)) AS soldRecently`;

/** The cheapest active supplier per product, ranked in one pass and joined (CheapestRow's columns). */
const CHEAPEST = `cheapest AS (
  SELECT product_id, supplierId, supplierName, priceCents, packSize, leadTimeDays FROM (
    SELECT sp.product_id, sp.supplier_id AS supplierId, s.name AS supplierName, sp.price_cents AS priceCents,
      sp.pack_size AS packSize, sp.lead_time_days AS leadTimeDays,
      row_number() OVER (PARTITION BY sp.product_id ORDER BY sp.price_cents, sp.supplier_id) AS rank
    FROM supplier_products sp JOIN suppliers s ON s.id = sp.supplier_id WHERE s.active = 1)
  WHERE rank = 1)`;

const SUPPLIER_COLUMNS = 'c.supplierId, c.supplierName, c.priceCents, c.packSize, c.leadTimeDays';

export function reorderSuggestions(ctx: Ctx, locationId: number | null): ReorderSuggestion[] {
  if (locationId !== null) locationRow(ctx, locationId);
  const since = new Date(ctx.nowDate().getTime() - SALES_WINDOW_DAYS * 86_400_000).toISOString();
  const limitRows = ctx.db.prepare(
    `WITH ${CHEAPEST}
     SELECT * FROM (
       SELECT s.product_id AS productId, p.sku, p.name, p.unit, s.location_id AS locationId, l.name AS locationName,
         s.min_quantity AS minQuantity, s.max_quantity AS maxQuantity, ${figures('s.product_id', 's.location_id')}, ${SUPPLIER_COLUMNS}
       FROM stock_limits s JOIN products p ON p.id = s.product_id JOIN stock_locations l ON l.id = s.location_id
         LEFT JOIN cheapest c ON c.product_id = s.product_id
       WHERE p.active = 1 AND (@location IS NULL OR s.location_id = @location)
     ) WHERE onHand + onOrder < minQuantity
     ORDER BY locationId, name COLLATE NOCASE, productId`,
  ).all({ since, location: locationId }) as (Omit<LimitRow, 'lostRecently'> & CheapestRow)[];
  const lost = lostSalesByProduct(ctx, since);
  const rows: (LimitRow & CheapestRow)[] = limitRows.map((r) => ({ ...r, lostRecently: lost.get(r.productId) ?? 0 }));
  rows.push(...lostOnlyRows(ctx, lost, locationId, since));
  return rows.map(({ supplierId, supplierName, priceCents, packSize: supplierPack, leadTimeDays: supplierLead, ...r }) => {
    const packSize = supplierPack ?? DEFAULT_PACK;
    const leadTimeDays = supplierLead ?? 0;
    const duringLeadTime = ceilDiv((r.soldRecently + r.lostRecently) * leadTimeDays, SALES_WINDOW_DAYS);
    const needed = r.maxQuantity > 0
      ? r.maxQuantity - r.onHand - r.onOrder + duringLeadTime
      : r.lostRecently - r.onHand - r.onOrder;
    return {
      ...r,
      supplierId, supplierName,
      unitCostCents: priceCents ?? currentCost(ctx, r.productId),
      packSize, leadTimeDays,
      suggestedQuantity: ceilDiv(needed, packSize) * packSize,
    };
  }).filter((s) => s.suggestedQuantity > 0);
}

/** Products with lost sales and no minimum/maximum in the shop, whose stock does not cover them. */
function lostOnlyRows(ctx: Ctx, lost: Map<number, number>, locationId: number | null, since: string): (LimitRow & CheapestRow)[] {
  const shop = shopLocationId(ctx) as number | undefined;
  if (shop === undefined || lost.size === 0 || (locationId !== null && locationId !== shop)) return [];
  const rows = ctx.db.prepare(
    `WITH ${CHEAPEST}
     SELECT p.id AS productId, p.sku, p.name, p.unit, l.id AS locationId, l.name AS locationName,
       0 AS minQuantity, 0 AS maxQuantity, ${figures('p.id', 'l.id')}, ${SUPPLIER_COLUMNS}
     FROM products p JOIN stock_locations l ON l.id = @shop LEFT JOIN cheapest c ON c.product_id = p.id
     WHERE p.id IN (SELECT value FROM json_each(@ids)) AND p.active = 1
       AND NOT EXISTS (SELECT 1 FROM stock_limits s WHERE s.product_id = p.id AND s.location_id = l.id)
     ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all({ ids: JSON.stringify([...lost.keys()]), shop, since }) as (Omit<LimitRow, 'lostRecently'> & CheapestRow)[];
  return rows.flatMap((r) => {
    const quantity = lost.get(r.productId) ?? 0;
    return r.onHand + r.onOrder < quantity ? [{ ...r, lostRecently: quantity }] : [];
  });
}

interface ChosenLine { productId: number; locationId: number; supplierId: number; quantity: number }

/**
 * One draft per supplier and location, in the order the lines came, each line at the supplier's
 * price (a product the supplier does not carry yet: at its current cost). The drafts are then
 * checked and placed like any other order.
 */
export function createReorderDrafts(ctx: Ctx, lines: ChosenLine[]): PurchaseOrder[] {
  refuseDuplicateProducts(lines, (l) => `${l.supplierId}:${l.locationId}:${l.productId}`);
  const groups = new Map<string, ChosenLine[]>();
  for (const line of lines) {
    productRow(ctx, line.productId);
    const key = `${line.supplierId}:${line.locationId}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const orders = [...groups.values()].map((group) => {
    const { supplierId, locationId } = group[0]!;
    return createOrder(ctx, {
      supplierId, locationId, expectedOn: null, note: '',
      lines: group.map((l) => ({
        productId: l.productId, quantity: l.quantity,
        unitCostCents: supplierProductRow(ctx, supplierId, l.productId)?.price_cents ?? currentCost(ctx, l.productId),
      })),
    });
  });
  ctx.audit('purchasing.reorder.createOrders', null, undefined, { orders: orders.map((o) => o.number), lines: lines.length });
  return orders;
}
