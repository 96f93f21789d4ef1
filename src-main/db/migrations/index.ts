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
import m0009 from './0009_purchasing.sql?raw';
import m0010 from './0010_deliveries.sql?raw';
import m0011 from './0011_customers.sql?raw';
import m0012 from './0012_feedback.sql?raw';
import m0013 from './0013_production.sql?raw';
import m0014 from './0014_sales_documents.sql?raw';
import m0015 from './0015_reception.sql?raw';
import m0016 from './0016_staff.sql?raw';
import type Database from 'better-sqlite3';
import { completeChart } from '../../modules/ledger/charts';
import { addDepositAccount } from '../../modules/reception/deposit-account';

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
  { version: 9, name: 'purchasing', sql: m0009 },
  { version: 10, name: 'deliveries', sql: m0010 },
  { version: 11, name: 'customers', sql: m0011 },
  { version: 12, name: 'feedback', sql: m0012 },
  { version: 13, name: 'production', sql: m0013 },
  { version: 14, name: 'sales_documents', sql: m0014 },
  { version: 15, name: 'reception', sql: m0015, after: addDepositAccount },
  { version: 16, name: 'staff', sql: m0016 },
];
