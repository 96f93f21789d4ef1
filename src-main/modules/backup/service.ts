/**
 * Backups and restore. A backup is taken with SQLite's online backup (sales may go on meanwhile)
 * into a temporary file, flushed, checked, and only then named as a backup; a copy goes to the
 * second folder when one is set. A restore checks the backup first, keeps a safety copy of the
 * current state, then swaps the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupKind, BackupSettings, BackupStatus } from '../../../src-shared/contract/backup';
import type { Ctx, SystemServices } from '../../core/context';
import { AppError } from '../../core/errors';
import { readSetting, writeSetting } from '../settings/app-settings';
import { fsyncPath } from '../../db/fsync';
import { backupFileName, copyDurably, inspectBackup, listBackups, parseBackupName } from './files';
import { backupsToDelete } from './retention';

const STALE_HOURS = 36;

export const mainBackupDir = (system: SystemServices) => path.join(system.dataDir, 'backups');

/** The second folder is also noted beside the database, so recovery finds it when the database is damaged. */
const folderNote = (system: SystemServices) => path.join(system.dataDir, 'backup-folders.json');

function settingsOf(db: Database.Database, system: SystemServices): BackupSettings {
  try {
    return readSetting(db, 'backup');
  } catch {
    if (!system.readOnly) throw new Error('backup settings unreadable');
    let secondFolder = '';
    try {
      secondFolder = String((JSON.parse(fs.readFileSync(folderNote(system), 'utf8')) as { secondFolder?: unknown }).secondFolder ?? '');
    } catch {
      secondFolder = '';
    }
    return { dailyAt: '21:30', secondFolder, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 };
  }
}

export function folderOf(system: SystemServices, settings: BackupSettings, folder: BackupInfo['folder']): string | null {
  return folder === 'main' ? mainBackupDir(system) : settings.secondFolder || null;
}

export function allBackups(db: Database.Database, system: SystemServices): BackupInfo[] {
  const settings = settingsOf(db, system);
  const second = settings.secondFolder && fs.existsSync(settings.secondFolder) ? listBackups(settings.secondFolder, 'second') : [];
  return [...listBackups(mainBackupDir(system), 'main'), ...second].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function status(db: Database.Database, system: SystemServices, now: Date): BackupStatus {
  const settings = settingsOf(db, system);
  const lastGood = listBackups(mainBackupDir(system), 'main')[0] ?? null;
  let secondFolderProblem: string | null = null;
  try {
    secondFolderProblem = readSetting(db, 'backupSecondFolderProblem') || null;
  } catch {
    secondFolderProblem = null;
  }
  return {
    lastGood,
    stale: !lastGood || now.getTime() - new Date(lastGood.createdAt).getTime() > STALE_HOURS * 3_600_000,
    settings, readOnly: system.readOnly, problem: system.problem, problemKind: system.problemKind, secondFolderProblem,
  };
}

function prune(dir: string, folder: BackupInfo['folder'], settings: BackupSettings): void {
  for (const old of backupsToDelete(listBackups(dir, folder), settings)) fs.rmSync(path.join(dir, old.file), { force: true });
}

/** Takes, checks and files one backup of the live database. */
export async function takeBackup(system: SystemServices, kind: BackupKind, now: Date): Promise<BackupInfo> {
  if (system.readOnly) throw new AppError('READ_ONLY', 'The database is damaged; restore a backup instead of backing it up.', { details: { reason: 'backupOfDamaged' } });
  const db = system.currentDb();
  const settings = readSetting(db, 'backup');
  const dir = mainBackupDir(system);
  fs.mkdirSync(dir, { recursive: true });
  const name = backupFileName(now, kind);
  const temporary = path.join(dir, `.tmp-${name}`);
  try {
    await system.backupTo(temporary);
    // A backup is one self-contained file: no write-ahead log beside it.
    const copy = new Database(temporary);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    fsyncPath(temporary);
    const check = inspectBackup(temporary, name);
    if (check.problem) throw new AppError('INTERNAL', `The backup did not pass its check: ${check.problem}`, { details: { reason: 'backupCheckFailed' } });
    fs.renameSync(temporary, path.join(dir, name));
    fsyncPath(dir);
  } catch (error) {
    for (const leftover of [temporary, `${temporary}-wal`, `${temporary}-shm`, `${temporary}-journal`]) fs.rmSync(leftover, { force: true });
    if ((error as { code?: string }).code === 'ENOSPC') {
      throw new AppError('STORAGE_FULL', 'The disk is full; the backup was not taken.', { details: { reason: 'backupDiskFull' } });
    }
    throw error;
  }
  let secondProblem = '';
  if (settings.secondFolder) {
    try {
      fs.mkdirSync(settings.secondFolder, { recursive: true });
      copyDurably(path.join(dir, name), path.join(settings.secondFolder, name));
      prune(settings.secondFolder, 'second', settings);
    } catch (error) {
      secondProblem = `${settings.secondFolder}: ${(error as Error).message}`.slice(0, 500);
    }
  }
  writeSetting(db, 'backupSecondFolderProblem', secondProblem);
  prune(dir, 'main', settings);
  return { file: name, folder: 'main', kind, createdAt: now.toISOString(), sizeBytes: fs.statSync(path.join(dir, name)).size };
}

/** Settings changes and restores need the owner — or, while the database is damaged, anyone at the machine. */
export function requireManager(ctx: Ctx): void {
  if (ctx.system.readOnly) return;
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
  if (!ctx.session.permissions.has('settings.manage')) throw new AppError('FORBIDDEN', 'Your role does not allow this.');
}

export function backupPath(ctx: Ctx, file: string, folder: BackupInfo['folder']): string {
  const dir = folderOf(ctx.system, settingsOf(ctx.db, ctx.system), folder);
  const full = dir ? path.join(dir, file) : null;
  if (!full || !parseBackupName(file) || !fs.existsSync(full)) throw new AppError('NOT_FOUND', 'There is no such backup.', { details: { reason: 'backupNotFound' } });
  return full;
}

export async function restore(ctx: Ctx, file: string, folder: BackupInfo['folder']) {
  requireManager(ctx);
  const source = backupPath(ctx, file, folder);
  const check = inspectBackup(source, file);
  if (check.problem) throw new AppError('CONFLICT', `This backup is damaged: ${check.problem}`, { details: { reason: 'backupDamaged' } });
  const now = ctx.nowDate();
  let safetyCopy: string | null;
  if (ctx.system.readOnly) {
    // Keep the damaged file for whoever wants to look at it later; never overwrite it unseen.
    safetyCopy = path.join(ctx.system.dataDir, `damaged-${now.toISOString().replace(/[:.]/g, '-')}.db`);
    fs.copyFileSync(ctx.system.databaseFile, safetyCopy);
  } else {
    safetyCopy = (await takeBackup(ctx.system, 'beforeRestore', now)).file;
  }
  ctx.system.replaceDatabase(source);
  const db = ctx.system.currentDb();
  // Sessions stored in the backup belong to the past: everyone signs in again.
  db.prepare('UPDATE sessions SET ended_at = ? WHERE ended_at IS NULL').run(ctx.now());
  const staffId = ctx.session && db.prepare('SELECT id FROM staff WHERE id = ?').pluck().get(ctx.session.staffId);
  db.prepare('INSERT INTO audit_log (at, staff_id, action, subject, before, after) VALUES (?, ?, ?, ?, ?, ?)')
    .run(ctx.now(), staffId ?? null, 'backup.restore', file, JSON.stringify({ safetyCopy }), JSON.stringify({ restoredFrom: file, lastReceipt: check.lastReceiptNumber }));
  const parsed = parseBackupName(file)!;
  return { restored: { file, folder, ...parsed, sizeBytes: fs.statSync(source).size }, safetyCopy };
}

export function updateSettings(ctx: Ctx, input: BackupSettings): BackupSettings {
  if (input.secondFolder && !path.isAbsolute(input.secondFolder)) {
    throw new AppError('VALIDATION', 'The second folder must be a full path.', { details: { reason: 'secondFolderRelative' } });
  }
  const before = readSetting(ctx.db, 'backup');
  writeSetting(ctx.db, 'backup', input);
  fs.writeFileSync(folderNote(ctx.system), JSON.stringify({ secondFolder: input.secondFolder }));
  ctx.audit('backup.settings.update', 'backup', before, input);
  return input;
}
