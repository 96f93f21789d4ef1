/** Stock counts: snapshot at the start, several counters, sales during the count, posting as one document. */
import { logicalDump } from '../helpers/core';
import { counterCore, productId, sell, type TestCore } from '../helpers/counter';

let t: TestCore;
beforeEach(() => {
  t = counterCore();
  t.signInOwner();
});
afterEach(() => t.close());

const SHOP = 1;
const STORE = 2;
const onHand = (product: number, location = SHOP) =>
  t.call('stock.product', { productId: product }).locations.find((l) => l.locationId === location)!.quantity;
const categoryOf = (product: number) => t.core.db.prepare('SELECT category_id FROM products WHERE id = ?').pluck().get(product) as number;

test('a count with sales in between posts the right differences', () => {
  const bread = productId(t, 'Bauernbrot');
  const rolls = productId(t, 'Dinkelbrötchen');
  const croissant = productId(t, 'Croissant');
  const [b0, r0, c0] = [onHand(bread), onHand(rolls), onHand(croissant)];
  const sheet = t.call('stock.count.start', { locationId: SHOP, categoryId: categoryOf(bread), note: 'Inventur Backwaren' });
  expect(sheet.status).toBe('open');
  expect(sheet.lines.find((l) => l.productId === bread)).toMatchObject({ snapshotQuantity: b0, expectedQuantity: b0, countedQuantity: null, difference: null });
  expect(sheet.lines.every((l) => categoryOf(l.productId) === categoryOf(bread))).toBe(true);

  // Two breads are sold before anyone counts bread: 1 is really missing on the shelf.
  sell(t, [{ productId: bread, quantity: 2000 }]);
  expect(t.call('stock.count.get', { countId: sheet.id }).lines.find((l) => l.productId === bread)!.expectedQuantity).toBe(b0 - 2000);
  t.call('stock.count.record', { countId: sheet.id, productId: bread, mode: 'set', quantity: b0 - 3000 });
  // Rolls counted on two shelves by two people: the entries add up, and match.
  t.call('stock.count.record', { countId: sheet.id, productId: rolls, mode: 'add', quantity: r0 - 5000 });
  const rollsLine = t.call('stock.count.record', { countId: sheet.id, productId: rolls, mode: 'add', quantity: 5000 });
  expect(rollsLine).toMatchObject({ countedQuantity: r0, difference: 0, entries: 2 });
  // Croissants: a typo corrected by typing again (set replaces).
  t.call('stock.count.record', { countId: sheet.id, productId: croissant, mode: 'set', quantity: 99_000 });
  t.call('stock.count.record', { countId: sheet.id, productId: croissant, mode: 'set', quantity: c0 + 1000 });
  // Bread sold after it was counted: not a difference of the count.
  sell(t, [{ productId: bread, quantity: 1000 }]);

  const posted = t.call('stock.count.post', { countId: sheet.id });
  expect(posted.status).toBe('posted');
  const doc = t.call('stock.document.get', { id: posted.documentId! });
  expect(doc).toMatchObject({ kind: 'count', number: 1, note: 'Inventur Backwaren' });
  expect(doc.moves.map((m) => [m.productId, m.quantity, m.reason]).sort()).toEqual([[bread, -1000, 'countDifference'], [croissant, 1000, 'countDifference']].sort());
  expect(onHand(bread)).toBe(b0 - 3000 - 1000); // counted, less the one sold afterwards
  expect(onHand(rolls)).toBe(r0);
  expect(onHand(croissant)).toBe(c0 + 1000);
  expect(t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action IN ('stock.count.start', 'stock.count', 'stock.count.post')").pluck().get()).toBe(3);

  // A posted count is closed.
  for (const [channel, input] of [
    ['stock.count.record', { countId: sheet.id, productId: bread, mode: 'set', quantity: 1000 }],
    ['stock.count.post', { countId: sheet.id }],
    ['stock.count.cancel', { countId: sheet.id }],
  ] as const) {
    const before = logicalDump(t.core.db);
    expect(t.invoke(channel, input)).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'stockCountClosed' } } });
    expect(logicalDump(t.core.db)).toBe(before);
  }
  expect(t.call('stock.count.list', { status: 'posted' }).map((c) => c.id)).toEqual([sheet.id]);
});

test('one open count per location; products outside the count are refused; a product missing from the sheet is added', () => {
  const bread = productId(t, 'Bauernbrot');
  const cola = productId(t, 'Cola 0,5 l');
  const count = t.call('stock.count.start', { locationId: STORE, categoryId: categoryOf(bread) });
  const before = logicalDump(t.core.db);
  expect(t.invoke('stock.count.start', { locationId: STORE })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'stockCountOpen' } } });
  expect(t.invoke('stock.count.record', { countId: count.id, productId: cola, mode: 'set', quantity: 1000 }))
    .toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'stockCountProductNotOnSheet' } } });
  expect(t.invoke('stock.count.record', { countId: count.id, productId: 999_999, mode: 'set', quantity: 1000 }))
    .toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'stockProductNotFound' } } });
  expect(t.invoke('stock.count.record', { countId: count.id, productId: bread, mode: 'set', quantity: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(t.invoke('stock.count.start', { locationId: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'stockLocationNotFound' } } });
  expect(t.invoke('stock.count.get', { countId: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'stockCountNotFound' } } });
  expect(logicalDump(t.core.db)).toBe(before);

  // An inactive product without moves is not on the sheet until someone finds it on the shelf.
  t.core.db.prepare('UPDATE products SET active = 0 WHERE id = ?').run(productId(t, 'Zopf'));
  const count2 = t.call('stock.count.start', { locationId: SHOP });
  expect(count2.lines.some((l) => l.productId === productId(t, 'Zopf'))).toBe(true); // it has opening stock in the shop
  t.call('stock.count.cancel', { countId: count2.id });
  expect(t.call('stock.count.get', { countId: count2.id }).status).toBe('cancelled');

  t.call('stock.count.record', { countId: count.id, productId: bread, mode: 'add', quantity: 4000 });
  const posted = t.call('stock.count.post', { countId: count.id });
  expect(onHand(bread, STORE)).toBe(4000);
  expect(posted.lines.find((l) => l.productId === bread)).toMatchObject({ snapshotQuantity: 0, countedQuantity: 4000, difference: 4000 });
});

test('a count nobody recorded posts an empty document and changes no stock', () => {
  const moves = t.core.db.prepare('SELECT count(*) FROM stock_moves').pluck();
  const before = moves.get();
  const count = t.call('stock.count.start', { locationId: STORE });
  const posted = t.call('stock.count.post', { countId: count.id });
  expect(t.call('stock.document.get', { id: posted.documentId! }).moves).toEqual([]);
  expect(moves.get()).toBe(before);
});

test('a product the sheet did not list (inactive, never in this location) is added when someone finds it', () => {
  const zopf = productId(t, 'Zopf');
  t.core.db.prepare('UPDATE products SET active = 0 WHERE id = ?').run(zopf);
  const count = t.call('stock.count.start', { locationId: STORE });
  expect(count.lines.some((l) => l.productId === zopf)).toBe(false);
  expect(t.call('stock.count.record', { countId: count.id, productId: zopf, mode: 'add', quantity: 1000 }))
    .toMatchObject({ productId: zopf, snapshotQuantity: 0, expectedQuantity: 0, countedQuantity: 1000, difference: 1000 });
  t.call('stock.count.post', { countId: count.id });
  expect(onHand(zopf, STORE)).toBe(1000);
});
