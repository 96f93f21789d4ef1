/**
 * The migrations, imported explicitly so the bundler ships them. Forward-only: never edit a
 * shipped file, add the next number instead.
 */
import m0001 from './0001_foundation.sql?raw';
import m0002 from './0002_catalogue_basics.sql?raw';
import m0003 from './0003_catalogue.sql?raw';
import m0004 from './0004_ledger_stock.sql?raw';
import m0005 from './0005_counter.sql?raw';
import m0006 from './0006_bookkeeping.sql?raw';
import m0007 from './0007_bank.sql?raw';
import m0008 from './0008_stock.sql?raw';
import type Database from 'better-sqlite3';
import { completeChart } from '../../modules/ledger/charts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** A code step in the same transaction, for data the SQL cannot express (e.g. preset charts). */
  after?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: m0001 },
  { version: 2, name: 'catalogue_basics', sql: m0002 },
  { version: 3, name: 'catalogue', sql: m0003 },
  { version: 4, name: 'ledger_stock', sql: m0004 },
  { version: 5, name: 'counter', sql: m0005 },
  { version: 6, name: 'bookkeeping', sql: m0006, after: (db) => completeChart(db, 'skr03') },
  { version: 7, name: 'bank', sql: m0007 },
  { version: 8, name: 'stock', sql: m0008 },
];
