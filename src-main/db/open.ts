/**
 * Opens the business's database with the pragmas every promise of Kontor rests on: WAL,
 * synchronous=FULL (a sale acknowledged to the cashier survives power loss), foreign keys, a busy
 * timeout. A quick_check at start finds damage; a damaged file is opened read-only instead of
 * crashing, so the owner can still read and restore.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { behindNewestBackup } from '../modules/backup/behind';
import { assertKontorFile, ForeignDatabaseError, migrate, type MigrateResult } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

export const DB_FILE = 'kontor.db';

export interface OpenedDatabase {
  db: Database.Database;
  file: string;
  readOnly: boolean;
  /**
   * Why the database is read-only, in plain words; null when healthy. The way out — restoring
   * the last good backup — is offered by the recovery screen.
   */
  problem: string | null;
  migration: MigrateResult | null;
  /** What kind of problem, for the recovery screen's explanation. */
  problemKind: ProblemKind | null;
}

export type ProblemKind = 'unreadable' | 'damaged' | 'foreign' | 'behindBackup';

export interface OpenOptions {
  dataDir: string;
  /** Refuse (read-only) a file older than its newest backup; off for a deliberate restore. */
  checkAgainstBackups?: boolean;
  migrations?: readonly Migration[];
  stamp: string;
}

/**
 * better-sqlite3 compiles a statement on every prepare(); a command runs dozens of them, so the
 * compiled statements are kept (by SQL text, at most 1,000) and handed out again with their
 * result modes reset. A statement still being iterated is never handed out twice.
 */
function cachePreparedStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      if (cached.reader) cached.pluck(false).expand(false).raw(false);
      return cached;
    }
    const statement = prepare(source);
    if (!cached) {
      if (cache.size >= 1000) cache.delete(cache.keys().next().value!);
      cache.set(source, statement);
    }
    return statement;
  }) as typeof db.prepare;
}

function applyPragmas(db: Database.Database): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
}

/** Only once the file is known to be healthy and Kontor's: switching to WAL writes to it. */
function applyWritePragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
}

function healthProblem(db: Database.Database): string | null {
  const quick = db.pragma('quick_check', { simple: true });
  if (quick !== 'ok') return `integrity check failed: ${String(quick)}`;
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) return `${fk.length} broken references between records`;
  return null;
}

export function openDatabase(options: OpenOptions): OpenedDatabase {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, DB_FILE);
  let db: Database.Database | null = null;
  let problem: string | null;
  let problemKind: ProblemKind | null = null;
  try {
    db = new Database(file);
    applyPragmas(db);
    cachePreparedStatements(db);
    problem = healthProblem(db);
    if (problem) problemKind = 'damaged';
  } catch (error) {
    db?.close();
    db = null;
    problem = `The database file cannot be read (${(error as Error).message}).`;
    problemKind = 'unreadable';
  }

  if (db && !problem) {
    try {
      assertKontorFile(db);
      // Before anything is written to it (switching to WAL writes the header).
      const behind = options.checkAgainstBackups === false ? null : behindNewestBackup(db, options.dataDir);
      if (behind) {
        db.close();
        return openReadOnly(file, behind, 'behindBackup');
      }
      applyWritePragmas(db);
      const migration = migrate(db, options.migrations ?? MIGRATIONS, path.join(options.dataDir, 'backups'), options.stamp);
      return { db, file, readOnly: false, problem: null, problemKind: null, migration };
    } catch (error) {
      db.close();
      if (!(error instanceof ForeignDatabaseError)) throw error;
      problem = error.message;
      problemKind = 'foreign';
      db = null;
    }
  }

  db?.close();
  return openReadOnly(file, problem ?? 'unknown problem', problemKind ?? 'damaged');
}

/**
 * Opens the file read-only with the reason, so nothing makes the damage worse; if even that
 * fails, an empty in-memory database keeps the app answering with the explanation.
 */
export function openReadOnly(file: string, problem: string, problemKind: ProblemKind): OpenedDatabase {
  let readOnlyDb: Database.Database;
  try {
    readOnlyDb = new Database(file, { readonly: true, fileMustExist: true });
    applyPragmas(readOnlyDb);
    readOnlyDb.pragma('user_version', { simple: true });
  } catch {
    readOnlyDb = new Database(':memory:');
  }
  return { db: readOnlyDb, file, readOnly: true, problem, problemKind, migration: null };
}
