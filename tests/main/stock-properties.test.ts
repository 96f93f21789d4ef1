/**
 * Property: for random sequences of sales, returns, goods receipts, transfers, counts and
 * adjustments, on hand (as the channels report it) equals a model kept beside it and the sum of
 * the moves everywhere, every move has a reason, refused commands change nothing, and the
 * moving-average cost never goes negative.
 */
import fc from 'fast-check';
import { alteredMoves } from '../../src-main/modules/stock/service';
import { receiveAtCost } from '../../src-main/modules/stock/cost';
import { logicalDump } from '../helpers/core';
import { counterCore, productId, ref, sell, type TestCore } from '../helpers/counter';
import { ctxOf } from '../helpers/stock';

const NAMES = ['Bauernbrot', 'Cola 0,5 l', 'Äpfel Elstar', 'Kerzen 4 Stk.'];
const LOCATIONS = [1, 2];
const REASONS = ['sale', 'return', 'void', 'goodsReceipt', 'adjustment', 'countDifference', 'transfer', 'production', 'waste', 'opening'];

const product = fc.nat({ max: NAMES.length - 1 });
const location = fc.constantFrom(...LOCATIONS);
const qty = fc.integer({ min: 1, max: 8 }).map((n) => n * 1000);
const op = fc.oneof(
  fc.record({ kind: fc.constant('sale' as const), product, quantity: qty }),
  fc.record({ kind: fc.constant('return' as const), sale: fc.nat(), quantity: qty }),
  fc.record({ kind: fc.constant('receipt' as const), product, location, quantity: qty, cost: fc.integer({ min: 0, max: 5000 }) }),
  fc.record({ kind: fc.constant('transfer' as const), product, from: location, quantity: fc.integer({ min: 1, max: 40 }).map((n) => n * 1000) }),
  fc.record({ kind: fc.constant('adjust' as const), product, location, quantity: fc.integer({ min: -6, max: 6 }).filter((n) => n !== 0).map((n) => n * 1000), waste: fc.boolean() }),
  fc.record({
    kind: fc.constant('count' as const), location, soldBefore: fc.option(product, { nil: null }),
    counted: fc.array(fc.record({ product, quantity: fc.integer({ min: 0, max: 40 }).map((n) => n * 1000) }), { minLength: 1, maxLength: 3 }),
  }),
);

describe('stock properties', () => {
  let t: TestCore;
  let ids: number[];
  beforeAll(() => {
    t = counterCore();
    t.signInOwner();
    ids = NAMES.map((n) => productId(t, n));
  });
  afterAll(() => t.close());

  const onHand = (p: number, l: number) => t.call('stock.product', { productId: p }).locations.find((x) => x.locationId === l)!.quantity;

  test('on hand = the model = the sum of moves, for any sequence of stock commands', () => {
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
      const model = new Map<string, number>();
      const key = (p: number, l: number) => `${p}@${l}`;
      for (const p of ids) for (const l of LOCATIONS) model.set(key(p, l), onHand(p, l));
      const add = (p: number, l: number, q: number) => model.set(key(p, l), model.get(key(p, l))! + q);
      const sales: { saleId: number; lineId: number; productId: number; left: number }[] = [];

      for (const o of ops) {
        if (o.kind === 'sale') {
          const receipt = sell(t, [{ productId: ids[o.product]!, quantity: o.quantity }]);
          sales.push({ saleId: receipt.id, lineId: receipt.lines[0]!.id, productId: ids[o.product]!, left: o.quantity });
          add(ids[o.product]!, 1, -o.quantity);
        } else if (o.kind === 'return') {
          const s = sales[o.sale % Math.max(sales.length, 1)];
          if (!s || s.left === 0) continue;
          const q = Math.min(o.quantity, s.left);
          t.call('counter.return', { saleId: s.saleId, lines: [{ saleLineId: s.lineId, quantity: q }], refundMethod: 'card', clientRef: ref() });
          s.left -= q;
          add(s.productId, 1, q);
        } else if (o.kind === 'receipt') {
          const cost = t.core.db.transaction(() => receiveAtCost(ctxOf(t)(), { productId: ids[o.product]!, locationId: o.location, quantity: o.quantity, unitCostCents: o.cost, sourceType: 'test', sourceId: null }))();
          expect(cost).toBeGreaterThanOrEqual(0);
          add(ids[o.product]!, o.location, o.quantity);
        } else if (o.kind === 'transfer') {
          const p = ids[o.product]!;
          const to = o.from === 1 ? 2 : 1;
          const input = { fromLocationId: o.from, toLocationId: to, lines: [{ productId: p, quantity: o.quantity }] };
          if (o.quantity > model.get(key(p, o.from))!) {
            const before = logicalDump(t.core.db);
            expect(t.invoke('stock.transfer', input)).toMatchObject({ ok: false, error: { details: { reason: 'stockInsufficient' } } });
            expect(logicalDump(t.core.db)).toBe(before);
          } else {
            t.call('stock.transfer', input);
            add(p, o.from, -o.quantity);
            add(p, to, o.quantity);
          }
        } else if (o.kind === 'adjust') {
          const p = ids[o.product]!;
          const input = { locationId: o.location, reason: o.waste ? 'waste' : 'adjustment', note: 'Test', lines: [{ productId: p, quantity: o.quantity }] };
          if (o.waste && o.quantity > 0) {
            const before = logicalDump(t.core.db);
            expect(t.invoke('stock.adjust', input)).toMatchObject({ ok: false, error: { details: { reason: 'stockWasteMustReduce' } } });
            expect(logicalDump(t.core.db)).toBe(before);
          } else {
            t.call('stock.adjust', input);
            add(p, o.location, o.quantity);
          }
        } else {
          const count = t.call('stock.count.start', { locationId: o.location });
          if (o.soldBefore !== null) {
            sell(t, [{ productId: ids[o.soldBefore]!, quantity: 1000 }]);
            add(ids[o.soldBefore]!, 1, -1000);
          }
          const last = new Map<number, number>();
          for (const c of o.counted) {
            t.call('stock.count.record', { countId: count.id, productId: ids[c.product]!, mode: 'set', quantity: c.quantity });
            last.set(ids[c.product]!, c.quantity);
          }
          t.call('stock.count.post', { countId: count.id });
          for (const [p, q] of last) model.set(key(p, o.location), q);
        }
      }

      for (const p of ids) {
        for (const l of LOCATIONS) {
          const sum = t.core.db.prepare('SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE product_id = ? AND location_id = ?').pluck().get(p, l);
          expect(onHand(p, l)).toBe(model.get(key(p, l)));
          expect(sum).toBe(model.get(key(p, l)));
        }
      }
      const total = t.call('stock.overview', { search: 'Bauernbrot' }).rows.find((r) => r.productId === ids[0])!.quantity;
      expect(total).toBe(LOCATIONS.reduce((s, l) => s + model.get(key(ids[0]!, l))!, 0));
    }), { numRuns: 40 });

    const reasons = t.core.db.prepare('SELECT DISTINCT reason FROM stock_moves').pluck().all() as string[];
    expect(reasons.every((r) => REASONS.includes(r))).toBe(true);
    // The runs really exercised every kind of command.
    for (const r of ['sale', 'return', 'goodsReceipt', 'transfer', 'adjustment', 'waste', 'countDifference']) expect(reasons).toContain(r);
    expect(t.core.db.prepare("SELECT count(*) FROM stock_moves m WHERE m.source_type = 'stockDocument' AND NOT EXISTS (SELECT 1 FROM stock_documents d WHERE d.id = m.source_id)").pluck().get()).toBe(0);
    expect(t.core.db.prepare('SELECT count(*) FROM stock_costs WHERE cost_cents < 0').pluck().get()).toBe(0);
    expect(alteredMoves({ db: t.core.db })).toEqual([]);
    // Document numbers are gap-free per kind.
    for (const kind of ['adjustment', 'transfer', 'count']) {
      const numbers = t.core.db.prepare('SELECT number FROM stock_documents WHERE kind = ? ORDER BY number').pluck().all(kind) as number[];
      expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
    }
  });
});
