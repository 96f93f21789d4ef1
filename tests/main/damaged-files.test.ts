/**
 * Damaged database files. Each kind is made from a real demo database (demo shop, an open shift,
 * a few sales; the core closed cleanly), written as kontor.db into a fresh data folder, and opened
 * with createCore. The promise (ARCHITECTURE §3, issue 4): the core never crashes on it, opens it
 * read-only with an explanation, answers setup.status with readOnly: true, refuses writes with an
 * error envelope, and leaves the damaged file's bytes exactly as they were.
 *
 * Kinds the start-up checks (quick_check, foreign_key_check) cannot see are kept here too, named
 * "NOT DETECTED", asserting what actually happens, so a change in that behaviour shows up.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCore, type Core } from '../../src-main/core/core';
import { DatabaseTooNewError, KONTOR_APPLICATION_ID } from '../../src-main/db/migrate';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { DB_FILE } from '../../src-main/db/open';
import { DEMO_CREDENTIALS } from '../../src-main/modules/setup/demo-data';
import { counterCore, sell } from '../helpers/counter';
import { tempDir, testCore } from '../helpers/core';
import { prng } from '../helpers/prng';
import { VALID_CORE } from '../helpers/valid-inputs';

const PAGE = 4096;
const quiet = { error: () => undefined };
const dirs: string[] = [];
let operations = 0;
let rounds = 0;
const undetected: string[] = [];

interface PageInfo { name: string; pageno: number; pagetype: string; ncell: number; unused: number }

/** The healthy demo database (bytes), its b-tree pages, and the torn-checkpoint states. */
let healthy: Buffer;
let pages: PageInfo[];
let receiptsInHealthy: number;
/** The main file as it was while later sales were only in the WAL (a consistent, older state). */
let mainWithoutWal: Buffer;
let receiptsWithWal: number;
/** Main files as a checkpoint interrupted after k of its changed pages would leave them (ascending page order). */
let tornCheckpoints: { pagesWritten: number; bytes: Buffer }[];

function dataDirWith(bytes: Buffer): string {
  const dir = tempDir('kontor-damaged-');
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, DB_FILE), bytes);
  return dir;
}

const unwrapToken = (envelope: ReturnType<Core['invoke']>) => (envelope.ok ? (envelope.data as { token: string }).token : null);

beforeAll(() => {
  const t = counterCore();
  for (let i = 0; i < 6; i++) sell(t, [{ productId: 1 + i }, { productId: 10 + i, quantity: 2000 }]);
  receiptsInHealthy = 6;
  t.core.close();
  dirs.push(t.dataDir);
  const file = path.join(t.dataDir, DB_FILE);
  healthy = fs.readFileSync(file);
  const inspect = new Database(file, { readonly: true });
  pages = inspect.prepare("SELECT name, pageno, pagetype, ncell, unused FROM dbstat WHERE pagetype IN ('leaf', 'internal') ORDER BY pageno").all() as PageInfo[];
  inspect.close();

  // More sales while the WAL is never checkpointed: the main file stays the old state (healthy),
  // the new receipts live only in kontor.db-wal. Then the checkpoint writes them into the main file.
  const later = testCore({ dataDir: t.dataDir, logger: quiet });
  later.core.db.pragma('wal_autocheckpoint = 0');
  later.signInPin('1111');
  for (let i = 0; i < 8; i++) sell(later, [{ productId: 20 + i }]);
  receiptsWithWal = receiptsInHealthy + 8;
  mainWithoutWal = fs.readFileSync(file);
  expect(fs.statSync(`${file}-wal`).size, 'the later sales are in the WAL').toBeGreaterThan(0);
  later.core.db.pragma('wal_checkpoint(TRUNCATE)');
  const checkpointed = fs.readFileSync(file);
  later.core.close();

  const changed: number[] = [];
  for (let p = 1; p <= checkpointed.length / PAGE; p++) {
    const at = (p - 1) * PAGE;
    if (at >= mainWithoutWal.length || !checkpointed.subarray(at, at + PAGE).equals(mainWithoutWal.subarray(at, at + PAGE))) changed.push(p);
  }
  expect(changed.length).toBeGreaterThan(2);
  tornCheckpoints = changed.slice(0, -1).map((_, i) => {
    const bytes = Buffer.alloc(Math.max(mainWithoutWal.length, (changed[i]!) * PAGE));
    mainWithoutWal.copy(bytes);
    for (const p of changed.slice(0, i + 1)) checkpointed.copy(bytes, (p - 1) * PAGE, (p - 1) * PAGE, p * PAGE);
    return { pagesWritten: i + 1, bytes };
  });
});

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  console.log(`[fault] damaged-files: rounds=${rounds}, operations=${operations}, lost=0, failures=0` +
    ` (not detected at start, documented: ${undetected.join('; ') || 'none'})`);
});

/** The b-tree pages with the most content, one per table or index, for flipping bytes. */
function fullestPages(count: number): PageInfo[] {
  const seen = new Set<string>();
  return [...pages].filter((p) => p.pageno > 1).sort((a, b) => a.unused - b.unused).filter((p) => !seen.has(p.name) && seen.add(p.name)).slice(0, count);
}

/** Inverts `length` bytes at the middle of the page's cell content area (where the records are). */
function flipMiddle(bytes: Buffer, pageno: number, length = 16): void {
  const base = (pageno - 1) * PAGE;
  const contentStart = bytes.readUInt16BE(base + 5) || 65536;
  const at = base + Math.floor((Math.min(contentStart, PAGE) + PAGE) / 2) - Math.floor(length / 2);
  for (let i = 0; i < length; i++) bytes[at + i] = bytes[at + i]! ^ 0xff;
}

/** Damages the b-tree page header (page type, free block, cell count, content start). */
function flipHeader(bytes: Buffer, pageno: number): void {
  for (let i = 0; i < 8; i++) bytes[(pageno - 1) * PAGE + i] = bytes[(pageno - 1) * PAGE + i]! ^ 0x5a;
}

const DAMAGED: { kind: string; make: () => Buffer }[] = [
  { kind: 'truncated to half its size', make: () => Buffer.from(healthy.subarray(0, Math.floor(healthy.length / 2))) },
  { kind: 'truncated to 100 bytes', make: () => Buffer.from(healthy.subarray(0, 100)) },
  { kind: 'truncated by its last 4 pages', make: () => Buffer.from(healthy.subarray(0, healthy.length - 4 * PAGE)) },
  { kind: 'zeroed 100-byte header', make: () => { const b = Buffer.from(healthy); b.fill(0, 0, 100); return b; } },
  { kind: 'an impossible page size in the header', make: () => { const b = Buffer.from(healthy); b.writeUInt16BE(1000, 16); return b; } },
  { kind: 'random garbage of the same size', make: () => { const r = prng(4); return Buffer.from(Array.from({ length: healthy.length }, () => Math.floor(r() * 256))); } },
  { kind: 'a text file renamed to kontor.db', make: () => Buffer.from('Einkaufsliste\nMilch 1,19\nBrot 2,49\n'.repeat(200)) },
  {
    kind: 'flipped bytes in the middle of six full b-tree pages',
    make: () => { const b = Buffer.from(healthy); for (const p of fullestPages(6)) flipMiddle(b, p.pageno); return b; },
  },
  {
    kind: 'flipped bytes in the page headers of five b-tree pages (sales, lines, journal, stock, products)',
    make: () => {
      const b = Buffer.from(healthy);
      for (const name of ['sales', 'sale_lines', 'journal_lines', 'stock_moves', 'products']) flipHeader(b, pages.find((p) => p.name === name && p.pagetype === 'leaf')!.pageno);
      return b;
    },
  },
  {
    kind: 'missing -wal after an interrupted checkpoint (main file half old, half new)',
    make: () => {
      // The first interruption point the start-up check sees (the sweep below covers all of them).
      const torn = tornCheckpoints.find((t) => openAndClassify(t.bytes).readOnly);
      expect(torn, 'at least one torn checkpoint is detected').toBeDefined();
      return Buffer.from(torn!.bytes);
    },
  },
];

function openAndClassify(bytes: Buffer): { readOnly: boolean; problem: string | null } {
  const core = createCore({ dataDir: dataDirWith(bytes), logger: quiet });
  try {
    return { readOnly: core.readOnly, problem: core.problem };
  } finally {
    core.close();
  }
}

/** The checks every detected kind must pass. */
function expectOpenedReadOnly(dataDir: string, original: Buffer | 'directory') {
  rounds += 1;
  const errors: unknown[] = [];
  const core = createCore({ dataDir, logger: { error: (_m, e) => errors.push(e) } });
  operations += 1;
  try {
    expect(core.readOnly).toBe(true);
    expect(core.problem).toEqual(expect.any(String));
    expect(core.problem!.length).toBeGreaterThan(10);
    const status = core.invoke('setup.status', {});
    operations += 1;
    expect(status, JSON.stringify(status) + JSON.stringify(errors.map(String))).toMatchObject({ ok: true, data: { readOnly: true, problem: core.problem } });

    // Writes answer an error envelope (whatever its code), never a throw and never ok.
    const writes = ['setup.loadDemo', 'setup.initialize'] as const;
    for (const channel of writes) {
      const answer = core.invoke(channel, VALID_CORE[channel]);
      operations += 1;
      expect(answer.ok, channel).toBe(false);
      expect(answer.ok ? null : answer.error.code, channel).not.toBe('VALIDATION');
    }
    // If the file can be read far enough to sign in, a signed-in write is refused too.
    const owner = core.invoke('auth.signIn', { username: DEMO_CREDENTIALS.owner.username, password: DEMO_CREDENTIALS.owner.password });
    operations += 1;
    const token = unwrapToken(owner);
    if (token) {
      const update = core.invoke('settings.security.update', { pinMaxAttempts: 6, pinLockMinutes: 7, sessionHours: 8 }, { token });
      operations += 1;
      expect(update.ok).toBe(false);
    }
  } finally {
    core.close();
  }
  // The damaged file itself is exactly as it was.
  const file = path.join(dataDir, DB_FILE);
  if (original === 'directory') {
    expect(fs.statSync(file).isDirectory()).toBe(true);
    expect(fs.readdirSync(file)).toEqual([]);
  } else {
    expect(fs.readFileSync(file).equals(original), 'the damaged file was not changed').toBe(true);
  }
}

describe('damaged database files open read-only with an explanation, unchanged', () => {
  test.each(DAMAGED)('$kind', ({ make }) => {
    const bytes = make();
    expectOpenedReadOnly(dataDirWith(bytes), bytes);
  });

  test('a directory where kontor.db should be', () => {
    const dir = tempDir('kontor-damaged-');
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, DB_FILE));
    expectOpenedReadOnly(dir, 'directory');
  });

  test('a database from a newer Kontor is refused with DatabaseTooNewError, its file unchanged', () => {
    rounds += 1;
    const dir = dataDirWith(healthy);
    const db = new Database(path.join(dir, DB_FILE));
    db.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    db.pragma(`application_id = ${KONTOR_APPLICATION_ID}`);
    db.close();
    const before = fs.readFileSync(path.join(dir, DB_FILE));
    let thrown: unknown;
    try {
      createCore({ dataDir: dir, logger: quiet }).close();
    } catch (error) {
      thrown = error;
    }
    operations += 1;
    expect(thrown).toBeInstanceOf(DatabaseTooNewError);
    expect((thrown as Error).message).toMatch(/newer Kontor .*Update Kontor/);
    expect(fs.readFileSync(path.join(dir, DB_FILE)).equals(before)).toBe(true);
    // The refused file is closed again, not held open for the life of the process.
    const open = fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(path.join(dir, DB_FILE));
      } catch {
        return false;
      }
    });
    expect(open).toEqual([]);
  });
});

describe('kinds the start-up check does not see (documented behaviour)', () => {
  test('NOT DETECTED: an empty 0-byte kontor.db is taken as a new database (as a crash during the very first start leaves it)', () => {
    rounds += 1;
    undetected.push('0-byte file = new database');
    const dir = dataDirWith(Buffer.alloc(0));
    const core = createCore({ dataDir: dir, logger: quiet });
    operations += 1;
    expect(core.readOnly).toBe(false);
    expect(core.invoke('setup.status', {})).toMatchObject({ ok: true, data: { state: 'new', readOnly: false } });
    expect(core.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    core.close();
  });

  test.each([0, 3])('a foreign SQLite database (another app, user_version %i) opens read-only as "not a Kontor database", unchanged', (version) => {
    rounds += 1;
    const dir = tempDir('kontor-damaged-');
    dirs.push(dir);
    const foreign = new Database(path.join(dir, DB_FILE));
    foreign.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('Zahnarzt Dienstag'); PRAGMA user_version = ${version};`);
    foreign.close();
    const before = fs.readFileSync(path.join(dir, DB_FILE));
    const core = createCore({ dataDir: dir, logger: quiet });
    operations += 1;
    expect(core.readOnly).toBe(true);
    expect(core.problem).toMatch(/not a Kontor database/);
    expect(core.invoke('setup.status', {})).toMatchObject({ ok: true, data: { readOnly: true } });
    core.close();
    expect(fs.readFileSync(path.join(dir, DB_FILE)).equals(before)).toBe(true);
  });

  test('NOT DETECTED without a backup to compare with: the main file without its -wal opens as the older state (with one, see backup.test.ts)', () => {
    rounds += 1;
    undetected.push('main file without its WAL = older consistent state');
    const t = testCore({ dataDir: dataDirWith(mainWithoutWal), logger: quiet });
    operations += 1;
    expect(t.core.readOnly).toBe(false);
    t.signInOwner();
    const verify = t.call('counter.verify', {});
    operations += 1;
    expect(verify).toMatchObject({ ok: true, receipts: receiptsInHealthy });
    expect(verify.receipts).toBeLessThan(receiptsWithWal);
    t.core.close();
  });

  test('every interruption point of a checkpoint whose WAL is then lost: read-only, or structurally sound', () => {
    let detected = 0;
    const silent: number[] = [];
    for (const torn of tornCheckpoints) {
      rounds += 1;
      const dir = dataDirWith(torn.bytes);
      const core = createCore({ dataDir: dir, logger: quiet });
      operations += 1;
      if (core.readOnly) {
        detected += 1;
        core.close();
        expect(fs.readFileSync(path.join(dir, DB_FILE)).equals(torn.bytes)).toBe(true);
      } else {
        silent.push(torn.pagesWritten);
        expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
        core.close();
      }
    }
    expect(detected).toBeGreaterThan(0);
    if (silent.length) undetected.push(`${silent.length}/${tornCheckpoints.length} torn checkpoints pass the start-up check`);
    console.log(`torn checkpoints without their WAL: ${detected} of ${tornCheckpoints.length} detected; not detected after ${silent.join(', ') || '-'} page(s) written (integrity_check ok)`);
  });

  test('NOT DETECTED at start: one changed character in a stored receipt (its time) passes quick_check; counter.verify reports that receipt', () => {
    rounds += 1;
    undetected.push('a changed receipt value (found by counter.verify)');
    const bytes = Buffer.from(healthy);
    const salesPage = pages.find((p) => p.name === 'sales' && p.pagetype === 'leaf')!;
    const page = bytes.subarray((salesPage.pageno - 1) * PAGE, salesPage.pageno * PAGE);
    const at = page.indexOf(Buffer.from('.000Z'));
    expect(at, 'a receipt time on the sales page').toBeGreaterThan(0);
    page[at - 1] = page[at - 1] === 0x31 ? 0x32 : 0x31; // the last digit of the seconds
    const t = testCore({ dataDir: dataDirWith(bytes), logger: quiet });
    operations += 1;
    expect(t.core.readOnly).toBe(false);
    t.signInOwner();
    const verify = t.call('counter.verify', {});
    operations += 2;
    expect(verify.ok).toBe(false);
    expect(verify.problems.length).toBeGreaterThan(0);
    t.core.close();
  });

  test('single flipped bytes in the records of each b-tree page: most are detected at start, the rest open without a crash', () => {
    let detected = 0;
    const silentTables = new Set<string>();
    let salesChecked = 0;
    for (const page of pages.filter((p) => p.pageno > 1 && p.ncell > 0)) {
      rounds += 1;
      const bytes = Buffer.from(healthy);
      flipMiddle(bytes, page.pageno, 8);
      const t = testCore({ dataDir: dataDirWith(bytes), logger: quiet });
      operations += 1;
      if (t.core.readOnly) {
        detected += 1;
      } else {
        silentTables.add(page.name);
        if (page.name === 'sales' && page.pagetype === 'leaf') {
          t.signInOwner();
          const verify = t.invoke('counter.verify', {});
          operations += 2;
          expect(verify, 'a changed receipt row is reported by counter.verify').toMatchObject({ ok: true, data: { ok: false } });
          salesChecked += 1;
        }
      }
      t.core.close();
    }
    expect(detected).toBeGreaterThan(0);
    undetected.push(`flipped record bytes in ${silentTables.size} tables/indexes pass quick_check`);
    console.log(`single-page flips: ${detected} detected at start; not detected in ${[...silentTables].sort().join(', ')}; sales pages checked by counter.verify: ${salesChecked}`);
  });
});

describe('known gaps on a read-only (damaged but readable) database', () => {
  // Reads on a damaged database run without a transaction, so setup.status can catch its own
  // failed read and still answer with the explanation.
  test('setup.status still answers when the company table\'s page is damaged', () => {
    const bytes = Buffer.from(healthy);
    flipHeader(bytes, pages.find((p) => p.name === 'company')!.pageno);
    const core = createCore({ dataDir: dataDirWith(bytes), logger: quiet });
    try {
      expect(core.readOnly).toBe(true);
      expect(core.invoke('setup.status', {})).toMatchObject({ ok: true, data: { readOnly: true } });
    } finally {
      core.close();
    }
  });


  test('GAP: nobody can sign in, so the owner cannot read or restore through the app (auth.signIn writes a session row)', () => {
    const torn = tornCheckpoints.find((t) => openAndClassify(t.bytes).readOnly)!;
    const core = createCore({ dataDir: dataDirWith(torn.bytes), logger: quiet });
    expect(core.readOnly).toBe(true);
    expect(core.invoke('setup.status', {})).toMatchObject({ ok: true, data: { state: 'ready', companyName: expect.any(String) } });
    expect(core.invoke('auth.signIn', { username: DEMO_CREDENTIALS.owner.username, password: DEMO_CREDENTIALS.owner.password }))
      .toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    core.close();
  });

  test('the explanation starts in plain words (the recovery screen offers the way out: restore a backup)', () => {
    const problems = [DAMAGED[0]!, DAMAGED[3]!, DAMAGED[7]!].map(({ make }) => openAndClassify(make()).problem!);
    for (const problem of problems) expect(problem).toMatch(/^(The database file (is damaged|cannot be read)|This file is not a Kontor database)/);
  });
});
