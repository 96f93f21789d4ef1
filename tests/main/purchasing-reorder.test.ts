/** What is on its way (incoming, the counter's hint) and what to reorder (suggestions, drafts from them) — against the real core. */
import { incomingSql } from '../../src-main/modules/purchasing/incoming';
import { returnOn, saleOn } from '../helpers/books';
import { BERGER, NORD, placedOrder, productId, purchasingCore, refused, SHOP, STORE, supplierId, type PurchasingCore } from '../helpers/purchasing';

let t: PurchasingCore;
afterEach(() => t.close());

const brief = (rows: { name: string; onHand: number; onOrder: number; soldRecently: number; supplierName: string | null; suggestedQuantity: number }[]) =>
  rows.map((r) => [r.name, r.onHand, r.onOrder, r.soldRecently, r.supplierName, r.suggestedQuantity]);

describe('reorder suggestions', () => {
  test('the demo suggests what lies below its minimum, from the cheapest supplier, rounded up to whole packs', () => {
    t = purchasingCore();
    const rows = t.call('purchasing.reorder.suggestions', {});
    expect(brief(rows)).toEqual([
      // up to the maximum, in the supplier's packs: Cola 96 − 36 = 60 → 3 × 24; Gummibärchen 36 − 12 = 24 = 2 × 12;
      // Kaffee 40 − 16 = 24 = 4 × 6; Kerzen (no supplier: whole pieces) 48 − 32 = 16.
      ['Cola 0,5 l', 36_000, 0, 0, NORD, 72_000],
      ['Gummibärchen 200 g', 12_000, 0, 0, NORD, 24_000],
      ['Kaffee ganze Bohne 500 g', 16_000, 0, 0, BERGER, 24_000],
      ['Kerzen 4 Stk.', 32_000, 0, 0, null, 16_000],
    ]);
    expect(rows[2]).toMatchObject({ unit: 'piece', locationId: SHOP, locationName: 'Laden', minQuantity: 20_000, maxQuantity: 40_000, supplierId: supplierId(t, BERGER), unitCostCents: 520, packSize: 6000, leadTimeDays: 5 });
    // Without a supplier: the current cost, packs of one, no lead time.
    expect(rows[3]).toMatchObject({ supplierId: null, unitCostCents: 239, packSize: 1000, leadTimeDays: 0 });
    // The low-stock list agrees (same rule: below the minimum).
    expect(t.call('stock.lowStock', { locationId: SHOP }).rows.map((r) => r.name)).toEqual(rows.map((r) => r.name));
    expect(t.call('purchasing.reorder.suggestions', { locationId: STORE })).toEqual([]);
    refused(t, 'purchasing.reorder.suggestions', { locationId: 99 }, 'NOT_FOUND', 'stockLocationNotFound');
  });

  test('what is on order for the location counts; exactly at the minimum is not short', () => {
    t = purchasingCore();
    const nord = supplierId(t, NORD);
    const cola = productId(t, 'Cola 0,5 l');
    const colaRow = () => t.call('purchasing.reorder.suggestions', { locationId: SHOP }).find((r) => r.productId === cola);
    // An order for the store room and a draft do not help the shop.
    placedOrder(t, { supplierId: nord, locationId: STORE, lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }] });
    t.call('purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }] });
    expect(colaRow()).toMatchObject({ onOrder: 0, suggestedQuantity: 72_000 });
    // 11 on order: 36 + 11 = 47 < 48 → 96 − 36 − 11 = 49 → 3 packs of 24.
    const order = placedOrder(t, { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 11_000, unitCostCents: 85 }] });
    expect(colaRow()).toMatchObject({ onOrder: 11_000, suggestedQuantity: 72_000 });
    // 1 more arrives: 37 + 10 on order = 47; still short.
    t.call('purchasing.receipts.create', { orderId: order.id, locationId: SHOP, lines: [{ productId: cola, quantity: 1000 }] });
    expect(colaRow()).toMatchObject({ onHand: 37_000, onOrder: 10_000, suggestedQuantity: 72_000 });
    // One more piece on order: 37 + 11 = 48 = the minimum → not suggested.
    placedOrder(t, { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 1000, unitCostCents: 85 }] });
    expect(colaRow()).toBeUndefined();
    // Closing the partly received order: its outstanding 10 are no longer expected.
    t.call('purchasing.orders.close', { id: order.id, reason: 'Rest fällt aus' });
    expect(colaRow()).toMatchObject({ onHand: 37_000, onOrder: 1000, suggestedQuantity: 72_000 });
  });

  test('lost sales recorded at the counter count like sales, and bring up products without a minimum', () => {
    t = purchasingCore();
    const coffee = productId(t, 'Kaffee ganze Bohne 500 g');
    const chocolate = productId(t, 'Schokolade Vollmilch 100 g');
    const row = (id: number) => t.call('purchasing.reorder.suggestions', {}).find((r) => r.productId === id);
    expect(row(chocolate)).toBeUndefined();
    // 28 pieces asked for in vain in 28 days × 5 days' lead time = 5 more: 40 − 16 + 5 = 29 → 5 packs of 6 = 30.
    t.call('feedback.record', { kind: 'lostSale', productId: coffee, quantity: 28_000 });
    expect(row(coffee)).toMatchObject({ lostRecently: 28_000, soldRecently: 0, suggestedQuantity: 30_000 });
    // No minimum for chocolate: suggested once the lost sales exceed what is there, by the shortfall in packs of 20.
    const onHand = t.call('stock.product', { productId: chocolate }).locations.find((l) => l.locationId === SHOP)!.quantity;
    const lost = t.call('feedback.record', { kind: 'lostSale', productId: chocolate, quantity: onHand + 5000 });
    expect(row(chocolate)).toMatchObject({ lostRecently: onHand + 5000, minQuantity: 0, maxQuantity: 0, supplierName: NORD, suggestedQuantity: 20_000 });
    // Declining the wish ("we will not stock it") takes it out again.
    t.call('feedback.update', { id: lost.id, status: 'inReview', ownerId: null });
    t.call('feedback.update', { id: lost.id, status: 'declined', ownerId: null, resolution: 'Nicht im Sortiment' });
    expect(row(chocolate)).toBeUndefined();
  });

  test('recent sales (28 days, returns taken off) add what sells during the lead time', () => {
    t = purchasingCore({ at: '2026-01-01T09:00:00Z' });
    const coffee = 'Kaffee ganze Bohne 500 g';
    saleOn(t, '2026-01-02', [{ product: coffee, pieces: 2 }], { method: 'card' }); // before the window
    saleOn(t, '2026-01-20', [{ product: coffee, pieces: 6 }], { method: 'card' });
    const sale = saleOn(t, '2026-02-01', [{ product: coffee, pieces: 2 }], { method: 'card' });
    returnOn(t, '2026-02-02', sale, coffee, 1, 'card');
    t.clock.set('2026-02-05T10:00:00Z');
    t.signInPin('7777');
    const row = t.call('purchasing.reorder.suggestions', {}).find((r) => r.name === coffee)!;
    // On hand 16 − 2 − 6 − 2 + 1 = 7; sold since 8 January 6 + 2 − 1 = 7.
    // 7 pieces in 28 days × 5 days' lead time = 1.25 pieces → 40 − 7 + 1.25 = 34.25 → 6 packs of 6 = 36.
    expect(row).toMatchObject({ onHand: 7000, onOrder: 0, soldRecently: 7000, leadTimeDays: 5, packSize: 6000, suggestedQuantity: 36_000 });
  });

  test('the cheapest active supplier is chosen; on the same price the older one', () => {
    t = purchasingCore();
    const espresso = productId(t, 'Espresso 250 g');
    t.call('stock.limits.set', { productId: espresso, locationId: SHOP, minQuantity: 30_000, maxQuantity: 40_000 });
    const row = () => t.call('purchasing.reorder.suggestions', {}).find((r) => r.productId === espresso)!;
    // Berger 3.75 in packs of 6 (40 − 24 = 16 → 18); Nord 3.99 in packs of 12.
    expect(row()).toMatchObject({ supplierName: BERGER, unitCostCents: 375, suggestedQuantity: 18_000 });
    t.call('purchasing.suppliers.setActive', { id: supplierId(t, BERGER), active: false });
    expect(row()).toMatchObject({ supplierName: NORD, unitCostCents: 399, suggestedQuantity: 24_000 });
    t.call('purchasing.suppliers.setActive', { id: supplierId(t, BERGER), active: true });
    t.call('purchasing.supplierProducts.set', { supplierId: supplierId(t, NORD), productId: espresso, supplierSku: 'GN-40075', priceCents: 375, packSize: 12_000, leadTimeDays: 2 });
    expect(row()).toMatchObject({ supplierName: NORD, unitCostCents: 375 });
  });

  test('chosen suggestions become one draft per supplier and location, at the supplier\'s price', () => {
    t = purchasingCore();
    const nord = supplierId(t, NORD);
    const berger = supplierId(t, BERGER);
    const [gummy, coffee, candles, cola] = ['Gummibärchen 200 g', 'Kaffee ganze Bohne 500 g', 'Kerzen 4 Stk.', 'Cola 0,5 l'].map((n) => productId(t, n)) as [number, number, number, number];
    const orders = t.call('purchasing.reorder.createOrders', {
      lines: [
        { productId: gummy, locationId: SHOP, supplierId: nord, quantity: 24_000 },
        { productId: coffee, locationId: SHOP, supplierId: berger, quantity: 24_000 },
        { productId: candles, locationId: SHOP, supplierId: nord, quantity: 16_000 }, // Nord does not carry candles (yet)
        { productId: cola, locationId: STORE, supplierId: nord, quantity: 48_000 },
      ],
    });
    expect(orders.map((o) => [o.number, o.status, o.supplierName, o.locationName])).toEqual([
      [1, 'draft', NORD, 'Laden'], [2, 'draft', BERGER, 'Laden'], [3, 'draft', NORD, 'Lager'],
    ]);
    expect(orders.map((o) => o.lines.map((l) => [l.name, l.quantity, l.unitCostCents, l.supplierSku]))).toEqual([
      [['Gummibärchen 200 g', 24_000, 68, 'GN-20099'], ['Kerzen 4 Stk.', 16_000, 239, '']],
      [['Kaffee ganze Bohne 500 g', 24_000, 520, 'RB-1001']],
      [['Cola 0,5 l', 48_000, 85, 'GN-10123']],
    ]);
    // Drafts are not on order yet; placed, the shop's suggestions for them are gone.
    expect(t.call('purchasing.reorder.suggestions', { locationId: SHOP })).toHaveLength(4);
    t.call('purchasing.orders.place', { id: orders[0]!.id });
    expect(t.call('purchasing.reorder.suggestions', { locationId: SHOP }).map((r) => r.name)).toEqual(['Cola 0,5 l', 'Kaffee ganze Bohne 500 g']);

    const line = { productId: gummy, locationId: SHOP, supplierId: nord, quantity: 12_000 };
    refused(t, 'purchasing.reorder.createOrders', { lines: [line, line] }, 'VALIDATION', 'purchasingDuplicateLine');
    refused(t, 'purchasing.reorder.createOrders', { lines: [line, { ...line, productId: 999_999 }] }, 'NOT_FOUND', 'stockProductNotFound');
    refused(t, 'purchasing.reorder.createOrders', { lines: [line, { ...line, supplierId: 99 }] }, 'NOT_FOUND', 'supplierNotFound');
    t.call('purchasing.suppliers.setActive', { id: berger, active: false });
    refused(t, 'purchasing.reorder.createOrders', { lines: [line, { ...line, productId: coffee, supplierId: berger }] }, 'CONFLICT', 'supplierInactive');
    t.signInPin('1111');
    refused(t, 'purchasing.reorder.createOrders', { lines: [line] }, 'FORBIDDEN');
  });
});

describe('incoming', () => {
  test('outstanding lines of placed orders, earliest expected first and undated last; late ones are flagged; the counter shows them', () => {
    t = purchasingCore();
    const nord = supplierId(t, NORD);
    const cola = productId(t, 'Cola 0,5 l');
    const beer = productId(t, 'Bier Pils 0,5 l');
    const later = placedOrder(t, { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 12_000, unitCostCents: 85 }] }, '2026-01-20');
    const sooner = placedOrder(t, { supplierId: nord, locationId: STORE, lines: [{ productId: beer, quantity: 20_000, unitCostCents: 68 }, { productId: cola, quantity: 24_000, unitCostCents: 85 }] }, '2026-01-17');
    // Berger has no data for cola, so no lead time: the order has no expected day.
    const undated = placedOrder(t, { supplierId: supplierId(t, BERGER), locationId: SHOP, lines: [{ productId: cola, quantity: 6000, unitCostCents: 90 }] });
    expect(undated.expectedOn).toBeNull();
    t.call('purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 1000, unitCostCents: 85 }] }); // a draft is not coming
    t.call('purchasing.receipts.create', { orderId: sooner.id, locationId: STORE, lines: [{ productId: cola, quantity: 4000 }] });

    const lines = (productId: number | null) => t.call('purchasing.incoming', { productId }).map((l) => [l.orderNumber, l.name, l.outstanding, l.expectedOn, l.overdue]);
    expect(lines(null)).toEqual([
      [sooner.number, 'Bier Pils 0,5 l', 20_000, '2026-01-17', false],
      [sooner.number, 'Cola 0,5 l', 20_000, '2026-01-17', false],
      [later.number, 'Cola 0,5 l', 12_000, '2026-01-20', false],
      [undated.number, 'Cola 0,5 l', 6000, null, false],
    ]);
    expect(t.call('purchasing.incoming', { productId: beer })[0]).toMatchObject({ orderId: sooner.id, supplierName: NORD, productId: beer, sku: 'LM-0125' });
    expect(t.call('stock.atCounter', { productId: cola }).incoming).toEqual([
      { quantity: 20_000, expectedOn: '2026-01-17' }, { quantity: 12_000, expectedOn: '2026-01-20' }, { quantity: 6000, expectedOn: null },
    ]);

    // Three days later the first order is late; once closed it is no longer expected.
    t.clock.set('2026-01-18T10:00:00Z');
    t.signInPin('7777');
    expect(lines(cola).map((l) => l[4])).toEqual([true, false, false]);
    t.call('purchasing.orders.close', { id: sooner.id, reason: 'Rest kommt nicht' });
    expect(t.call('stock.atCounter', { productId: cola }).incoming).toEqual([{ quantity: 12_000, expectedOn: '2026-01-20' }, { quantity: 6000, expectedOn: null }]);
    expect(lines(beer)).toEqual([]);
    // A cashier sees the counter hint (it needs no back-office right).
    t.signInPin('1111');
    expect(t.call('stock.atCounter', { productId: cola }).incoming).toHaveLength(2);
  });

  test('the counter\'s lookup for one product starts from the index on order lines by product', () => {
    t = purchasingCore();
    const plan = t.core.db.prepare(`EXPLAIN QUERY PLAN ${incomingSql(true)}`).all({ today: '2026-01-15', product: 1 })
      .map((r) => (r as { detail: string }).detail).join('\n');
    expect(plan).toMatch(/SEARCH l USING INDEX purchase_order_lines_product \(product_id=\?\)/);
    expect(plan).not.toMatch(/SCAN/);
  });
});
