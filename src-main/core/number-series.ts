/**
 * Gap-free number series (receipts per register, Z reports, journal entries). The number is taken
 * inside the caller's transaction, so a failed command rolls the series back with everything else.
 */
import type Database from 'better-sqlite3';

export function takeNumber(db: Database.Database, key: string): number {
  const row = db.prepare('UPDATE number_series SET next_value = next_value + 1 WHERE key = ? RETURNING next_value - 1 AS value').get(key) as
    | { value: number }
    | undefined;
  if (row) return row.value;
  db.prepare('INSERT INTO number_series (key, next_value) VALUES (?, 2)').run(key);
  return 1;
}
