/**
 * A database that is older than its own newest backup has lost records — typically a kontor.db
 * copied or left without its -wal file. SQLite cannot tell; the backups can: the newest regular
 * backup taken since the last restore must not hold more journal entries than the live file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parseBackupName } from './files';

/** 0 for a database without a journal yet (before its migrations ran). */
function maxJournalNumber(db: Database.Database): number {
  const hasJournal = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'journal_entries'").get();
  return hasJournal ? (db.prepare('SELECT coalesce(max(number), 0) FROM journal_entries').pluck().get() as number) : 0;
}

export function behindNewestBackup(live: Database.Database, dataDir: string): string | null {
  const dir = path.join(dataDir, 'backups');
  if (!fs.existsSync(dir)) return null;
  const hasAudit = live.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'audit_log'").get();
  const lastRestore = hasAudit ? ((live.prepare("SELECT max(at) FROM audit_log WHERE action = 'backup.restore'").pluck().get() as string | null) ?? '') : '';
  const newest = fs.readdirSync(dir)
    .map((file) => ({ file, parsed: parseBackupName(file) }))
    .filter((b) => b.parsed && (b.parsed.kind === 'scheduled' || b.parsed.kind === 'manual') && b.parsed.createdAt > lastRestore)
    .sort((a, b) => b.parsed!.createdAt.localeCompare(a.parsed!.createdAt))[0];
  if (!newest) return null;
  let backupMax: number;
  try {
    const backup = new Database(path.join(dir, newest.file), { readonly: true, fileMustExist: true });
    try {
      backupMax = maxJournalNumber(backup);
    } finally {
      backup.close();
    }
  } catch {
    return null; // an unreadable backup says nothing about the live file
  }
  const missing = backupMax - maxJournalNumber(live);
  if (missing <= 0) return null;
  return `This database is older than its backup of ${newest.parsed!.createdAt}: ${missing} journal entries are missing (for example, its -wal file was lost). Nothing was changed.`;
}
