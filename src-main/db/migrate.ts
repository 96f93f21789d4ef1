/**
 * Forward-only migrations. Each runs in its own transaction together with the user_version bump,
 * so the file is always at an old or a new version, never between. A copy of the database is
 * taken before any pending migration; a database newer than this app is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { fsyncPath } from './fsync';
import type { Migration } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`This database was written by a newer Kontor (schema ${found}; this app knows ${supported}). Update Kontor to open it.`);
    this.name = 'DatabaseTooNewError';
  }
}

/** Marks a file as Kontor's (PRAGMA application_id, "KTOR"), so another app's database is never migrated. */
export const KONTOR_APPLICATION_ID = 0x4b544f52;

export class ForeignDatabaseError extends Error {
  constructor() {
    super('This file is not a Kontor database (it belongs to another program). Nothing was changed.');
    this.name = 'ForeignDatabaseError';
  }
}

/** Refuses another program's database: tables without Kontor's version, or without its mark. */
export function assertKontorFile(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number;
  if ((version === 0 && tables > 0) || (version > 0 && applicationId !== KONTOR_APPLICATION_ID)) throw new ForeignDatabaseError();
}

export interface MigrateResult {
  from: number;
  to: number;
  backupPath: string | null;
}

export function migrate(db: Database.Database, migrations: readonly Migration[], backupDir: string | null, stamp: string): MigrateResult {
  const head = migrations.length;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  assertKontorFile(db);
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > head) throw new DatabaseTooNewError(from, head);
  if (from === head) return { from, to: head, backupPath: null };

  let backupPath: string | null = null;
  if (from > 0 && backupDir) {
    fs.mkdirSync(backupDir, { recursive: true });
    // Named like every other backup so it shows in the list and can be restored from there.
    backupPath = path.join(backupDir, `kontor-${stamp.replace(/[:.]/g, '-')}-beforeMigration.db`);
    const temporary = path.join(backupDir, `.tmp-${path.basename(backupPath)}`);
    // VACUUM INTO writes a consistent, compact copy synchronously; the rename makes it count.
    db.prepare('VACUUM INTO ?').run(temporary);
    fsyncPath(temporary);
    fs.renameSync(temporary, backupPath);
  }

  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(m.sql);
      m.after?.(db);
      db.pragma(`application_id = ${KONTOR_APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: head, backupPath };
}
