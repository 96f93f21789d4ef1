/**
 * Counter bench: the three figures the counter promises, measured through `core.invoke` as the
 * signed-in cashier on a demo shop grown by 100,000 products with EAN-13 barcodes:
 *   (a) `counter.lookup` barcode → priced line          target p95 ≤ 1 ms
 *   (b) `counter.checkout`, 3 lines, card + cash with change, durable (WAL, synchronous=FULL)
 *                                                        target p95 ≤ 2 ms and ≥ 40 % of the raw
 *                                                        reference's sales per second
 *   (c) `shift.xReport` over a shift of 2,000 sales     target ≤ 20 ms
 * Figures are printed next to the raw-SQLite reference of the same run (and next to the target).
 * A missed target is printed as "MISSED: …"; the test asserts only that the figures are finite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CartLineDraft, Receipt } from '../../src-shared/contract/sell';
import type { ShiftReport } from '../../src-shared/contract/shift';
import { priceCart } from '../../src-shared/pricing';
import { contract } from '../../src-shared/contract';
import type { Ctx } from '../../src-main/core/context';
import { resolveSession } from '../../src-main/modules/auth/service';
import { checkout as checkoutHandler } from '../../src-main/modules/counter/checkout';
import { loadReceipt } from '../../src-main/modules/counter/receipts';
import { ean13CheckDigit } from '../../src-main/modules/setup/demo-data';
import { testCore } from '../helpers/core';
import { prng } from '../helpers/prng';
import { measureRawSaleReference, timeCalls, timingStats, type RawSaleReference, type TimingStats } from './reference';
import { benchRow, report, type BenchRow } from './report';

const EXTRA_PRODUCTS = 100_000;
const LOOKUP_CALLS = 2000;
const CHECKOUT_CALLS = 1000;
const CHECKOUT_WARMUP = 50;
const REPORT_SALES = 2000;
const REPORT_CALLS = 50;
const REFERENCE_TX = 2000;
/** Diagnostic checkouts, split into their parts (not through invoke). */
const PART_CALLS = 500;

const TARGET = {
  lookupP95Ms: 1,
  checkoutP95Ms: 2,
  /** Share of the raw reference's transactions per second. */
  checkoutThroughput: 0.4,
  xReportMs: 20,
} as const;

/** EAN-13 of the n-th extra product: '400' + 9-digit sequence + check digit (never a 2x in-store prefix, never a demo code). */
function extraEan(n: number): string {
  const first12 = `400${String(n).padStart(9, '0')}`;
  return `${first12}${ean13CheckDigit(first12)}`;
}

function expectFinite(stats: TimingStats | RawSaleReference): void {
  for (const value of Object.values(stats)) {
    expect(Number.isFinite(value), JSON.stringify(stats)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
  }
}

describe('counter bench', () => {
  let bench: ReturnType<typeof testCore>;
  let insertMs = 0;

  beforeAll(() => {
    bench = testCore();
    bench.loadDemo();
    const db = bench.core.db;
    const categoryId = db.prepare('SELECT id FROM categories ORDER BY id LIMIT 1').pluck().get() as number;
    const vatRateIds = db.prepare('SELECT id FROM vat_rates WHERE retired_at IS NULL ORDER BY rate_bp DESC').pluck().all() as number[];
    const now = bench.clock.now().toISOString();
    const insertProduct = db.prepare(
      `INSERT INTO products (sku, name, category_id, price_cents, vat_rate_id, unit, cost_cents, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'piece', ?, ?, ?)`,
    );
    const insertBarcode = db.prepare('INSERT INTO product_barcodes (code, product_id) VALUES (?, ?)');
    const random = prng(42);
    const start = performance.now();
    db.transaction(() => {
      for (let n = 1; n <= EXTRA_PRODUCTS; n++) {
        const price = 49 + Math.floor(random() * 5000);
        const { lastInsertRowid } = insertProduct.run(
          `BX-${String(n).padStart(6, '0')}`, `Bench-Artikel ${n}`, categoryId, price, vatRateIds[n % vatRateIds.length], Math.floor(price * 0.6), now, now,
        );
        insertBarcode.run(extraEan(n), lastInsertRowid);
      }
    }).immediate();
    insertMs = performance.now() - start;
    bench.signInPin('1111');
  }, 600_000);

  afterAll(() => {
    bench?.close();
  });

  it('measures lookup, checkout and the X report against the raw SQLite reference', () => {
    const db = bench.core.db;
    const productCount = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
    expect(productCount).toBeGreaterThanOrEqual(EXTRA_PRODUCTS + 190);


    // (a) lookup: 2,000 random codes over the whole catalogue (extra products and the demo's EAN-13s).
    const demoEans = db.prepare("SELECT code FROM product_barcodes WHERE length(code) = 13 AND code LIKE '4004211%'").pluck().all() as string[];
    const random = prng(7);
    const codes = Array.from({ length: LOOKUP_CALLS + 100 }, (_, i) =>
      i % 20 === 0 && demoEans.length > 0 ? demoEans[Math.floor(random() * demoEans.length)]! : extraEan(1 + Math.floor(random() * EXTRA_PRODUCTS)));
    const lookups: CartLineDraft[] = [];
    const lookup = timeCalls(LOOKUP_CALLS, (i) => {
      const envelope = bench.invoke('counter.lookup', { code: codes[i] });
      if (!envelope.ok) throw new Error(`counter.lookup ${codes[i]}: ${envelope.error.code} ${envelope.error.message}`);
      lookups.push(envelope.data as CartLineDraft);
    }, 100);
    expect(lookups.every((d) => d.barcode !== undefined && d.unitPriceCents > 0)).toBe(true);
    // The same lookup as raw SQL, prepared once: the floor for (a).
    const rawLookupStmt = db.prepare(
      `SELECT p.id, p.sku, p.name, p.unit, p.price_cents, p.vat_rate_id, v.rate_bp, p.active
       FROM product_barcodes b JOIN products p ON p.id = b.product_id JOIN vat_rates v ON v.id = p.vat_rate_id WHERE b.code = ?`,
    );
    const rawLookup = timeCalls(LOOKUP_CALLS, (i) => {
      if (!rawLookupStmt.get(codes[i])) throw new Error(`raw lookup ${codes[i]}: not found`);
    }, 100);

    // The raw reference, measured right before and right after the checkouts (the disk is shared;
    // its fsync time drifts): the checkout is compared against their combined figures.
    const referenceBefore = measureRawSaleReference({ transactions: REFERENCE_TX / 2 });

    // (b) checkout: 3 lines (1, 2 and 3 pieces), card for all but 5.00, cash 10.00 → 5.00 change.
    const opened = bench.invoke('shift.open', { floatCents: 20_000 });
    if (!opened.ok) throw new Error(`shift.open: ${opened.error.code}`);
    const pool = lookups.filter((d) => d.unit === 'piece');
    const cartRandom = prng(11);
    let serial = 0;
    const saleInput = () => {
      const picks = [0, 1, 2].map(() => pool[Math.floor(cartRandom() * pool.length)]!);
      const lines = picks.map((d, i) => ({ type: 'product' as const, productId: d.productId, quantity: (i + 1) * 1000 }));
      const total = priceCart(picks.map((d, i) => ({ unitPriceCents: d.unitPriceCents, quantity: (i + 1) * 1000, vatRateBp: d.vatRateBasisPoints, vatRateId: d.vatRateId })))
        .totalCents;
      const card = total - 500;
      if (card <= 0) throw new Error(`cart total ${total} is too small for a split tender`);
      serial += 1;
      const input = {
        cart: { lines },
        payments: [{ method: 'card' as const, amountCents: card }, { method: 'cash' as const, amountCents: 1000 }],
        clientRef: `bench-${String(serial).padStart(8, '0')}`,
      };
      return { input, total };
    };
    const sell = () => {
      const { input, total } = saleInput();
      const envelope = bench.invoke('counter.checkout', input);
      if (!envelope.ok) throw new Error(`counter.checkout: ${envelope.error.code} ${envelope.error.message}`);
      const receipt = envelope.data as Receipt;
      if (receipt.changeCents !== 500 || receipt.totalCents !== total) throw new Error(`unexpected receipt ${receipt.number}: ${receipt.totalCents}/${receipt.changeCents}`);
    };
    const checkout = timeCalls(CHECKOUT_CALLS, sell, CHECKOUT_WARMUP);
    const referenceAfter = measureRawSaleReference({ transactions: REFERENCE_TX / 2 });
    for (const r of [referenceBefore, referenceAfter]) expectFinite(r);
    const reference = {
      transactions: referenceBefore.transactions + referenceAfter.transactions,
      perTxMs: (referenceBefore.totalMs + referenceAfter.totalMs) / (referenceBefore.transactions + referenceAfter.transactions),
      p50Ms: (referenceBefore.p50Ms + referenceAfter.p50Ms) / 2,
      p95Ms: (referenceBefore.p95Ms + referenceAfter.p95Ms) / 2,
      txPerSecond: ((referenceBefore.transactions + referenceAfter.transactions) * 1000) / (referenceBefore.totalMs + referenceAfter.totalMs),
    };
    const checkoutPerSecond = (CHECKOUT_CALLS * 1000) / checkout.totalMs;
    const throughputShare = checkoutPerSecond / reference.txPerSecond;

    // Diagnostics: where a checkout's time goes — input parsing, the session, the handler's work
    // inside the write lock (and, of that, re-reading the receipt it answers), and COMMIT (WAL write
    // + fsync). The same handler, called without the registry around it.
    const token = bench.signInPin('1111');
    const part = { parse: [] as number[], session: [] as number[], handler: [] as number[], commit: [] as number[], loadReceipt: [] as number[] };
    for (let i = 0; i < PART_CALLS; i++) {
      const { input } = saleInput();
      const t0 = performance.now();
      const parsed = contract['counter.checkout'].input.parse(input);
      const t1 = performance.now();
      const session = resolveSession(db, token, bench.clock.now().toISOString());
      const t2 = performance.now();
      const ctx: Ctx = { db, system: bench.core.system, now: () => bench.clock.now().toISOString(), nowDate: () => bench.clock.now(), session, audit: () => undefined };
      db.exec('BEGIN IMMEDIATE');
      const t3 = performance.now();
      let receipt: Receipt;
      try {
        receipt = checkoutHandler(ctx, parsed);
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
      const t4 = performance.now();
      db.exec('COMMIT');
      const t5 = performance.now();
      loadReceipt(ctx, receipt.id);
      const t6 = performance.now();
      part.parse.push(t1 - t0);
      part.session.push(t2 - t1);
      part.handler.push(t4 - t3);
      part.commit.push(t5 - t4);
      part.loadReceipt.push(t6 - t5);
    }
    const parts = Object.fromEntries(Object.entries(part).map(([k, v]) => [k, timingStats(v)])) as Record<keyof typeof part, TimingStats>;
    // WAL frames (pages) one checkout writes, next to the reference's sale-shaped transaction.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
    db.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 100; i++) sell();
    const walFramesPerSale = (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log / 100;
    db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);

    // (c) X report over a fresh shift of exactly 2,000 sales.
    const closed = bench.invoke('shift.close', { counted: [] });
    if (!closed.ok) throw new Error(`shift.close: ${closed.error.code} ${closed.error.message}`);
    const reopened = bench.invoke('shift.open', { floatCents: 20_000 });
    if (!reopened.ok) throw new Error(`shift.open: ${reopened.error.code}`);
    for (let i = 0; i < REPORT_SALES; i++) sell();
    let lastReport: ShiftReport | null = null;
    const xReport = timeCalls(REPORT_CALLS, () => {
      const envelope = bench.invoke('shift.xReport', {});
      if (!envelope.ok) throw new Error(`shift.xReport: ${envelope.error.code}`);
      lastReport = envelope.data as ShiftReport;
    }, 5);
    expect(lastReport!.salesCount).toBe(REPORT_SALES);

    const verify = (() => {
      bench.signInOwner();
      const envelope = bench.invoke('counter.verify', {});
      bench.signInPin('1111');
      if (!envelope.ok) throw new Error(`counter.verify: ${envelope.error.code}`);
      return envelope.data as { receipts: number; ok: boolean };
    })();
    expect(verify.ok).toBe(true);
    expect(verify.receipts).toBe(CHECKOUT_CALLS + CHECKOUT_WARMUP + PART_CALLS + 100 + REPORT_SALES);

    for (const stats of [lookup, rawLookup, checkout, xReport, ...Object.values(parts)]) expectFinite(stats);
    expect(Number.isFinite(checkoutPerSecond) && Number.isFinite(throughputShare)).toBe(true);

    const rows: BenchRow[] = [
      benchRow('raw sale tx (mean)', reference.perTxMs, reference.perTxMs,
        `${reference.transactions} tx, ${reference.txPerSecond.toFixed(0)} tx/s (before ${referenceBefore.txPerSecond.toFixed(0)}, after ${referenceAfter.txPerSecond.toFixed(0)})`),
      benchRow('raw sale tx (p50)', reference.p50Ms, reference.p50Ms, 'mean of before/after p50'),
      benchRow('raw sale tx (p95)', reference.p95Ms, reference.p95Ms, 'mean of before/after p95'),
      benchRow('(a) counter.lookup (p50)', lookup.p50Ms, rawLookup.p50Ms, `${LOOKUP_CALLS} codes, ${productCount} products; vs raw SELECT p50`),
      benchRow('(a) counter.lookup (p95)', lookup.p95Ms, rawLookup.p95Ms, 'vs raw SELECT p95'),
      benchRow('(a) counter.lookup p95 / target', lookup.p95Ms, TARGET.lookupP95Ms, `target ≤ ${TARGET.lookupP95Ms} ms (ratio ≤ 1 = met)`),
      benchRow('(b) counter.checkout (mean)', checkout.meanMs, reference.perTxMs, `${CHECKOUT_CALLS} sales, ${checkoutPerSecond.toFixed(0)} sales/s = ${(throughputShare * 100).toFixed(1)} % of raw tx/s`),
      benchRow('(b) counter.checkout (p50)', checkout.p50Ms, reference.p50Ms, 'vs raw p50'),
      benchRow('(b) counter.checkout (p95)', checkout.p95Ms, reference.p95Ms, 'vs raw p95'),
      benchRow('(b) counter.checkout p95 / target', checkout.p95Ms, TARGET.checkoutP95Ms, `target ≤ ${TARGET.checkoutP95Ms} ms (ratio ≤ 1 = met)`),
      benchRow('(b) checkout mean / allowed mean', checkout.meanMs, reference.perTxMs / TARGET.checkoutThroughput,
        `target ≥ ${TARGET.checkoutThroughput * 100} % of raw tx/s, i.e. mean ≤ raw mean / ${TARGET.checkoutThroughput} (ratio ≤ 1 = met)`),
      benchRow('  part: checkout input parse (mean)', parts.parse.meanMs, reference.perTxMs, `${PART_CALLS} checkouts without the registry`),
      benchRow('  part: resolveSession (mean)', parts.session.meanMs, reference.perTxMs),
      benchRow('  part: checkout handler in the write lock (mean)', parts.handler.meanMs, reference.perTxMs, `p95 ${parts.handler.p95Ms.toFixed(3)} ms`),
      benchRow('  part:   of which loadReceipt of the answer (mean)', parts.loadReceipt.meanMs, reference.perTxMs, 'timed again after the commit'),
      benchRow('  part: COMMIT, WAL write + fsync (mean)', parts.commit.meanMs, reference.perTxMs, `p95 ${parts.commit.p95Ms.toFixed(3)} ms; ${walFramesPerSale.toFixed(1)} WAL pages per sale`),
      benchRow('(c) shift.xReport (p50)', xReport.p50Ms, reference.perTxMs, `${REPORT_CALLS} calls over ${REPORT_SALES} sales; vs raw sale tx mean`),
      benchRow('(c) shift.xReport (p95)', xReport.p95Ms, reference.perTxMs, 'vs raw sale tx mean'),
      benchRow('(c) shift.xReport p95 / target', xReport.p95Ms, TARGET.xReportMs, `target ≤ ${TARGET.xReportMs} ms (ratio ≤ 1 = met)`),
    ];
    report('counter', rows, {
      reference, referenceBefore, referenceAfter, lookup, rawLookup, checkout, checkoutPerSecond, throughputShare, parts, walFramesPerSale, xReport, insertExtraProductsMs: insertMs, productCount,
    });

    const missed: string[] = [];
    if (lookup.p95Ms > TARGET.lookupP95Ms) missed.push(`counter.lookup p95 ${lookup.p95Ms.toFixed(3)} ms > ${TARGET.lookupP95Ms} ms`);
    if (checkout.p95Ms > TARGET.checkoutP95Ms) missed.push(`counter.checkout p95 ${checkout.p95Ms.toFixed(3)} ms > ${TARGET.checkoutP95Ms} ms`);
    if (throughputShare < TARGET.checkoutThroughput) {
      missed.push(`counter.checkout ${checkoutPerSecond.toFixed(0)} sales/s = ${(throughputShare * 100).toFixed(1)} % of raw ${reference.txPerSecond.toFixed(0)} tx/s < ${TARGET.checkoutThroughput * 100} %`);
    }
    if (xReport.p95Ms > TARGET.xReportMs) missed.push(`shift.xReport p95 ${xReport.p95Ms.toFixed(3)} ms > ${TARGET.xReportMs} ms`);
    console.log(missed.length === 0 ? 'counter bench: all targets met' : missed.map((m) => `MISSED: ${m}`).join('\n'));
    console.log(`(inserting ${EXTRA_PRODUCTS} products with barcodes took ${insertMs.toFixed(0)} ms)`);
  });
});
