/**
 * Hash chains over append-only records (journal entries, stock moves): each row stores the hash
 * of the previous row and SHA-256 over that hash and its own canonical values, so changing any
 * stored field later breaks the chain from that row on.
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

export const GENESIS = '0'.repeat(64);

/** SHA-256 over the previous link and a record's canonical text. */
export function hashLink(prev: string, canonicalText: string): string {
  return crypto.createHash('sha256').update(prev).update('\n').update(canonicalText).digest('hex');
}

export function linkHash(prev: string, values: unknown[]): string {
  return hashLink(prev, JSON.stringify(values));
}

export function lastLink(db: Database.Database, table: 'journal_entries' | 'stock_moves'): string {
  return (db.prepare(`SELECT hash FROM ${table} ORDER BY id DESC LIMIT 1`).pluck().get() as string | undefined) ?? GENESIS;
}

/** Walks a chain in id order; `valuesOf` rebuilds a row's canonical values from the stored data. */
export function brokenLinks<Row extends { id: number; prev_hash: string; hash: string }>(
  rows: Iterable<Row>, valuesOf: (row: Row) => unknown[],
): Row[] {
  const broken: Row[] = [];
  let prev = GENESIS;
  for (const row of rows) {
    if (row.prev_hash !== prev || linkHash(row.prev_hash, valuesOf(row)) !== row.hash) broken.push(row);
    prev = row.hash;
  }
  return broken;
}
