/** Goods receipts: partial and complete deliveries, over-receipts, unit costs and the moving average — against the real core. */
import { currentCost } from '../../src-main/modules/stock/cost';
import { onHandAt, placedOrder, productId, purchasingCore, refused, SHOP, STORE, supplierId, NORD, BERGER, type PurchasingCore } from '../helpers/purchasing';

let t: PurchasingCore;
let nord: number;
let cola: number;
let soap: number;
beforeEach(() => {
  t = purchasingCore();
  nord = supplierId(t, NORD);
  cola = productId(t, 'Cola 0,5 l');
  soap = productId(t, 'Spülmittel 500 ml');
});
afterEach(() => t.close());

const colaAndSoap = () => placedOrder(t, {
  supplierId: nord, locationId: STORE,
  lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }, { productId: soap, quantity: 12_000, unitCostCents: 108 }],
}, '2026-01-17');

test('an order arrives in parts: partly received until every line is complete, then received; each part is a numbered receipt with stock moves', () => {
  const order = colaAndSoap();
  const [cola0, soap0] = [onHandAt(t, cola, STORE), onHandAt(t, soap, STORE)];
  const first = t.call('purchasing.receipts.create', {
    orderId: order.id, locationId: STORE, deliveryNoteRef: 'LS-4711', lines: [{ productId: cola, quantity: 24_000 }, { productId: soap, quantity: 5000 }],
  });
  expect(first).toMatchObject({
    number: 1, orderId: order.id, orderNumber: order.number, supplierId: nord, supplierName: NORD, locationName: 'Lager',
    deliveryNoteRef: 'LS-4711', staffName: 'Olga Owner', invoiceId: null, netCents: 2040 + 540,
  });
  expect(first.lines).toEqual([
    expect.objectContaining({ productId: cola, orderLineId: order.lines[0]!.id, quantity: 24_000, unitCostCents: 85, overReceived: 0 }),
    expect.objectContaining({ productId: soap, orderLineId: order.lines[1]!.id, quantity: 5000, unitCostCents: 108, overReceived: 0 }),
  ]);
  expect([onHandAt(t, cola, STORE), onHandAt(t, soap, STORE)]).toEqual([cola0 + 24_000, soap0 + 5000]);
  const moves = t.core.db.prepare("SELECT product_id, location_id, quantity, reason FROM stock_moves WHERE source_type = 'purchasing.receipt' AND source_id = ? ORDER BY id").raw().all(first.id);
  expect(moves).toEqual([[cola, STORE, 24_000, 'goodsReceipt'], [soap, STORE, 5000, 'goodsReceipt']]);

  let now = t.call('purchasing.orders.get', { id: order.id });
  expect(now.status).toBe('partlyReceived');
  expect(now.lines.map((l) => [l.received, l.outstanding])).toEqual([[24_000, 0], [5000, 7000]]);

  const second = t.call('purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: [{ productId: soap, quantity: 6000 }] });
  expect(second.number).toBe(2);
  expect(t.call('purchasing.orders.get', { id: order.id }).status).toBe('partlyReceived'); // 1 piece of soap still missing

  t.call('purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: [{ productId: soap, quantity: 1000 }] });
  now = t.call('purchasing.orders.get', { id: order.id });
  expect(now.status).toBe('received');
  expect(now.lines.every((l) => l.outstanding === 0)).toBe(true);
  expect(now.receiptIds).toEqual([first.id, second.id, second.id + 1]);
  expect(now.events.map((e) => [e.status, e.note])).toEqual([['draft', ''], ['ordered', ''], ['partlyReceived', 'Wareneingang 1'], ['received', 'Wareneingang 3']]);
  expect(t.call('purchasing.orders.list', { status: 'open' }).total).toBe(0);
  expect(t.call('purchasing.orders.close', { id: order.id, reason: '' }).status).toBe('closed');

  expect(t.call('purchasing.receipts.get', { id: first.id })).toEqual(first);
  expect(t.call('purchasing.receipts.list', { orderId: order.id }).receipts.map((r) => r.number)).toEqual([3, 2, 1]);
  expect(t.call('purchasing.receipts.list', { supplierId: supplierId(t, BERGER) }).total).toBe(0);
  refused(t, 'purchasing.receipts.get', { id: 99 }, 'NOT_FOUND', 'goodsReceiptNotFound');
  // Receipts are never changed.
  expect(() => t.core.db.prepare('UPDATE goods_receipt_lines SET quantity = 1').run()).toThrow(/immutable/);
  expect(() => t.core.db.prepare('DELETE FROM goods_receipts').run()).toThrow(/immutable/);
});

test('goods are refused on a draft, a cancelled and a closed order, with nothing written', () => {
  const draft = t.call('purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }] });
  const line = [{ productId: cola, quantity: 1000 }];
  refused(t, 'purchasing.receipts.create', { orderId: draft.id, locationId: SHOP, lines: line }, 'CONFLICT', 'orderNotReceivable');
  t.call('purchasing.orders.cancel', { id: draft.id, reason: 'falsch' });
  refused(t, 'purchasing.receipts.create', { orderId: draft.id, locationId: SHOP, lines: line }, 'CONFLICT', 'orderNotReceivable');
  const order = colaAndSoap();
  t.call('purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: line });
  t.call('purchasing.orders.close', { id: order.id, reason: 'Rest fällt aus' });
  refused(t, 'purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: line }, 'CONFLICT', 'orderNotReceivable');
  refused(t, 'purchasing.receipts.create', { orderId: 99, locationId: STORE, lines: line }, 'NOT_FOUND', 'purchaseOrderNotFound');
  // The refusals took no receipt number: the next one is 2.
  expect(t.call('purchasing.receipts.create', { orderId: null, locationId: SHOP, lines: line }).number).toBe(2);
});

test('bad receipts are refused with a reason and change nothing', () => {
  const order = colaAndSoap();
  const line = { productId: cola, quantity: 1000 };
  refused(t, 'purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: [line, line] }, 'VALIDATION', 'purchasingDuplicateLine');
  refused(t, 'purchasing.receipts.create', { orderId: order.id, locationId: 99, lines: [line] }, 'NOT_FOUND', 'stockLocationNotFound');
  refused(t, 'purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: [line, { productId: 999_999, quantity: 1000 }] }, 'NOT_FOUND', 'stockProductNotFound');
  refused(t, 'purchasing.receipts.create', { orderId: order.id, supplierId: supplierId(t, BERGER), locationId: STORE, lines: [line] }, 'VALIDATION', 'receiptSupplierMismatch');
  refused(t, 'purchasing.receipts.create', { orderId: null, supplierId: 99, locationId: STORE, lines: [line] }, 'NOT_FOUND', 'supplierNotFound');
  refused(t, 'purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: [{ ...line, quantity: -1000 }] }, 'VALIDATION');
  // Cola is counted in pieces: half a bottle does not arrive.
  refused(t, 'purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: [{ ...line, quantity: 1500 }] }, 'VALIDATION', 'purchaseFractionalPieces');
  t.signInPin('1111');
  refused(t, 'purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: [line] }, 'FORBIDDEN');
});

describe('over-receipt', () => {
  test('more than is outstanding needs confirming; then the surplus is recorded and audited', () => {
    const order = colaAndSoap();
    t.call('purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: [{ productId: cola, quantity: 20_000 }] });
    const error = refused(t, 'purchasing.receipts.create', {
      orderId: order.id, locationId: STORE, lines: [{ productId: cola, quantity: 6000 }, { productId: soap, quantity: 12_000 }],
    }, 'CONFLICT', 'overReceipt');
    expect(error.details).toMatchObject({ productId: cola, name: 'Cola 0,5 l', outstanding: 4000, received: 6000, count: 1 });
    expect(JSON.parse(String(error.details!.lines))).toEqual([{ productId: cola, name: 'Cola 0,5 l', outstanding: 4000, received: 6000 }]);

    const receipt = t.call('purchasing.receipts.create', {
      orderId: order.id, locationId: STORE, confirmOverReceipt: true, lines: [{ productId: cola, quantity: 6000 }, { productId: soap, quantity: 12_000 }],
    });
    expect(receipt.lines.map((l) => [l.productId, l.quantity, l.overReceived])).toEqual([[cola, 6000, 2000], [soap, 12_000, 0]]);
    const after = t.call('purchasing.orders.get', { id: order.id });
    expect(after.status).toBe('received');
    expect(after.lines.map((l) => [l.received, l.outstanding])).toEqual([[26_000, 0], [12_000, 0]]);
    const audit = t.core.db.prepare("SELECT after FROM audit_log WHERE action = 'purchasing.receipts.overReceipt'").pluck().all() as string[];
    expect(audit.map((a) => JSON.parse(a))).toEqual([[{ productId: cola, outstanding: 4000, received: 6000, overReceived: 2000 }]]);
  });

  test('a product that is not on the order is over-received in full: refused unless confirmed, then booked without an order line', () => {
    const order = colaAndSoap();
    const beer = productId(t, 'Bier Pils 0,5 l');
    const beer0 = onHandAt(t, beer, STORE);
    refused(t, 'purchasing.receipts.create', { orderId: order.id, locationId: STORE, lines: [{ productId: beer, quantity: 20_000 }] }, 'CONFLICT', 'overReceipt');
    const receipt = t.call('purchasing.receipts.create', { orderId: order.id, locationId: STORE, confirmOverReceipt: true, lines: [{ productId: beer, quantity: 20_000 }] });
    // The supplier's price is its cost (the order has no line for it).
    expect(receipt.lines).toEqual([expect.objectContaining({ productId: beer, orderLineId: null, quantity: 20_000, overReceived: 20_000, unitCostCents: 68 })]);
    expect(onHandAt(t, beer, STORE)).toBe(beer0 + 20_000);
    const after = t.call('purchasing.orders.get', { id: order.id });
    expect(after.lines.map((l) => l.received)).toEqual([0, 0]);
    // Goods arrived against the order, so it is on its way to being received and can no longer be cancelled.
    expect(after.status).toBe('partlyReceived');
  });
});

describe('unit cost and moving average', () => {
  test('the receipt\'s cost: given, else the order line\'s, else the supplier\'s price, else the current cost', () => {
    const order = placedOrder(t, { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 24_000, unitCostCents: 80 }, { productId: soap, quantity: 12_000, unitCostCents: 100 }] });
    const withOrder = t.call('purchasing.receipts.create', { orderId: order.id, locationId: SHOP, lines: [{ productId: cola, quantity: 1000, unitCostCents: 90 }, { productId: soap, quantity: 1000 }] });
    expect(withOrder.lines.map((l) => l.unitCostCents)).toEqual([90, 100]);
    const bread = productId(t, 'Bauernbrot');
    const breadCost = currentCost({ db: t.core.db }, bread);
    const fromSupplier = t.call('purchasing.receipts.create', { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 1000 }, { productId: bread, quantity: 1000 }] });
    expect(fromSupplier).toMatchObject({ orderId: null, orderNumber: null, supplierId: nord, supplierName: NORD });
    expect(fromSupplier.lines.map((l) => [l.unitCostCents, l.orderLineId, l.overReceived])).toEqual([[85, null, 0], [breadCost, null, 0]]);
    const anonymous = t.call('purchasing.receipts.create', { locationId: SHOP, note: 'Muster vom Vertreter', lines: [{ productId: soap, quantity: 1000 }] });
    expect(anonymous).toMatchObject({ supplierId: null, supplierName: null, note: 'Muster vom Vertreter' });
    expect(anonymous.lines[0]!.unitCostCents).toBe(currentCost({ db: t.core.db }, soap));
  });

  test('every receipt moves the average cost: old stock at the old cost plus the receipt at its cost', () => {
    const coffee = productId(t, 'Kaffee ganze Bohne 500 g');
    const stock = t.call('stock.product', { productId: coffee }).total; // 16 pieces at the catalogue cost
    const cost0 = currentCost({ db: t.core.db }, coffee);
    expect([stock, cost0]).toEqual([16_000, 539]);
    const order = placedOrder(t, { supplierId: supplierId(t, BERGER), locationId: SHOP, lines: [{ productId: coffee, quantity: 12_000, unitCostCents: 520 }] });
    t.call('purchasing.receipts.create', { orderId: order.id, locationId: SHOP, lines: [{ productId: coffee, quantity: 6000 }] });
    // (16 × 539 + 6 × 520) / 22 = 533.8… → 534
    expect(currentCost({ db: t.core.db }, coffee)).toBe(534);
    t.call('purchasing.receipts.create', { orderId: order.id, locationId: SHOP, lines: [{ productId: coffee, quantity: 6000, unitCostCents: 499 }] });
    // (22 × 534 + 6 × 499) / 28 = 526.5 → 527 (half away from zero)
    expect(currentCost({ db: t.core.db }, coffee)).toBe(527);
    const history = t.core.db.prepare("SELECT cost_cents, source_type FROM stock_costs WHERE product_id = ? ORDER BY id").raw().all(coffee);
    expect(history).toEqual([[534, 'purchasing.receipt'], [527, 'purchasing.receipt']]);
  });
});
