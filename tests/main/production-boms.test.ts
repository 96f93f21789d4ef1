/**
 * Bills of materials and producing from them: the components move out exactly (quantity × N ÷
 * output, rounded to a thousandth), the product comes in at their cost (hand-computed below), a
 * later change of the bill leaves past productions alone, cycles and shortfalls are refused.
 */
import { productId, type TestCore } from '../helpers/counter';
import { logicalDump, testCore } from '../helpers/core';

function demo(): TestCore {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  return t;
}

const onHand = (t: TestCore, product: number, location?: number) =>
  t.core.db.prepare('SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE product_id = ? AND (? IS NULL OR location_id = ?)').pluck().get(product, location ?? null, location ?? null) as number;
const cost = (t: TestCore, product: number) =>
  (t.core.db.prepare('SELECT cost_cents FROM stock_costs WHERE product_id = ? ORDER BY id DESC LIMIT 1').pluck().get(product) as number | undefined)
  ?? (t.core.db.prepare('SELECT cost_cents FROM products WHERE id = ?').pluck().get(product) as number);

function refusal(t: TestCore, channel: Parameters<TestCore['invoke']>[0], input: unknown) {
  const before = logicalDump(t.core.db);
  const result = t.invoke(channel, input);
  expect(logicalDump(t.core.db)).toBe(before);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

test('a batch recipe: producing moves exactly the rounded components and values the product at their cost', () => {
  const t = demo();
  const zopf = productId(t, 'Zopf');
  const butter = productId(t, 'Butter 250 g');
  const milk = productId(t, 'Vollmilch 1 l');
  // The demo's costs (60 % of the price) and opening stock, the starting point of the hand computation.
  expect([cost(t, zopf), cost(t, butter), cost(t, milk)]).toEqual([210, 143, 77]);
  expect([onHand(t, zopf), onHand(t, butter, 1), onHand(t, milk, 1)]).toEqual([44_000, 36_000, 28_000]);

  // Three plaits take two packs of butter and a litre of milk.
  const bom = t.call('production.bom.save', { productId: zopf, outputQuantity: 3000, components: [{ productId: butter, quantity: 2000 }, { productId: milk, quantity: 1000 }] });
  expect(bom.version).toBe(1);
  // Per plait: (2000 × 143 + 1000 × 77) / 3000 = 363000 / 3000 = 121 cents.
  expect(bom.unitCostCents).toBe(121);

  const preview = t.call('production.preview', { productId: zopf, quantity: 2000, locationId: 1 });
  const made = t.call('production.produce', { productId: zopf, quantity: 2000, locationId: 1, note: 'Sonntag' });
  // Two plaits: butter 2000 × 2000 / 3000 = 1333.3 → 1333; milk 1000 × 2000 / 3000 = 666.7 → 667.
  expect(made.lines.map((l) => [l.name, l.quantity, l.unitCostCents, l.costCents])).toEqual([
    ['Butter 250 g', 1333, 143, 191], // 1333 × 143 = 190619 → 190.619 → 191 cents
    ['Vollmilch 1 l', 667, 77, 51], // 667 × 77 = 51359 → 51 cents
  ]);
  // Σ = 190619 + 51359 = 241978 thousandth-cents: 242 cents in all, 241978 / 2000 = 120.989 → 121 per plait.
  expect([made.number, made.totalCostCents, made.unitCostCents]).toEqual([1, 242, 121]);
  expect(preview).toMatchObject({ totalCostCents: 242, unitCostCents: 121, possible: true });

  const moves = t.core.db.prepare("SELECT product_id AS p, location_id AS l, quantity AS q, reason FROM stock_moves WHERE source_type = 'production' AND source_id = ? ORDER BY id").all(made.id);
  expect(moves).toEqual([
    { p: butter, l: 1, q: -1333, reason: 'production' },
    { p: milk, l: 1, q: -667, reason: 'production' },
    { p: zopf, l: 1, q: 2000, reason: 'production' },
  ]);
  expect([onHand(t, zopf), onHand(t, butter, 1), onHand(t, milk, 1)]).toEqual([46_000, 34_667, 27_333]);
  // Moving average: (44000 × 210 + 2000 × 121) / 46000 = 9482000 / 46000 = 206.1 → 206.
  expect(cost(t, zopf)).toBe(206);
  expect(preview.newCostCents).toBe(206);
  expect(t.core.db.prepare("SELECT source_type, source_id FROM stock_costs WHERE product_id = ?").get(zopf)).toEqual({ source_type: 'production', source_id: made.id });
  // The components' own average does not change by taking them out.
  expect([cost(t, butter), cost(t, milk)]).toEqual([143, 77]);
  expect(t.core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'production.%' ORDER BY id").pluck().all()).toEqual(['production.bom.save', 'production.produce']);
  t.close();
});

test('a gift basket per piece: three baskets cost what their nine components cost', () => {
  const t = demo();
  const basket = productId(t, 'Geschenkkorb klein');
  const honey = productId(t, 'Honig 500 g');
  const chocolate = productId(t, 'Schokolade Vollmilch 100 g');
  const bag = productId(t, 'Stofftasche');
  expect([cost(t, basket), cost(t, honey), cost(t, chocolate), cost(t, bag), onHand(t, basket)]).toEqual([1494, 479, 89, 419, 24_000]);
  t.call('production.bom.save', { productId: basket, components: [{ productId: honey, quantity: 1000 }, { productId: chocolate, quantity: 2000 }, { productId: bag, quantity: 1000 }] });
  const made = t.call('production.produce', { productId: basket, quantity: 3000, locationId: 1 });
  // 3 × 479 + 6 × 89 + 3 × 419 = 1437 + 534 + 1257 = 3228 cents; 1076 per basket.
  expect([made.totalCostCents, made.unitCostCents]).toEqual([3228, 1076]);
  expect(made.lines.map((l) => l.quantity)).toEqual([3000, 6000, 3000]);
  // (24000 × 1494 + 3000 × 1076) / 27000 = 39084000 / 27000 = 1447.6 → 1448.
  expect(cost(t, basket)).toBe(1448);
  t.close();
});

test('changing a bill adds a version; the earlier production keeps what it consumed', () => {
  const t = demo();
  const basket = productId(t, 'Geschenkkorb klein');
  const honey = productId(t, 'Honig 500 g');
  const chocolate = productId(t, 'Schokolade Vollmilch 100 g');
  t.call('production.bom.save', { productId: basket, note: 'klein', components: [{ productId: honey, quantity: 1000 }] });
  // Saving the same bill again changes nothing.
  expect(t.call('production.bom.save', { productId: basket, note: 'klein', components: [{ productId: honey, quantity: 1000 }] }).version).toBe(1);
  const first = t.call('production.produce', { productId: basket, quantity: 1000, locationId: 1 });
  const v2 = t.call('production.bom.save', { productId: basket, note: 'mit Schokolade', components: [{ productId: honey, quantity: 1000 }, { productId: chocolate, quantity: 3000 }] });
  expect(v2.version).toBe(2);
  expect(t.call('production.get', { id: first.id })).toMatchObject({ bomVersion: 1, lines: [{ productId: honey, quantity: 1000, unitCostCents: 479 }] });
  const { current, versions } = t.call('production.bom.get', { productId: basket });
  expect(current?.version).toBe(2);
  expect(versions.map((v) => [v.version, v.retiredAt !== null, v.componentCount])).toEqual([[2, false, 2], [1, true, 1]]);
  expect(t.call('production.bom.version', { id: versions[1]!.id }).components.map((c) => c.productId)).toEqual([honey]);
  const second = t.call('production.produce', { productId: basket, quantity: 1000, locationId: 1 });
  expect(second.lines.map((l) => l.quantity)).toEqual([1000, 3000]);
  expect(t.call('production.list', { productId: basket }).rows.map((r) => r.number)).toEqual([2, 1]);

  t.call('production.bom.retire', { productId: basket });
  expect(t.call('production.boms.list', {}).map((b) => b.productId)).not.toContain(basket);
  expect(refusal(t, 'production.produce', { productId: basket, quantity: 1000, locationId: 1 }).details).toMatchObject({ reason: 'productionNoBom' });
  t.close();
});

test('a bill may not contain its product, directly or through sub-assemblies, nor a component twice', () => {
  const t = demo();
  const [a, b, c, d] = ['Geschenkkorb klein', 'Geschenkkorb klein Deluxe', 'Honig 500 g', 'Stofftasche'].map((n) => productId(t, n)) as [number, number, number, number];
  expect(refusal(t, 'production.bom.save', { productId: a, components: [{ productId: a, quantity: 1000 }] }).details).toMatchObject({ reason: 'productionBomContainsItself' });
  t.call('production.bom.save', { productId: a, components: [{ productId: b, quantity: 1000 }] });
  t.call('production.bom.save', { productId: b, components: [{ productId: c, quantity: 1000 }] });
  // c → a would close a → b → c → a.
  expect(refusal(t, 'production.bom.save', { productId: c, components: [{ productId: d, quantity: 1000 }, { productId: a, quantity: 500 }] }).details)
    .toMatchObject({ reason: 'productionBomCycle', name: 'Geschenkkorb klein' });
  expect(refusal(t, 'production.bom.save', { productId: b, components: [{ productId: a, quantity: 1000 }] }).details).toMatchObject({ reason: 'productionBomCycle' });
  expect(refusal(t, 'production.bom.save', { productId: d, components: [{ productId: c, quantity: 1000 }, { productId: c, quantity: 2000 }] }).details)
    .toMatchObject({ reason: 'productionBomDuplicate' });
  expect(refusal(t, 'production.bom.save', { productId: d, components: [{ productId: 99_999, quantity: 1000 }] }).details).toMatchObject({ reason: 'stockProductNotFound' });
  // A sub-assembly is consumed from stock like any component (it is not produced on the way).
  const made = t.call('production.produce', { productId: a, quantity: 1000, locationId: 1 });
  expect(made.lines).toMatchObject([{ productId: b, quantity: 1000 }]);
  expect(t.call('production.bom.get', { productId: a }).current?.components[0]).toMatchObject({ productId: b, hasBom: true });
  t.close();
});

test('too little of a component where it is produced, or a consumption that rounds to nothing: refused, nothing written', () => {
  const t = demo();
  const basket = productId(t, 'Geschenkkorb klein');
  const honey = productId(t, 'Honig 500 g');
  const bag = productId(t, 'Stofftasche');
  t.call('production.bom.save', { productId: basket, components: [{ productId: honey, quantity: 1000 }, { productId: bag, quantity: 1000 }] });
  // The store room (location 2) holds nothing.
  const preview = t.call('production.preview', { productId: basket, quantity: 1000, locationId: 2 });
  expect(preview.possible).toBe(false);
  expect(preview.lines.map((l) => l.short)).toEqual([true, true]);
  const error = refusal(t, 'production.produce', { productId: basket, quantity: 1000, locationId: 2 });
  expect(error).toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { reason: 'productionStockInsufficient', name: 'Honig 500 g', location: 'Lager', available: 0, needed: 1000 } });
  const honeyHere = onHand(t, honey, 1);
  expect(refusal(t, 'production.produce', { productId: basket, quantity: honeyHere + 1000, locationId: 1 }).details).toMatchObject({ reason: 'productionStockInsufficient', needed: honeyHere + 1000 });

  // 1 thousandth of honey makes 1000 baskets: one basket would use a millionth of a jar.
  t.call('production.bom.save', { productId: basket, outputQuantity: 1_000_000, components: [{ productId: honey, quantity: 1 }] });
  expect(refusal(t, 'production.produce', { productId: basket, quantity: 1000, locationId: 1 }).details).toMatchObject({ reason: 'productionQuantityTooSmall', name: 'Honig 500 g' });
  expect(refusal(t, 'production.produce', { productId: 99_999, quantity: 1000, locationId: 1 }).details).toMatchObject({ reason: 'stockProductNotFound' });
  expect(refusal(t, 'production.produce', { productId: basket, quantity: 0, locationId: 1 }).code).toBe('VALIDATION');
  t.close();
});

test('producing for a stock work order completes it; for a customer order it makes the order ready', () => {
  const t = demo();
  const basket = productId(t, 'Geschenkkorb klein');
  const honey = productId(t, 'Honig 500 g');
  t.call('production.bom.save', { productId: basket, components: [{ productId: honey, quantity: 1000 }] });
  const stockOrder = t.call('production.workOrders.create', { kind: 'stock', title: 'Körbe fürs Regal', productId: basket, quantity: 2000 });
  const service = t.call('production.workOrders.create', { kind: 'serviceJob', title: 'Uhr', fault: 'steht' });
  const other = t.call('production.workOrders.create', { kind: 'customerOrder', title: 'Honig', productId: honey, quantity: 1000 });
  expect(refusal(t, 'production.produce', { productId: basket, quantity: 2000, locationId: 1, workOrderId: service.id }).details).toMatchObject({ reason: 'productionWorkOrderKind' });
  expect(refusal(t, 'production.produce', { productId: basket, quantity: 2000, locationId: 1, workOrderId: other.id }).details).toMatchObject({ reason: 'productionWorkOrderProduct' });

  const made = t.call('production.produce', { productId: basket, quantity: 2000, locationId: 1, workOrderId: stockOrder.id });
  expect(made).toMatchObject({ workOrderId: stockOrder.id, workOrderNumber: stockOrder.number });
  const done = t.call('production.workOrders.get', { id: stockOrder.id });
  expect(done.status).toBe('handedOver');
  expect(done.closedAt).not.toBeNull();
  expect(done.events.at(-1)).toMatchObject({ kind: 'status', from: 'received', to: 'handedOver', note: 'Fertigung Nr. 1' });
  expect(done.productions.map((p) => p.number)).toEqual([1]);
  expect(refusal(t, 'production.produce', { productId: basket, quantity: 1000, locationId: 1, workOrderId: stockOrder.id }).details).toMatchObject({ reason: 'workOrderClosed' });

  const order = t.call('production.workOrders.create', { kind: 'customerOrder', title: 'Korb für Frau Maier', productId: basket, quantity: 1000, promisedOn: '2026-01-20' });
  t.call('production.produce', { productId: basket, quantity: 1000, locationId: 1, workOrderId: order.id });
  expect(t.call('production.workOrders.get', { id: order.id }).status).toBe('ready');
  t.close();
});
