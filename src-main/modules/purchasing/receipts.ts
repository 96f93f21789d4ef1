/**
 * Goods receipts: what arrived, against a placed order or without one. Each line becomes a stock
 * move (reason goodsReceipt) at its unit cost and updates the moving average; the order then
 * counts as partly received or received. A receipt is never changed (a miscount is corrected with
 * a stock adjustment).
 *
 * More than is outstanding on the order is refused (reason overReceipt, nothing written) unless
 * the person receiving confirms it; then the surplus is recorded on the line (overReceived) and
 * audited. A product that is not on the order at all counts as over-received in full: with
 * confirmation it is booked into stock with no order line (orderLineId null, overReceived = the
 * whole quantity), so the order's own lines and statuses stay untouched by it.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { GoodsReceipt, GoodsReceiptLine } from '../../../src-shared/contract/purchasing';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { postingText } from '../ledger/posting-texts';
import { currentCost, receiveAtCost } from '../stock/cost';
import { childrenOf } from '../../db/children';
import { locationRow, productRow, refuseFractionalPieces } from '../stock/lookups';
import { lineNet, refuseDuplicateProducts, staffOf, supplierProductRow, supplierRow } from './lookups';
import { orderLines, orderRow, PLACED_STATUSES, updateReceivedStatus } from './orders';

export const RECEIPT_SOURCE = 'purchasing.receipt';

interface PlannedLine {
  productId: number; name: string; orderLineId: number | null; quantity: number; unitCostCents: number; outstanding: number; overReceived: number;
}

type ReceiptInput = ParsedInput<'purchasing.receipts.create'>;

/** Works out every line (order line, cost, surplus) before anything is written. */
function planLines(ctx: Ctx, input: ReceiptInput, orderId: number | null, supplierId: number | null): PlannedLine[] {
  refuseDuplicateProducts(input.lines);
  const onOrder = orderId === null ? [] : orderLines(ctx, orderId);
  return input.lines.map((line) => {
    const product = productRow(ctx, line.productId);
    refuseFractionalPieces(product, line.quantity, 'purchaseFractionalPieces', 'is received in whole pieces.');
    const orderLine = onOrder.find((l) => l.productId === line.productId);
    const supplierPrice = supplierId === null ? undefined : supplierProductRow(ctx, supplierId, line.productId)?.price_cents;
    const unitCostCents = line.unitCostCents ?? orderLine?.unitCostCents ?? supplierPrice ?? currentCost(ctx, line.productId);
    lineNet(line.quantity, unitCostCents);
    const outstanding = orderLine?.outstanding ?? 0;
    const overReceived = orderId === null ? 0 : Math.max(0, line.quantity - outstanding);
    return { productId: line.productId, name: product.name, orderLineId: orderLine?.id ?? null, quantity: line.quantity, unitCostCents, outstanding, overReceived };
  });
}

function refuseUnconfirmedSurplus(lines: PlannedLine[]): void {
  const surplus = lines.filter((l) => l.overReceived > 0);
  const first = surplus[0];
  if (!first) return;
  throw new AppError('CONFLICT', `More arrived than is outstanding on the order ("${first.name}"); confirm the over-receipt.`, {
    details: {
      reason: 'overReceipt', productId: first.productId, name: first.name, outstanding: first.outstanding, received: first.quantity,
      count: surplus.length,
      // Every affected line, for a confirmation dialog that lists them.
      lines: JSON.stringify(surplus.map((l) => ({ productId: l.productId, name: l.name, outstanding: l.outstanding, received: l.quantity }))),
    },
  });
}

export function createReceipt(ctx: Ctx, input: ReceiptInput): GoodsReceipt {
  locationRow(ctx, input.locationId);
  let supplierId = input.supplierId;
  if (input.orderId !== null) {
    const order = orderRow(ctx, input.orderId);
    if (!PLACED_STATUSES.includes(order.status)) {
      throw new AppError('CONFLICT', `Purchase order ${order.number} cannot receive goods (${order.status}).`, {
        details: { reason: 'orderNotReceivable', number: order.number, status: order.status },
      });
    }
    if (supplierId !== null && supplierId !== order.supplier_id) {
      throw new AppError('VALIDATION', 'The supplier is not the order\'s supplier.', { details: { reason: 'receiptSupplierMismatch', number: order.number } });
    }
    supplierId = order.supplier_id;
  } else if (supplierId !== null) {
    supplierRow(ctx, supplierId);
  }
  const lines = planLines(ctx, input, input.orderId, supplierId);
  if (!input.confirmOverReceipt) refuseUnconfirmedSurplus(lines);

  const number = takeNumber(ctx.db, 'purchasing.receipt');
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO goods_receipts (number, order_id, supplier_id, location_id, at, staff_id, delivery_note_ref, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(number, input.orderId, supplierId, input.locationId, ctx.now(), staffOf(ctx), input.deliveryNoteRef, input.note);
  const receiptId = Number(lastInsertRowid);
  const insertLine = ctx.db.prepare(
    'INSERT INTO goods_receipt_lines (receipt_id, product_id, order_line_id, quantity, unit_cost_cents, over_received) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const line of lines) {
    insertLine.run(receiptId, line.productId, line.orderLineId, line.quantity, line.unitCostCents, line.overReceived);
    receiveAtCost(ctx, { productId: line.productId, locationId: input.locationId, quantity: line.quantity, unitCostCents: line.unitCostCents, sourceType: RECEIPT_SOURCE, sourceId: receiptId });
  }
  if (input.orderId !== null) updateReceivedStatus(ctx, input.orderId, postingText(ctx, 'goodsReceipt', { number }));
  ctx.audit('purchasing.receipts.create', `goodsReceipt:${receiptId}`, undefined, { number, orderId: input.orderId, supplierId, lines: lines.length });
  const surplus = lines.filter((l) => l.overReceived > 0);
  if (surplus.length > 0) {
    ctx.audit('purchasing.receipts.overReceipt', `goodsReceipt:${receiptId}`, undefined,
      surplus.map((l) => ({ productId: l.productId, outstanding: l.outstanding, received: l.quantity, overReceived: l.overReceived })));
  }
  return getReceipt(ctx, receiptId);
}

interface ReceiptRow {
  id: number; number: number; orderId: number | null; orderNumber: number | null; supplierId: number | null; supplierName: string | null;
  locationId: number; locationName: string; at: string; staffName: string | null; deliveryNoteRef: string; note: string; invoiceId: number | null;
}

const SELECT = `
  SELECT r.id, r.number, r.order_id AS orderId, o.number AS orderNumber, r.supplier_id AS supplierId, s.name AS supplierName,
    r.location_id AS locationId, l.name AS locationName, r.at, st.name AS staffName, r.delivery_note_ref AS deliveryNoteRef, r.note,
    ir.invoice_id AS invoiceId
  FROM goods_receipts r
  LEFT JOIN purchase_orders o ON o.id = r.order_id
  LEFT JOIN suppliers s ON s.id = r.supplier_id
  JOIN stock_locations l ON l.id = r.location_id
  LEFT JOIN staff st ON st.id = r.staff_id
  LEFT JOIN supplier_invoice_receipts ir ON ir.receipt_id = r.id`;

/** Receipts with their lines, all lines of the page read in one query. */
function withLines(ctx: Ctx, rows: ReceiptRow[]): GoodsReceipt[] {
  const linesOf = childrenOf<GoodsReceiptLine>(ctx.db,
    `SELECT g.receipt_id AS parentId, g.product_id AS productId, p.sku, p.name, p.unit, g.order_line_id AS orderLineId, g.quantity,
       g.unit_cost_cents AS unitCostCents, g.over_received AS overReceived
     FROM goods_receipt_lines g JOIN products p ON p.id = g.product_id
     WHERE g.receipt_id IN (SELECT value FROM json_each(@parentIds)) ORDER BY g.id`, rows.map((r) => r.id));
  return rows.map((row) => {
    const lines = linesOf(row.id);
    return { ...row, lines, netCents: lines.reduce((sum, l) => sum + lineNet(l.quantity, l.unitCostCents), 0) };
  });
}

export function getReceipt(ctx: Ctx, receiptId: number): GoodsReceipt {
  const row = ctx.db.prepare(`${SELECT} WHERE r.id = ?`).get(receiptId) as ReceiptRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no goods receipt ${receiptId}.`, { details: { reason: 'goodsReceiptNotFound', receiptId } });
  return withLines(ctx, [row])[0]!;
}

export function listReceipts(ctx: Ctx, q: ParsedInput<'purchasing.receipts.list'>): { receipts: GoodsReceipt[]; total: number } {
  const filter = `WHERE (@order IS NULL OR r.order_id = @order) AND (@supplier IS NULL OR r.supplier_id = @supplier)
    AND (@uninvoiced = 0 OR NOT EXISTS (SELECT 1 FROM supplier_invoice_receipts x WHERE x.receipt_id = r.id))`;
  const params = { order: q.orderId, supplier: q.supplierId, uninvoiced: q.uninvoiced ? 1 : 0 };
  const total = ctx.db.prepare(`SELECT count(*) FROM goods_receipts r ${filter}`).pluck().get(params) as number;
  const rows = ctx.db.prepare(`${SELECT} ${filter} ORDER BY r.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as ReceiptRow[];
  return { receipts: withLines(ctx, rows), total };
}
