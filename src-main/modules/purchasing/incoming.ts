/**
 * What is still to arrive: the outstanding quantity of every line of a placed order (ordered or
 * partly received), earliest expected day first, orders without an expected day last. The
 * counter asks this for every product it shows, so the one-product query starts from the index
 * on order lines by product and touches only that product's lines.
 */
import type { IncomingLine } from '../../../src-shared/contract/purchasing';
import type { CounterStock } from '../../../src-shared/contract/stock';
import type { Ctx } from '../../core/context';
import { today } from '../ledger/service';

const SELECT = `
  SELECT * FROM (
    SELECT o.id AS orderId, o.number AS orderNumber, s.name AS supplierName, l.product_id AS productId, p.sku, p.name,
      l.quantity - coalesce((SELECT sum(r.quantity) FROM goods_receipt_lines r WHERE r.order_line_id = l.id), 0) AS outstanding,
      o.expected_on AS expectedOn, (o.expected_on IS NOT NULL AND o.expected_on < @today) AS overdue, l.position
    FROM purchase_order_lines l
    JOIN purchase_orders o ON o.id = l.order_id
    JOIN suppliers s ON s.id = o.supplier_id
    JOIN products p ON p.id = l.product_id
    WHERE o.status IN ('ordered', 'partlyReceived') %PRODUCT%
  ) WHERE outstanding > 0
  ORDER BY expectedOn IS NULL, expectedOn, orderNumber, position`;

type Row = Omit<IncomingLine, 'overdue'> & { overdue: 0 | 1; position: number };

/** The query for all products, or for one (@product): then it starts from purchase_order_lines_product. */
export const incomingSql = (oneProduct: boolean) => SELECT.replace('%PRODUCT%', oneProduct ? 'AND l.product_id = @product' : '');

export function incoming(ctx: Ctx, productId: number | null): IncomingLine[] {
  const rows = ctx.db.prepare(incomingSql(productId !== null)).all({ today: today(ctx), ...(productId === null ? {} : { product: productId }) }) as Row[];
  return rows.map(({ position: _position, ...r }) => ({ ...r, overdue: r.overdue === 1 }));
}

/** The counter's hint: how much of the product arrives when (quantity = what is still outstanding). */
export function incomingAtCounter(ctx: Ctx, productId: number): CounterStock['incoming'] {
  return incoming(ctx, productId).map((l) => ({ quantity: l.outstanding, expectedOn: l.expectedOn }));
}
