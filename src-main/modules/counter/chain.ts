/**
 * The receipt hash chain: each receipt's hash is SHA-256 over the previous receipt's hash (of the
 * same register) and the receipt's canonical form, built from the stored rows. Any later change
 * of a stored receipt, line or payment breaks the chain from that receipt on.
 */
import type Database from 'better-sqlite3';
import { GENESIS, hashLink } from '../../core/row-chain';


interface SaleRow {
  id: number; register_id: number; number: number; kind: string; original_sale_id: number | null; shift_id: number; at: string;
  staff_id: number; total_cents: number; discount_cents: number; change_cents: number; prev_hash: string; hash: string;
}

type Value = string | number | null;

/** The receipt's canonical form: fixed order of fields; lines by number, payments as written, VAT by rate id. */
export function canonical(sale: Omit<SaleRow, 'id' | 'prev_hash' | 'hash'>, lines: Value[][], payments: Value[][], vat: Value[][]): string {
  return JSON.stringify([
    sale.register_id, sale.number, sale.kind, sale.original_sale_id, sale.shift_id, sale.at, sale.staff_id,
    sale.total_cents, sale.discount_cents, sale.change_cents, lines, payments, vat,
  ]);
}

/** The canonical form of a receipt as stored (for verification). */
export function canonicalForm(db: Database.Database, sale: SaleRow): string {
  const lines = db.prepare(
    `SELECT line_no, kind, product_id, name, sku, unit, quantity, unit_price_cents, gross_cents, discount_cents, total_cents,
            vat_rate_id, vat_rate_bp, voucher_code, original_line_id, price_overridden
     FROM sale_lines WHERE sale_id = ? ORDER BY line_no`,
  ).raw().all(sale.id);
  const payments = db.prepare('SELECT method, amount_cents, voucher_code FROM sale_payments WHERE sale_id = ? ORDER BY id').raw().all(sale.id);
  const vat = db.prepare('SELECT vat_rate_id, rate_bp, gross_cents, net_cents, vat_cents FROM sale_vat WHERE sale_id = ? ORDER BY vat_rate_id').raw().all(sale.id);
  return canonical(sale, lines as Value[][], payments as Value[][], vat as Value[][]);
}

/** The receipt chain uses the same link hash as the journal and stock chains. */
export const chainHash = hashLink;

export function lastHash(db: Database.Database, registerId: number): string {
  return (db.prepare('SELECT hash FROM sales WHERE register_id = ? ORDER BY number DESC LIMIT 1').pluck().get(registerId) as string | undefined) ?? GENESIS;
}

export interface ChainProblem {
  number: string;
  problem: string;
}

/** Walks every register's receipts in number order: numbering gap-free, links intact, hashes right. */
export function verifyChain(db: Database.Database, formatNumber: (registerId: number, n: number) => string): { receipts: number; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  let receipts = 0;
  const registers = db.prepare('SELECT id FROM registers ORDER BY id').pluck().all() as number[];
  for (const registerId of registers) {
    let expectedNumber = 1;
    let prev = GENESIS;
    for (const sale of db.prepare('SELECT * FROM sales WHERE register_id = ? ORDER BY number').iterate(registerId) as IterableIterator<SaleRow>) {
      receipts++;
      const label = formatNumber(registerId, sale.number);
      if (sale.number !== expectedNumber) problems.push({ number: label, problem: `number gap: expected ${formatNumber(registerId, expectedNumber)}` });
      if (sale.prev_hash !== prev) problems.push({ number: label, problem: 'does not link to the previous receipt' });
      if (chainHash(sale.prev_hash, canonicalForm(db, sale)) !== sale.hash) problems.push({ number: label, problem: 'content does not match its hash (changed after posting)' });
      expectedNumber = sale.number + 1;
      prev = sale.hash;
    }
  }
  return { receipts, problems };
}
