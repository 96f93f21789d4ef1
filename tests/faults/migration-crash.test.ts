/**
 * A crash during a migration (`npm run test:faults`, after `npm run build`). A demo database is
 * built at schema version N-1 (all migrations but the last); each round copies it into a fresh
 * data folder, starts the built browser-mode server on it (which takes the before-migration backup
 * and migrates at start) and SIGKILLs it at a random moment — half the rounds anywhere in the
 * start-up, half just after the backup file appears (when the migration itself runs). Afterwards:
 *   - the files as the kill left them are at version N-1 with exactly the old schema, or at N with
 *     exactly the new one — never between — and integrity_check and foreign_key_check are ok;
 *   - the demo data is all there;
 *   - a normal restart comes up read-write at version N.
 * The before-migration backup, under its final name, is always a whole database at N-1; temporary
 * files a kill interrupted are counted and reported.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createCore } from '../../src-main/core/core';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { DB_FILE, openDatabase } from '../../src-main/db/open';
import { ROOT, SERVER_JS, tempDataDir } from '../helpers/server';
import { assertBuilt, prng, spawnServer, stopGracefully } from './crash-harness';

const ROUNDS = Math.max(1, Number(process.env.KONTOR_FAULT_MIGRATION_ROUNDS ?? 30) || 30);
const SEED = Number(process.env.KONTOR_FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
const HEAD = MIGRATIONS.length;
const quiet = { error: () => undefined };
/** The before-migration backup, final or still under its temporary name. */
const BEFORE_MIGRATION = /before-?migration/i;

const dirs: string[] = [];
let template: string;
let oldSchema: string;
let newSchema: string;
let productCount: number;

function schemaOf(db: Database.Database): string {
  return (db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { type: string; name: string; sql: string | null }[])
    .map((r) => `${r.type} ${r.name}: ${r.sql}`).join('\n');
}

beforeAll(() => {
  assertBuilt();
  const dir = tempDataDir('kontor-fault-migration-template-');
  dirs.push(dir);
  const old = createCore({ dataDir: dir, migrations: MIGRATIONS.slice(0, -1), logger: quiet });
  expect(old.invoke('setup.loadDemo', { language: 'de' })).toMatchObject({ ok: true });
  old.close();
  template = path.join(dir, DB_FILE);
  expect(fs.existsSync(`${template}-wal`), 'the template is one self-contained file').toBe(false);
  const db = new Database(template); // read-write, so closing it leaves no -wal behind
  expect(db.pragma('user_version', { simple: true })).toBe(HEAD - 1);
  oldSchema = schemaOf(db);
  productCount = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  db.close();
  expect(fs.existsSync(`${template}-wal`)).toBe(false);

  const migrated = tempDataDir('kontor-fault-migration-new-');
  dirs.push(migrated);
  fs.copyFileSync(template, path.join(migrated, DB_FILE));
  const opened = openDatabase({ dataDir: migrated, stamp: '2026-01-01T00:00:00.000Z' });
  expect(opened.migration).toMatchObject({ from: HEAD - 1, to: HEAD });
  newSchema = schemaOf(opened.db);
  opened.db.close();
  expect(newSchema).not.toBe(oldSchema);
});

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts the server on `dataDir` and SIGKILLs it `delayMs` after spawn, or `delayMs` after the backup file appears. */
async function startAndKill(dataDir: string, mode: 'anywhere' | 'after-backup', delayMs: number): Promise<{ ready: boolean; backupSeen: boolean }> {
  const child = spawn(process.execPath, [SERVER_JS, '--port', '0', '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  child.stderr!.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const backups = path.join(dataDir, 'backups');
  let backupSeen = false;
  const kill = () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); };
  if (mode === 'anywhere') {
    setTimeout(kill, delayMs);
  } else {
    const started = Date.now();
    const poll = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (fs.existsSync(backups) && fs.readdirSync(backups).some((f) => BEFORE_MIGRATION.test(f))) {
        backupSeen = true;
        setTimeout(kill, delayMs);
      } else if (Date.now() - started > 20_000) {
        kill();
      } else {
        setImmediate(poll);
      }
    };
    poll();
  }
  await exited;
  return { ready: /Kontor is running at/.test(stdout), backupSeen };
}

test(`a migration killed at a random moment leaves the old or the new version, never between (${ROUNDS} rounds)`, async () => {
  const started = Date.now();
  const random = prng(SEED);
  console.log(`migration crash test: ${ROUNDS} rounds, N = ${HEAD}, KONTOR_FAULT_SEED=${SEED}`);

  // Calibrate: how long a start with the migration takes on this machine.
  const calibration = tempDataDir('kontor-fault-migration-calibrate-');
  dirs.push(calibration);
  fs.copyFileSync(template, path.join(calibration, DB_FILE));
  const t0 = Date.now();
  const probe = await spawnServer(calibration, false);
  const startMs = Date.now() - t0;
  await stopGracefully(probe);

  const outcome = { old: 0, new: 0, between: 0, killedAfterReady: 0 };
  const problems: string[] = [];
  let interruptedBackups = 0;
  let operations = 0;

  for (let round = 0; round < ROUNDS; round++) {
    const dataDir = tempDataDir('kontor-fault-migration-');
    dirs.push(dataDir);
    fs.copyFileSync(template, path.join(dataDir, DB_FILE));
    const mode = round % 2 === 0 ? 'anywhere' : 'after-backup';
    const delay = mode === 'anywhere' ? Math.floor(random() * startMs * 1.1) : Math.floor(random() * 12);
    const { ready, backupSeen } = await startAndKill(dataDir, mode, delay);
    operations += 1;
    if (ready) outcome.killedAfterReady += 1;

    // The files as the kill left them, checked on a copy (the restart must recover them itself).
    const scratch = tempDataDir('kontor-fault-migration-copy-');
    dirs.push(scratch);
    for (const name of [DB_FILE, `${DB_FILE}-wal`]) {
      if (fs.existsSync(path.join(dataDir, name))) fs.copyFileSync(path.join(dataDir, name), path.join(scratch, name));
    }
    const db = new Database(path.join(scratch, DB_FILE));
    const version = db.pragma('user_version', { simple: true }) as number;
    const schema = schemaOf(db);
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const foreignKeys = (db.pragma('foreign_key_check') as unknown[]).length;
    const products = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
    db.close();
    if (version === HEAD - 1 && schema === oldSchema) outcome.old += 1;
    else if (version === HEAD && schema === newSchema) outcome.new += 1;
    else {
      outcome.between += 1;
      problems.push(`round ${round} (${mode} ${delay} ms): user_version ${version} with ${schema === oldSchema ? 'the old' : schema === newSchema ? 'the new' : 'a mixed'} schema`);
    }
    if (integrity !== 'ok' || foreignKeys !== 0) problems.push(`round ${round}: integrity ${integrity}, ${foreignKeys} foreign-key problems`);
    if (products !== productCount) problems.push(`round ${round}: ${products} products, expected ${productCount}`);

    // The before-migration backup: under its final name it must be whole (version N-1, quick_check ok);
    // a temporary file a kill interrupted may be left behind (counted).
    const backups = path.join(dataDir, 'backups');
    const beforeMigration = fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => BEFORE_MIGRATION.test(f)) : [];
    for (const name of beforeMigration) {
      if (name.startsWith('.tmp')) {
        interruptedBackups += 1;
        continue;
      }
      let whole = false;
      try {
        const copy = new Database(path.join(backups, name), { readonly: true });
        whole = copy.pragma('quick_check', { simple: true }) === 'ok' && copy.pragma('user_version', { simple: true }) === HEAD - 1;
        copy.close();
      } catch {
        whole = false;
      }
      if (!whole) problems.push(`round ${round}: the backup ${name} is not a whole database at version ${HEAD - 1}`);
    }
    if (mode === 'after-backup' && !backupSeen && !ready) problems.push(`round ${round}: the before-migration backup never appeared`);

    // A normal restart migrates to the head and opens read-write.
    const server = await spawnServer(dataDir, false);
    operations += 1;
    if (/read-only/.test(server.output())) problems.push(`round ${round}: restart opened read-only: ${server.output()}`);
    await stopGracefully(server);
    const after = new Database(path.join(dataDir, DB_FILE), { readonly: true });
    if (after.pragma('user_version', { simple: true }) !== HEAD || schemaOf(after) !== newSchema) problems.push(`round ${round}: the restart did not migrate to ${HEAD}`);
    after.close();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`migration crash test: start takes ~${startMs} ms; after the kill ${outcome.old}× old version, ${outcome.new}× new, ${outcome.between}× between ` +
    `(${outcome.killedAfterReady} kills came after start-up); interrupted temporary backup files left in backups/: ${interruptedBackups}; ${seconds} s`);
  console.log(`[fault] migration-crash: rounds=${ROUNDS}, operations=${operations}, lost=0, failures=${problems.length}`);
  expect(problems).toEqual([]);
  expect(outcome.old, 'some kills landed before the migration committed').toBeGreaterThan(0);
}, 10 * 60_000);
