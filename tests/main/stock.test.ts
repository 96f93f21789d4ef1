/** Stock: locations, overview, adjustments and transfers as documents, limits, valuation — against the real core. */
import { receiveAtCost } from '../../src-main/modules/stock/cost';
import { logicalDump } from '../helpers/core';
import { counterCore, productId, sell, type TestCore } from '../helpers/counter';
import { ctxOf } from '../helpers/stock';

let t: TestCore;
beforeEach(() => {
  t = counterCore();
  t.signInOwner();
});
afterEach(() => t.close());

const SHOP = 1;
const STORE = 2;
const onHand = (product: number, location: number) =>
  t.call('stock.product', { productId: product }).locations.find((l) => l.locationId === location)!.quantity;

/** The call fails with this code and reason and leaves the database as it was. */
function refused(channel: string, input: unknown, code: string, reason?: string) {
  const before = logicalDump(t.core.db);
  const result = t.invoke(channel, input);
  expect(result.ok, channel).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    if (reason) expect(result.error.details?.reason).toBe(reason);
  }
  expect(logicalDump(t.core.db)).toBe(before);
}

test('locations are listed with their moves, created and renamed; names are unique regardless of case', () => {
  const before = t.call('stock.locations.list', {});
  expect(before.map((l) => l.name)).toEqual(['Laden', 'Lager']);
  expect(before[0]!.moves).toBeGreaterThan(100); // the demo's opening stock
  const cellar = t.call('stock.locations.create', { name: 'Keller' });
  expect(cellar).toMatchObject({ name: 'Keller', role: null, moves: 0 });
  expect(t.call('stock.locations.rename', { id: cellar.id, name: 'Kühlkeller' }).name).toBe('Kühlkeller');
  refused('stock.locations.create', { name: 'laden' }, 'CONFLICT', 'stockLocationNameTaken');
  refused('stock.locations.rename', { id: STORE, name: 'LADEN' }, 'CONFLICT', 'stockLocationNameTaken');
  refused('stock.locations.rename', { id: 99, name: 'X' }, 'NOT_FOUND', 'stockLocationNotFound');
});

test('the overview pages and searches products with their stock per location or everywhere', () => {
  const bread = productId(t, 'Bauernbrot');
  const opening = onHand(bread, SHOP);
  expect(opening).toBeGreaterThan(0);
  const page = t.call('stock.overview', { search: 'Bauernbrot', limit: 10 });
  expect(page.rows.map((r) => r.name)).toEqual(['Bauernbrot', 'Bauernbrot Bio', 'Bauernbrot groß']);
  expect(page.rows[0]).toMatchObject({ productId: bread, quantity: opening });
  expect(t.call('stock.overview', { search: 'Bauernbrot', locationId: STORE }).rows[0]!.quantity).toBe(0);
  expect(t.call('stock.overview', { search: 'Bauernbrot', locationId: STORE, onlyWithStock: true }).total).toBe(0);
  const all = t.call('stock.overview', { limit: 7, offset: 7 });
  expect(all.rows).toHaveLength(7);
  expect(all.total).toBe(t.core.db.prepare('SELECT count(*) FROM products').pluck().get());
  expect(t.call('stock.overview', { search: '100%_' }).total).toBe(0);
  refused('stock.overview', { locationId: 99 }, 'NOT_FOUND', 'stockLocationNotFound');
  refused('stock.product', { productId: 999_999 }, 'NOT_FOUND', 'stockProductNotFound');
});

test('an adjustment is one numbered document with a reason and a note; waste only reduces', () => {
  const bread = productId(t, 'Bauernbrot');
  const cola = productId(t, 'Cola 0,5 l');
  const [b0, c0] = [onHand(bread, SHOP), onHand(cola, SHOP)];
  const doc = t.call('stock.adjust', { locationId: SHOP, reason: 'adjustment', note: 'Lieferung nachgezählt', lines: [{ productId: bread, quantity: 2000 }, { productId: cola, quantity: -1000 }] });
  expect(doc).toMatchObject({ kind: 'adjustment', number: 1, note: 'Lieferung nachgezählt', staffName: 'Anna Becker' });
  expect(doc.moves.map((m) => [m.productId, m.quantity, m.reason])).toEqual([[bread, 2000, 'adjustment'], [cola, -1000, 'adjustment']]);
  expect([onHand(bread, SHOP), onHand(cola, SHOP)]).toEqual([b0 + 2000, c0 - 1000]);
  const waste = t.call('stock.adjust', { locationId: SHOP, reason: 'waste', note: 'Bruch', lines: [{ productId: cola, quantity: -2000 }] });
  expect(waste.number).toBe(2);
  expect(waste.moves[0]!.reason).toBe('waste');
  expect(t.call('stock.document.get', { id: doc.id })).toEqual(doc);
  expect(t.call('stock.documents.list', { kind: 'adjustment' }).documents.map((d) => [d.number, d.moveCount])).toEqual([[2, 1], [1, 2]]);
  const audit = t.core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'stock.%'").pluck().all();
  expect(audit).toEqual(['stock.adjustment', 'stock.adjustment']);

  refused('stock.adjust', { locationId: SHOP, reason: 'waste', note: 'x', lines: [{ productId: cola, quantity: 1000 }] }, 'VALIDATION', 'stockWasteMustReduce');
  refused('stock.adjust', { locationId: SHOP, reason: 'adjustment', note: 'x', lines: [{ productId: cola, quantity: 1000 }, { productId: 999_999, quantity: 1000 }] }, 'NOT_FOUND', 'stockProductNotFound');
  refused('stock.adjust', { locationId: 99, reason: 'adjustment', note: 'x', lines: [{ productId: cola, quantity: 1000 }] }, 'NOT_FOUND', 'stockLocationNotFound');
  refused('stock.adjust', { locationId: SHOP, reason: 'adjustment', note: 'x', lines: [{ productId: cola, quantity: 1000 }, { productId: cola, quantity: 1000 }] }, 'VALIDATION', 'stockDuplicateLine');
  refused('stock.adjust', { locationId: SHOP, reason: 'adjustment', note: 'x', lines: [{ productId: cola, quantity: 0 }] }, 'VALIDATION');
  refused('stock.adjust', { locationId: SHOP, reason: 'adjustment', note: '  ', lines: [{ productId: cola, quantity: 1 }] }, 'VALIDATION');
  refused('stock.document.get', { id: 99 }, 'NOT_FOUND', 'stockDocumentNotFound');
});

test('a transfer is one document with two moves per product and never takes more than is there', () => {
  const bread = productId(t, 'Bauernbrot');
  const b0 = onHand(bread, SHOP);
  const doc = t.call('stock.transfer', { fromLocationId: SHOP, toLocationId: STORE, note: 'ins Lager', lines: [{ productId: bread, quantity: 3000 }] });
  expect(doc).toMatchObject({ kind: 'transfer', number: 1 });
  expect(doc.moves.map((m) => [m.locationId, m.quantity, m.reason])).toEqual([[SHOP, -3000, 'transfer'], [STORE, 3000, 'transfer']]);
  expect(t.call('stock.product', { productId: bread })).toMatchObject({ total: b0, locations: [{ quantity: b0 - 3000 }, { quantity: 3000 }] });
  refused('stock.transfer', { fromLocationId: STORE, toLocationId: SHOP, lines: [{ productId: bread, quantity: 3001 }] }, 'CONFLICT', 'stockInsufficient');
  refused('stock.transfer', { fromLocationId: STORE, toLocationId: STORE, lines: [{ productId: bread, quantity: 1 }] }, 'VALIDATION');
  refused('stock.transfer', { fromLocationId: STORE, toLocationId: SHOP, lines: [{ productId: bread, quantity: -1 }] }, 'VALIDATION');
  refused('stock.transfer', { fromLocationId: STORE, toLocationId: 99, lines: [{ productId: bread, quantity: 1 }] }, 'NOT_FOUND', 'stockLocationNotFound');
});

test('a cashier may not adjust stock', () => {
  t.signInPin('1111');
  const result = t.invoke('stock.adjust', { locationId: SHOP, reason: 'adjustment', note: 'x', lines: [{ productId: 1, quantity: 1000 }] });
  expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('minimum and maximum per product and location give the low-stock list with an order suggestion up to the maximum', () => {
  const bread = productId(t, 'Bauernbrot');
  const cola = productId(t, 'Cola 0,5 l');
  const b0 = onHand(bread, SHOP);
  // The demo shop comes with a few products below their minimum (for purchasing); start from none.
  for (const r of t.call('stock.lowStock', {}).rows) t.call('stock.limits.set', { productId: r.productId, locationId: r.locationId, minQuantity: null, maxQuantity: null });
  expect(t.call('stock.lowStock', {}).total).toBe(0);
  const set = t.call('stock.limits.set', { productId: bread, locationId: SHOP, minQuantity: b0 + 1000, maxQuantity: b0 + 10_000 });
  expect(set.locations[0]).toMatchObject({ minQuantity: b0 + 1000, maxQuantity: b0 + 10_000 });
  t.call('stock.limits.set', { productId: cola, locationId: STORE, minQuantity: 0, maxQuantity: 24_000 }); // 0 < 0 is not low
  t.call('stock.limits.set', { productId: cola, locationId: SHOP, minQuantity: 1000, maxQuantity: 6000 }); // plenty there
  expect(t.call('stock.lowStock', {}).rows).toEqual([
    { productId: bread, sku: expect.any(String), name: 'Bauernbrot', unit: 'piece', locationId: SHOP, locationName: 'Laden', quantity: b0, minQuantity: b0 + 1000, maxQuantity: b0 + 10_000, suggestedQuantity: 10_000 },
  ]);
  sell(t, [{ productId: bread, quantity: 2000 }]);
  expect(t.call('stock.lowStock', { locationId: SHOP }).rows[0]!.suggestedQuantity).toBe(12_000);
  expect(t.call('stock.lowStock', { locationId: STORE }).total).toBe(0);
  t.call('stock.limits.set', { productId: bread, locationId: SHOP, minQuantity: null, maxQuantity: null });
  expect(t.call('stock.lowStock', {}).total).toBe(0);
  refused('stock.limits.set', { productId: bread, locationId: SHOP, minQuantity: 5000, maxQuantity: 1000 }, 'VALIDATION');
  refused('stock.limits.set', { productId: bread, locationId: SHOP, minQuantity: 5000, maxQuantity: null }, 'VALIDATION');
  refused('stock.limits.set', { productId: bread, locationId: 99, minQuantity: 1, maxQuantity: 2 }, 'NOT_FOUND', 'stockLocationNotFound');
});

test('moving-average cost starts at the catalogue cost, averages goods receipts, and values any past day', () => {
  const cola = productId(t, 'Cola 0,5 l');
  const ctx = ctxOf(t);
  const catalogueCost = t.core.db.prepare('SELECT cost_cents FROM products WHERE id = ?').pluck().get(cola) as number;
  const q0 = t.call('stock.product', { productId: cola }).total;
  const dayBefore = t.call('stock.valuation', { date: '2026-01-15', limit: 500 });
  expect(dayBefore.rows.find((r) => r.productId === cola)).toMatchObject({ quantity: q0, costCents: catalogueCost, valueCents: Math.round((q0 * catalogueCost) / 1000) });
  expect(dayBefore.totalValueCents).toBe(dayBefore.rows.reduce((s, r) => s + r.valueCents, 0));

  t.clock.set('2026-01-16T10:00:00Z');
  t.signInOwner(); // the session of the day before has expired
  const newCost = t.core.db.transaction(() => receiveAtCost(ctx(), { productId: cola, locationId: STORE, quantity: q0, unitCostCents: catalogueCost + 100, sourceType: 'test', sourceId: null }))();
  expect(newCost).toBe(catalogueCost + 50); // as much again at 1 € more: half-way
  const later = t.call('stock.valuation', { date: '2026-01-16', limit: 500 });
  expect(later.rows.find((r) => r.productId === cola)).toMatchObject({ quantity: 2 * q0, costCents: catalogueCost + 50 });
  // The earlier day still shows the earlier cost and quantity.
  expect(t.call('stock.valuation', { date: '2026-01-15', limit: 500 })).toEqual(dayBefore);
  expect(t.call('stock.valuation', { date: '2025-12-31' })).toMatchObject({ total: 0, totalValueCents: 0 });
  expect(() => receiveAtCost(ctx(), { productId: cola, locationId: STORE, quantity: 0, unitCostCents: 1, sourceType: 'test', sourceId: null })).toThrow(/positive quantity/);
});

test('the counter sees the stock here and in the other locations', () => {
  const bread = productId(t, 'Bauernbrot');
  const b0 = onHand(bread, SHOP);
  expect(t.call('stock.atCounter', { productId: bread })).toEqual({ productId: bread, unit: 'piece', here: b0, elsewhere: [], incoming: [] });
  t.call('stock.transfer', { fromLocationId: SHOP, toLocationId: STORE, lines: [{ productId: bread, quantity: 4000 }] });
  t.signInPin('1111'); // a cashier may look
  expect(t.call('stock.atCounter', { productId: bread })).toEqual({
    productId: bread, unit: 'piece', here: b0 - 4000, elsewhere: [{ locationId: STORE, locationName: 'Lager', quantity: 4000 }], incoming: [],
  });
  expect(t.invoke('stock.atCounter', { productId: 999_999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'stockProductNotFound' } } });
});
