/**
 * The raw-SQLite reference every benchmark is measured against: a sale-shaped write transaction
 * (1 header, 3 lines, 2 payments, 3 stock moves, 4 journal lines) run straight on better-sqlite3
 * with prepared statements, on a fresh file with the same pragmas as the app (WAL,
 * synchronous=FULL, foreign keys). Its own minimal STRICT tables, not the app's schema: it is the
 * floor the disk and SQLite set on this machine in this run, so figures are reported as ratios to
 * it instead of as wall-clock numbers that change with the hardware.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';

export interface TimingStats {
  /** How many timed samples (warm-up excluded). */
  count: number;
  totalMs: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
}

export interface RawSaleReference {
  transactions: number;
  totalMs: number;
  perTxMs: number;
  p50Ms: number;
  p95Ms: number;
  txPerSecond: number;
}

export interface RawSaleReferenceOptions {
  /** Timed transactions; default 2000. */
  transactions?: number;
  /** Untimed transactions first, on the same file; default 200. */
  warmup?: number;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Mean, p50 and p95 of per-call durations in milliseconds. */
export function timingStats(samples: readonly number[]): TimingStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const totalMs = samples.reduce((sum, ms) => sum + ms, 0);
  return {
    count: samples.length,
    totalMs,
    meanMs: samples.length > 0 ? totalMs / samples.length : Number.NaN,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
  };
}

/** Runs `fn` `warmup` times untimed, then `count` times each timed with performance.now(). */
export function timeCalls(count: number, fn: (i: number) => void, warmup = Math.min(100, count)): TimingStats {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    fn(i);
    samples[i] = performance.now() - start;
  }
  return timingStats(samples);
}

const SCHEMA = `
CREATE TABLE ref_products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
) STRICT;
CREATE TABLE ref_sales (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  staff_id INTEGER NOT NULL,
  total_cents INTEGER NOT NULL
) STRICT;
CREATE TABLE ref_sale_lines (
  id INTEGER PRIMARY KEY,
  sale_id INTEGER NOT NULL REFERENCES ref_sales(id),
  line_no INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES ref_products(id),
  quantity INTEGER NOT NULL,
  unit_cents INTEGER NOT NULL,
  vat_bp INTEGER NOT NULL,
  total_cents INTEGER NOT NULL,
  UNIQUE (sale_id, line_no)
) STRICT;
CREATE TABLE ref_payments (
  id INTEGER PRIMARY KEY,
  sale_id INTEGER NOT NULL REFERENCES ref_sales(id),
  method TEXT NOT NULL,
  amount_cents INTEGER NOT NULL
) STRICT;
CREATE INDEX ref_payments_sale ON ref_payments(sale_id);
CREATE TABLE ref_stock_moves (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES ref_products(id),
  sale_id INTEGER REFERENCES ref_sales(id),
  quantity INTEGER NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX ref_stock_moves_product ON ref_stock_moves(product_id);
CREATE INDEX ref_stock_moves_sale ON ref_stock_moves(sale_id);
CREATE TABLE ref_journal_lines (
  id INTEGER PRIMARY KEY,
  sale_id INTEGER NOT NULL REFERENCES ref_sales(id),
  account TEXT NOT NULL,
  debit_cents INTEGER NOT NULL,
  credit_cents INTEGER NOT NULL
) STRICT;
CREATE INDEX ref_journal_lines_sale ON ref_journal_lines(sale_id);
`;

/** Measures N raw sale-shaped transactions on a fresh temp SQLite file; the file is removed afterwards. */
export function measureRawSaleReference(options: RawSaleReferenceOptions = {}): RawSaleReference {
  const transactions = options.transactions ?? 2000;
  const warmup = options.warmup ?? 200;
  if (!Number.isInteger(transactions) || transactions < 1) throw new Error('transactions must be a positive integer');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-bench-ref-'));
  let db: Database.Database | null = null;
  try {
    db = new Database(path.join(dir, 'reference.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
    db.prepare('INSERT INTO ref_products (id, name) VALUES (?, ?)').run(1, 'Coffee');
    db.prepare('INSERT INTO ref_products (id, name) VALUES (?, ?)').run(2, 'Croissant');
    db.prepare('INSERT INTO ref_products (id, name) VALUES (?, ?)').run(3, 'Water');

    const insertSale = db.prepare('INSERT INTO ref_sales (number, created_at, staff_id, total_cents) VALUES (?, ?, ?, ?)');
    const insertLine = db.prepare(
      'INSERT INTO ref_sale_lines (sale_id, line_no, product_id, quantity, unit_cents, vat_bp, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertPayment = db.prepare('INSERT INTO ref_payments (sale_id, method, amount_cents) VALUES (?, ?, ?)');
    const insertStock = db.prepare('INSERT INTO ref_stock_moves (product_id, sale_id, quantity, at) VALUES (?, ?, ?, ?)');
    const insertJournal = db.prepare('INSERT INTO ref_journal_lines (sale_id, account, debit_cents, credit_cents) VALUES (?, ?, ?, ?)');

    const lines = [
      { product: 1, quantity: 2, unit: 320, vat: 1900 },
      { product: 2, quantity: 1, unit: 250, vat: 700 },
      { product: 3, quantity: 3, unit: 150, vat: 1900 },
    ] as const;
    const total = lines.reduce((sum, l) => sum + l.quantity * l.unit, 0);
    const cash = 1000;
    const card = total - cash;
    const vat = 190; // the figures only need to be plausible, not exact
    const at = '2026-01-15T09:00:00.000Z';

    let serial = 0;
    // Immediate, like the app's write commands: the write lock is taken at BEGIN.
    const sale = db.transaction(() => {
      serial += 1;
      const saleId = Number(insertSale.run(`R-${serial}`, at, 1, total).lastInsertRowid);
      lines.forEach((l, i) => insertLine.run(saleId, i + 1, l.product, l.quantity, l.unit, l.vat, l.quantity * l.unit));
      insertPayment.run(saleId, 'cash', cash);
      insertPayment.run(saleId, 'card', card);
      for (const l of lines) insertStock.run(l.product, saleId, -l.quantity, at);
      insertJournal.run(saleId, 'cash', cash, 0);
      insertJournal.run(saleId, 'bank', card, 0);
      insertJournal.run(saleId, 'revenue', 0, total - vat);
      insertJournal.run(saleId, 'vat', 0, vat);
    });

    const stats = timeCalls(transactions, () => sale.immediate(), warmup);

    const count = db.prepare('SELECT count(*) FROM ref_sales').pluck().get() as number;
    if (count !== transactions + warmup) throw new Error(`reference wrote ${count} sales, expected ${transactions + warmup}`);

    return {
      transactions,
      totalMs: stats.totalMs,
      perTxMs: stats.meanMs,
      p50Ms: stats.p50Ms,
      p95Ms: stats.p95Ms,
      txPerSecond: stats.totalMs > 0 ? (transactions * 1000) / stats.totalMs : Number.POSITIVE_INFINITY,
    };
  } finally {
    if (db?.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
