import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../src-main/core/core';
import { DB_FILE } from '../../src-main/db/open';
import { listBackups } from '../../src-main/modules/backup/files';
import { backupsToDelete } from '../../src-main/modules/backup/retention';
import { backupDue } from '../../src-main/modules/backup/scheduler';
import type { BackupInfo } from '../../src-shared/contract/backup';
import { counterCore, ref, sell } from '../helpers/counter';
import { logicalDump, tempDir } from '../helpers/core';

async function call<T>(t: ReturnType<typeof counterCore>, channel: string, input: unknown, token?: string | null): Promise<T> {
  const envelope = await t.core.invokeAsync(channel, input, token === undefined ? { token: t.signedToken() } : { token });
  if (!envelope.ok) throw Object.assign(new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`), { body: envelope.error });
  return envelope.data as T;
}

function ownerCore() {
  const t = counterCore();
  sell(t, [{ productId: 1 }, { productId: 2 }]);
  t.signInOwner();
  return t;
}

test('a backup is checked, listed and can be inspected; the owner restores it after more sales', async () => {
  const t = ownerCore();
  const backup = await call<BackupInfo>(t, 'backup.now', {});
  expect(backup).toMatchObject({ folder: 'main', kind: 'manual' });
  expect(fs.readdirSync(path.join(t.dataDir, 'backups')).filter((f) => f.startsWith('.tmp-') || /-(wal|shm)$/.test(f))).toEqual([]);
  const contents = await call<{ lastReceiptNumber: string; counts: { receipts: number }; problem: string | null }>(t, 'backup.inspect', { file: backup.file });
  expect(contents).toMatchObject({ lastReceiptNumber: '1-000001', counts: { receipts: 1 }, problem: null });
  const atBackup = logicalDump(new (await import('better-sqlite3')).default(path.join(t.dataDir, 'backups', backup.file), { readonly: true }));

  t.signInPin('1111');
  sell(t, [{ productId: 3 }]);
  t.signInOwner();
  const result = await call<{ safetyCopy: string }>(t, 'backup.restore', { file: backup.file });
  expect(result.safetyCopy).toMatch(/beforeRestore/);
  // The restored database is the backup, table by table, plus the audit row of the restore itself.
  // (The restore's own audit row and the ended sessions are the only differences.)
  const without = (dump: string) => dump.replace(/audit_log=[^\n]*/, '').replace(/sessions=[^\n]*/, '');
  expect(without(logicalDump(t.core.db))).toBe(without(atBackup));
  expect(t.core.db.prepare('SELECT count(*) FROM sessions WHERE ended_at IS NULL').pluck().get()).toBe(0);
  expect(t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'backup.restore'").pluck().get()).toBe(1);
  // The chain goes on from the restored state.
  t.signInPin('1111');
  const next = sell(t, [{ productId: 4 }]);
  expect(next.number).toBe('1-000002');
  t.signInOwner();
  expect(t.call('counter.verify')).toMatchObject({ ok: true, receipts: 2 });
  t.close();
});

test('a backup taken while sales are being posted is a consistent snapshot, and restoring it continues the chain', async () => {
  const t = counterCore();
  for (let i = 0; i < 200; i++) sell(t, [{ productId: 1 + (i % 50) }]);
  t.signInOwner();
  const owner = t.signedToken();
  t.signInPin('1111');
  const cashier = t.signedToken();
  let posting = true;
  const poster = (async () => {
    while (posting) {
      t.core.invoke('counter.checkout', { cart: { lines: [{ type: 'product', productId: 5, quantity: 1000 }] }, payments: [{ method: 'cash', amountCents: 1000 }], clientRef: ref() }, { token: cashier });
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const backup = await call<BackupInfo>(t, 'backup.now', {}, owner);
  posting = false;
  await poster;
  const contents = await call<{ problem: string | null; counts: { receipts: number } }>(t, 'backup.inspect', { file: backup.file }, owner);
  expect(contents.problem).toBeNull();
  expect(contents.counts.receipts).toBeGreaterThanOrEqual(200);
  await call(t, 'backup.restore', { file: backup.file }, owner);
  t.signInPin('1111');
  sell(t, [{ productId: 9 }]);
  t.signInOwner();
  expect(t.call('counter.verify')).toMatchObject({ ok: true, receipts: contents.counts.receipts + 1 });
  t.close();
});

test('a damaged database opens read-only and is restored from its last good backup without signing in', async () => {
  const t = ownerCore();
  const backup = await call<BackupInfo>(t, 'backup.now', {});
  t.core.close();
  fs.writeFileSync(path.join(t.dataDir, DB_FILE), Buffer.alloc(16384, 0x42));
  fs.rmSync(path.join(t.dataDir, `${DB_FILE}-wal`), { force: true });
  const core = createCore({ dataDir: t.dataDir, logger: { error: () => undefined } });
  expect(core.readOnly).toBe(true);
  const status = await core.invokeAsync('backup.status', {});
  expect(status).toMatchObject({ ok: true, data: { readOnly: true, lastGood: { file: backup.file } } });
  const list = await core.invokeAsync('backup.list', {});
  expect(list).toMatchObject({ ok: true, data: [{ file: backup.file }] });
  expect(await core.invokeAsync('backup.now', {})).toMatchObject({ ok: false });
  const restored = await core.invokeAsync('backup.restore', { file: backup.file });
  expect(restored).toMatchObject({ ok: true, data: { safetyCopy: expect.stringMatching(/damaged-/) } });
  expect(core.readOnly).toBe(false);
  expect(core.invoke('setup.status', {})).toMatchObject({ ok: true, data: { state: 'ready', readOnly: false } });
  core.close();
});

test('restoring is for the owner; a damaged backup is refused; nothing outside the backup folders can be named', async () => {
  const t = ownerCore();
  const backup = await call<BackupInfo>(t, 'backup.now', {});
  t.signInPin('1111');
  expect(await t.core.invokeAsync('backup.restore', { file: backup.file }, { token: t.signedToken() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await t.core.invokeAsync('backup.restore', { file: '../kontor.db' }, { token: t.signedToken() })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  t.signInOwner();
  const file = path.join(t.dataDir, 'backups', backup.file);
  fs.writeFileSync(file, Buffer.concat([fs.readFileSync(file).subarray(0, 4096), Buffer.alloc(8192, 7)]));
  expect(await t.core.invokeAsync('backup.restore', { file: backup.file }, { token: t.signedToken() })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'backupDamaged' } } });
  expect(t.call('counter.verify').ok).toBe(true);
  t.close();
});

test('a second folder gets a copy; an unreachable one is reported and the main backup still counts', async () => {
  const t = ownerCore();
  const second = tempDir('kontor-usb-');
  t.call('backup.settings.update', { dailyAt: '21:30', secondFolder: second, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
  const backup = await call<BackupInfo>(t, 'backup.now', {});
  expect(fs.existsSync(path.join(second, backup.file))).toBe(true);
  expect(t.invoke('backup.settings.update', { dailyAt: '21:30', secondFolder: 'relative/path', keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }))
    .toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'secondFolderRelative' } } });
  const blocked = path.join(second, 'a-file');
  fs.writeFileSync(blocked, 'not a folder');
  t.call('backup.settings.update', { dailyAt: '21:30', secondFolder: blocked, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
  t.clock.advance(60_000);
  await call(t, 'backup.now', {});
  expect(t.call('backup.status')).toMatchObject({ secondFolderProblem: expect.stringContaining(blocked), stale: false });
  t.close();
});

test('the retention rule keeps the newest per day, week and month, and five safety copies', () => {
  const backups: BackupInfo[] = [];
  for (let day = 0; day < 120; day++) {
    for (const hour of [9, 18]) {
      const at = new Date(Date.UTC(2026, 0, 1 + day, hour));
      backups.push({ file: `b-${day}-${hour}`, folder: 'main', kind: 'scheduled', createdAt: at.toISOString(), sizeBytes: 1 });
    }
  }
  for (let i = 0; i < 8; i++) backups.push({ file: `safety-${i}`, folder: 'main', kind: 'beforeRestore', createdAt: new Date(Date.UTC(2026, 3, 1, i)).toISOString(), sizeBytes: 1 });
  backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const deleted = new Set(backupsToDelete(backups, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }).map((b) => b.file));
  const kept = backups.filter((b) => !deleted.has(b.file));
  expect(kept.filter((b) => b.kind === 'beforeRestore')).toHaveLength(5);
  const regular = kept.filter((b) => b.kind === 'scheduled');
  expect(regular[0]!.file).toBe('b-119-18');
  expect(regular.length).toBeLessThanOrEqual(7 + 4 + 12);
  expect(new Set(regular.map((b) => b.createdAt.slice(0, 7))).size).toBe(4); // Jan–Apr 2026, one each at least
});

test('the daily backup is due once its time has passed without a backup since', () => {
  const now = new Date(2026, 0, 15, 22, 0);
  expect(backupDue(null, now, { dailyAt: '21:30' })).toBe(true);
  expect(backupDue(new Date(2026, 0, 15, 21, 45).toISOString(), now, { dailyAt: '21:30' })).toBe(false);
  expect(backupDue(new Date(2026, 0, 15, 20, 0).toISOString(), now, { dailyAt: '21:30' })).toBe(true);
  expect(backupDue(new Date(2026, 0, 14, 21, 40).toISOString(), new Date(2026, 0, 15, 9, 0), { dailyAt: '21:30' })).toBe(false);
});

test('migration backups are listed like any other', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'backups'));
  fs.writeFileSync(path.join(dir, 'backups', 'kontor-2026-01-15T09-00-00-000Z-beforeMigration.db'), '');
  fs.writeFileSync(path.join(dir, 'backups', '.tmp-kontor-2026-01-15T09-00-00-000Z-manual.db'), '');
  expect(listBackups(path.join(dir, 'backups'), 'main').map((b) => b.kind)).toEqual(['beforeMigration']);
});

test('a database older than its newest backup (e.g. copied without its -wal) opens read-only and points to that backup', async () => {
  const t = ownerCore();
  const older = await call<BackupInfo>(t, 'backup.now', {});
  // (Retention keeps one backup per day, so the older state is kept aside for the simulation.)
  const olderState = path.join(tempDir(), 'older.db');
  fs.copyFileSync(path.join(t.dataDir, 'backups', older.file), olderState);
  t.signInPin('1111');
  sell(t, [{ productId: 3 }]);
  t.signInOwner();
  t.clock.advance(60_000);
  const newer = await call<BackupInfo>(t, 'backup.now', {});
  t.core.close();
  // The live file goes back to the older state, as if the -wal with the later sales were lost.
  fs.copyFileSync(olderState, path.join(t.dataDir, DB_FILE));
  for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(t.dataDir, `${DB_FILE}${suffix}`), { force: true });
  const before = fs.readFileSync(path.join(t.dataDir, DB_FILE));
  const core = createCore({ dataDir: t.dataDir, clock: t.clock, logger: { error: () => undefined } });
  expect(core.readOnly).toBe(true);
  expect(core.problem).toMatch(/older than its backup/);
  expect(core.invoke('setup.status', {})).toMatchObject({ ok: true, data: { readOnly: true, problemKind: 'behindBackup' } });
  expect(fs.readFileSync(path.join(t.dataDir, DB_FILE)).equals(before)).toBe(true);
  // Restoring the newer backup is the way out; a deliberate restore to an older state is not flagged.
  expect(await core.invokeAsync('backup.restore', { file: newer.file })).toMatchObject({ ok: true });
  expect(core.readOnly).toBe(false);
  core.close();
  const reopened = createCore({ dataDir: t.dataDir, clock: t.clock, logger: { error: () => undefined } });
  expect(reopened.readOnly).toBe(false);
  reopened.close();
});
