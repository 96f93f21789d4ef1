import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../../src-main/core/core';
import { DatabaseTooNewError, KONTOR_APPLICATION_ID } from '../../src-main/db/migrate';
import { MIGRATIONS, type Migration } from '../../src-main/db/migrations';
import { DB_FILE, openDatabase } from '../../src-main/db/open';
import { tempDir } from '../helpers/core';

const stamp = '2026-01-15T09:00:00.000Z';
const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true });

function schemaOf(db: Database.Database): string {
  return (db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { type: string; name: string; sql: string }[])
    .map((r) => `-- ${r.type} ${r.name}\n${r.sql};`).join('\n\n');
}

test('an empty database migrates to the head with the pragmas set', () => {
  const dir = tempDir();
  const { db, readOnly, migration } = openDatabase({ dataDir: dir, stamp });
  expect(readOnly).toBe(false);
  expect(migration).toEqual({ from: 0, to: MIGRATIONS.length, backupPath: null });
  expect(userVersion(db)).toBe(MIGRATIONS.length);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  db.close();
});

test('the schema at the head matches the snapshot', () => {
  const dir = tempDir();
  const { db } = openDatabase({ dataDir: dir, stamp });
  expect(schemaOf(db)).toMatchSnapshot();
  db.close();
});

test('every table is STRICT', () => {
  const { db } = openDatabase({ dataDir: tempDir(), stamp });
  const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
  expect(tables.length).toBeGreaterThan(5);
  for (const t of tables) expect(t.strict, t.name).toBe(1);
  db.close();
});

test('a backup is taken before pending migrations run on an existing database', () => {
  const dir = tempDir();
  const first = openDatabase({ dataDir: dir, stamp, migrations: MIGRATIONS.slice(0, 1) });
  first.db.prepare("INSERT INTO app_settings (key, value) VALUES ('marker', '1')").run();
  first.db.close();

  const second = openDatabase({ dataDir: dir, stamp });
  expect(second.migration?.from).toBe(1);
  const backup = second.migration?.backupPath;
  expect(backup && fs.existsSync(backup)).toBe(true);
  const copy = new Database(backup!, { readonly: true });
  expect(userVersion(copy)).toBe(1);
  expect(copy.prepare("SELECT value FROM app_settings WHERE key = 'marker'").pluck().get()).toBe('1');
  copy.close();
  second.db.close();
});

test('a database newer than the app is refused', () => {
  const dir = tempDir();
  const db = new Database(path.join(dir, DB_FILE));
  db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
  db.pragma(`application_id = ${KONTOR_APPLICATION_ID}`);
  db.close();
  expect(() => openDatabase({ dataDir: dir, stamp })).toThrow(DatabaseTooNewError);
  expect(() => createCore({ dataDir: dir })).toThrow(/newer Kontor/);
});

test('a failing migration leaves the previous version intact', () => {
  const dir = tempDir();
  openDatabase({ dataDir: dir, stamp }).db.close();
  const broken: Migration[] = [
    ...MIGRATIONS,
    { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT; INSERT INTO no_such_table VALUES (1);' },
  ];
  expect(() => openDatabase({ dataDir: dir, stamp, migrations: broken })).toThrow(/no such table/);
  const db = new Database(path.join(dir, DB_FILE), { readonly: true });
  expect(userVersion(db)).toBe(MIGRATIONS.length);
  expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
  db.close();
});

test('migrations must be numbered without gaps', () => {
  const gap: Migration[] = [{ ...MIGRATIONS[0]!, version: 2 }];
  expect(() => openDatabase({ dataDir: tempDir(), stamp, migrations: gap })).toThrow(/expected 1/);
});

test('a damaged file opens read-only with an explanation instead of crashing', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, DB_FILE), Buffer.alloc(8192, 0x5a));
  const core = createCore({ dataDir: dir, logger: { error: () => undefined } });
  expect(core.readOnly).toBe(true);
  const status = core.invoke('setup.status', {});
  expect(status).toMatchObject({ ok: true, data: { readOnly: true } });
  expect((status as { data: { problem: string } }).data.problem).toMatch(/cannot be read|integrity/);
  const write = core.invoke('setup.loadDemo', { language: 'de' });
  expect(write.ok).toBe(false);
  core.close();
  // The damaged file was not touched.
  expect(fs.readFileSync(path.join(dir, DB_FILE)).every((b) => b === 0x5a)).toBe(true);
});
