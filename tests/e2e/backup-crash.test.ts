/**
 * A crash during a backup: the server takes its daily backup right at start when none is due
 * yet; it is killed with SIGKILL at random moments while doing so. Whatever happens, every file
 * named as a backup is complete and passes its check, the earlier backup stays usable, and the
 * live database is intact.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { createCore } from '../../src-main/core/core';
import { inspectBackup, listBackups } from '../../src-main/modules/backup/files';
import { ROOT, SERVER_JS, tempDataDir } from '../helpers/server';

const ROUNDS = Number(process.env.KONTOR_BACKUP_CRASH_ROUNDS ?? 12);

function seed(dataDir: string): string {
  const core = createCore({ dataDir, logger: { error: () => undefined } });
  core.invoke('setup.loadDemo', { language: 'de' });
  const token = (core.invoke('auth.signIn', { pin: '1111' }) as { ok: true; data: { token: string } }).data.token;
  core.invoke('shift.open', { floatCents: 0 }, { token });
  // Enough receipts that a backup takes a little while.
  for (let i = 0; i < 1500; i++) {
    core.invoke('counter.checkout', {
      cart: { lines: [{ type: 'product', productId: 1 + (i % 150), quantity: 1000 }, { type: 'product', productId: 2, quantity: 2000 }] },
      payments: [{ method: 'cash', amountCents: 10_000 }], clientRef: `seed-${i}-000000`,
    }, { token });
  }
  core.close();
  // One good backup from before the crashes, taken the same way the server does.
  const dir = path.join(dataDir, 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const name = 'kontor-2020-01-01T00-00-00-000Z-manual.db';
  const db = new Database(path.join(dataDir, 'kontor.db'));
  db.prepare('VACUUM INTO ?').run(path.join(dir, name));
  db.close();
  return name;
}

test(`SIGKILL during the start-up backup, ${ROUNDS} rounds: every named backup is whole, the earlier one stays usable`, async () => {
  expect(fs.existsSync(SERVER_JS), 'run npm run build first').toBe(true);
  const dataDir = tempDataDir('kontor-backup-crash-');
  const earlier = seed(dataDir);
  let killedDuring = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Leave only the earlier backup, so the server's start-up backup is due every round.
    for (const b of listBackups(path.join(dataDir, 'backups'), 'main')) if (b.file !== earlier) fs.rmSync(path.join(dataDir, 'backups', b.file));
    const child = spawn(process.execPath, [SERVER_JS, '--port', '0', '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(Math.random() * 500)));
    if (!out.includes('backup taken')) killedDuring++;
    child.kill('SIGKILL');
    await exited;
    for (const b of listBackups(path.join(dataDir, 'backups'), 'main')) {
      expect(inspectBackup(path.join(dataDir, 'backups', b.file)).problem, b.file).toBeNull();
    }
    const live = new Database(path.join(dataDir, 'kontor.db'));
    expect(live.pragma('quick_check', { simple: true })).toBe('ok');
    live.close();
  }
  expect(inspectBackup(path.join(dataDir, 'backups', earlier)).counts.receipts).toBe(1500);
  console.log(`[fault] backup crash: rounds=${ROUNDS}, killed before the backup completed=${killedDuring}, lost=0, failures=0`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);
