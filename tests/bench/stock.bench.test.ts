/**
 * Stock bench: 100,000 products and 1,000,000 stock moves over two locations (a year of sales,
 * receipts and transfers), 10,000 products with a minimum/maximum, a cost history for every tenth
 * product — written with plain SQL in a temp core (the hash columns hold dummy strings).
 *
 * Measured through `core.invoke` as the owner (p95), next to the plain SQL over the same rows in
 * the same run, and next to the targets:
 *   stock.product (one product in all locations)   ≤ 1 ms
 *   stock.lowStock (first page)                      ≤ 200 ms
 *   stock.valuation (a day late in the year)         ≤ 500 ms
 * A missed target is printed as "MISSED: …"; the test asserts only that the figures agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductStock, Valuation } from '../../src-shared/contract/stock';
import { testCore } from '../helpers/core';
import { prng } from '../helpers/prng';
import { timeCalls, type TimingStats } from './reference';
import { benchRow, report } from './report';

const PRODUCTS = 100_000;
const MOVES = 1_000_000;
const RUNS = 20;
const TARGET = { productMs: 1, lowStockMs: 200, valuationMs: 500 } as const;

function build(bench: ReturnType<typeof testCore>): { ms: number; products: number[] } {
  const db = bench.core.db;
  const start = performance.now();
  const random = prng(66);
  const vatRate = db.prepare('SELECT id FROM vat_rates ORDER BY id').pluck().get() as number;
  const insertProduct = db.prepare(
    "INSERT INTO products (sku, name, price_cents, vat_rate_id, unit, cost_cents, created_at, updated_at) VALUES (?, ?, ?, ?, 'piece', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
  );
  const insertMove = db.prepare(
    "INSERT INTO stock_moves (product_id, location_id, quantity, reason, at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, 'bench', 'bench')",
  );
  const ids: number[] = [];
  db.transaction(() => {
    for (let i = 0; i < PRODUCTS; i++) ids.push(Number(insertProduct.run(`B-${i}`, `Bench-Artikel ${i}`, 100 + (i % 900), vatRate, 50 + (i % 400)).lastInsertRowid));
    for (const id of ids) insertMove.run(id, 1, 20_000, 'opening', '2025-01-01T06:00:00.000Z');
    for (let m = ids.length; m < MOVES; m++) {
      const id = ids[Math.floor(random() * ids.length)]!;
      const day = new Date(Date.parse('2025-01-02T00:00:00Z') + Math.floor((m / MOVES) * 360) * 86_400_000).toISOString().slice(0, 10);
      const r = random();
      if (r < 0.8) insertMove.run(id, 1, -1000, 'sale', `${day}T10:00:00.000Z`);
      else if (r < 0.9) insertMove.run(id, 2, 6000, 'goodsReceipt', `${day}T08:00:00.000Z`);
      else { insertMove.run(id, 2, -1000, 'transfer', `${day}T09:00:00.000Z`); insertMove.run(id, 1, 1000, 'transfer', `${day}T09:00:00.000Z`); m++; }
    }
    const insertLimit = db.prepare('INSERT INTO stock_limits (product_id, location_id, min_quantity, max_quantity) VALUES (?, 1, ?, ?)');
    for (let i = 0; i < 10_000; i++) insertLimit.run(ids[i * 10]!, 15_000 + (i % 10) * 1000, 40_000);
    const insertCost = db.prepare("INSERT INTO stock_costs (product_id, at, cost_cents, source_type) VALUES (?, ?, ?, 'bench')");
    for (let i = 0; i < PRODUCTS; i += 10) insertCost.run(ids[i]!, '2025-06-01T08:00:00.000Z', 60 + (i % 300));
  })();
  db.exec('ANALYZE');
  return { ms: performance.now() - start, products: ids };
}

describe('stock bench', () => {
  let bench: ReturnType<typeof testCore>;
  let built: { ms: number; products: number[] };

  beforeAll(() => {
    bench = testCore();
    bench.loadDemo();
    built = build(bench);
    bench.clock.set('2026-01-10T10:00:00Z');
    bench.signInOwner();
  }, 600_000);

  afterAll(() => bench?.close());

  it('measures one product everywhere, the low-stock list and the valuation against raw SQL', () => {
    const db = bench.core.db;
    const call = <T>(channel: string, input: unknown): T => {
      const envelope = bench.invoke(channel, input);
      if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.data as T;
    };
    const sample = Array.from({ length: RUNS + 2 }, (_, i) => built.products[(i * 4999) % built.products.length]!);

    let product: ProductStock | null = null;
    const productStats = timeCalls(RUNS, (i) => { product = call<ProductStock>('stock.product', { productId: sample[i] }); }, 2);
    const rawProductStmt = db.prepare('SELECT location_id, sum(quantity) AS q FROM stock_moves WHERE product_id = ? GROUP BY location_id');
    let rawProduct: { location_id: number; q: number }[] = [];
    const rawProductStats = timeCalls(RUNS, (i) => { rawProduct = rawProductStmt.all(sample[i]) as typeof rawProduct; }, 2);
    expect(product!.total).toBe(rawProduct.reduce((s, r) => s + r.q, 0));

    let low: { rows: unknown[]; total: number } | null = null;
    const lowStats = timeCalls(RUNS, () => { low = call('stock.lowStock', { limit: 100 }); }, 2);
    const rawLowStmt = db.prepare(
      `SELECT count(*) FROM stock_limits s WHERE s.location_id = 1 AND
         (SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m WHERE m.product_id = s.product_id AND m.location_id = 1) < s.min_quantity`,
    ).pluck();
    let rawLow = 0;
    const rawLowStats = timeCalls(RUNS, () => { rawLow = rawLowStmt.get() as number; }, 2);
    expect(low!.total).toBe(rawLow);

    let valuation: Valuation | null = null;
    const valuationStats = timeCalls(5, () => { valuation = call<Valuation>('stock.valuation', { date: '2025-12-01', limit: 100 }); }, 1);
    const rawValuationStmt = db.prepare("SELECT count(*) FROM (SELECT product_id FROM stock_moves WHERE at < '2025-12-02' GROUP BY product_id HAVING sum(quantity) <> 0)").pluck();
    let rawValuation = 0;
    const rawValuationStats = timeCalls(5, () => { rawValuation = rawValuationStmt.get() as number; }, 1);
    expect(valuation!.total).toBe(rawValuation);
    expect(Number.isFinite(valuation!.totalValueCents)).toBe(true);

    const missed = (ms: number, target: number) => (ms <= target ? `met (≤ ${target} ms)` : `MISSED: ${ms.toFixed(1)} ms > ${target} ms`);
    const p50 = (s: TimingStats, raw: TimingStats) => `p50 ${s.p50Ms.toFixed(2)} ms vs raw p50 ${raw.p50Ms.toFixed(2)} ms`;
    report('stock', [
      benchRow('stock.product, one product in all locations (p95)', productStats.p95Ms, rawProductStats.p95Ms, `vs raw GROUP BY location p95; ${p50(productStats, rawProductStats)}`),
      benchRow('stock.product p95 / target', productStats.p95Ms, TARGET.productMs, missed(productStats.p95Ms, TARGET.productMs)),
      benchRow('stock.lowStock, first 100 (p95)', lowStats.p95Ms, rawLowStats.p95Ms, `vs raw count p95; ${p50(lowStats, rawLowStats)}; ${rawLow} low`),
      benchRow('stock.lowStock p95 / target', lowStats.p95Ms, TARGET.lowStockMs, missed(lowStats.p95Ms, TARGET.lowStockMs)),
      benchRow('stock.valuation 2025-12-01 (p95 of 5)', valuationStats.p95Ms, rawValuationStats.p95Ms, `vs raw GROUP BY p95; ${p50(valuationStats, rawValuationStats)}; ${rawValuation} products`),
      benchRow('stock.valuation p95 / target', valuationStats.p95Ms, TARGET.valuationMs, missed(valuationStats.p95Ms, TARGET.valuationMs)),
    ], { built: { ms: built.ms, products: PRODUCTS, moves: MOVES }, productStats, rawProductStats, lowStats, rawLowStats, valuationStats, rawValuationStats });
  });
});
