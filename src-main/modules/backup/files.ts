/**
 * Backup files: named `kontor-<time>-<kind>.db`, only ever given that name after they were
 * written completely, flushed to disk and checked. Anything else in the folder is not a backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fsyncPath } from '../../db/fsync';
import type { BackupContents, BackupInfo, BackupKind } from '../../../src-shared/contract/backup';
import { BACKUP_KINDS } from '../../../src-shared/contract/backup';
import { alteredEntries, unbalancedEntries } from '../ledger/service';
import { alteredMoves } from '../stock/service';
import { verifyChain } from '../counter/chain';
import { formatReceiptNumber } from '../counter/shift-state';

const NAME = /^kontor-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-zA-Z]+)\.db$/;

export function backupFileName(at: Date, kind: BackupKind): string {
  return `kontor-${at.toISOString().replace(/[:.]/g, '-')}-${kind}.db`;
}

export function parseBackupName(name: string): { createdAt: string; kind: BackupKind } | null {
  const m = NAME.exec(name);
  if (!m || !(BACKUP_KINDS as readonly string[]).includes(m[6]!)) return null;
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, kind: m[6] as BackupKind };
}

export function listBackups(dir: string, folder: BackupInfo['folder']): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .flatMap((file) => {
      const parsed = parseBackupName(file);
      if (!parsed) return [];
      return [{ file, folder, ...parsed, sizeBytes: fs.statSync(path.join(dir, file)).size }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Copies a file under a temporary name, flushes it, then renames it into place. */
export function copyDurably(source: string, target: string): void {
  const temporary = path.join(path.dirname(target), `.tmp-${path.basename(target)}`);
  fs.copyFileSync(source, temporary);
  fsyncPath(temporary);
  fs.renameSync(temporary, target);
  fsyncPath(path.dirname(target));
}

/** Opens a backup read-only and checks it: integrity, references, receipt chain, journal balance. */
export function inspectBackup(file: string, name = path.basename(file)): BackupContents {
  const parsed = parseBackupName(name);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    const brokenRefs = (db.pragma('foreign_key_check') as unknown[]).length;
    const count = (table: string) => (db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
    const last = db.prepare('SELECT register_id, number FROM sales ORDER BY id DESC LIMIT 1').get() as { register_id: number; number: number } | undefined;
    const chain = verifyChain(db, formatReceiptNumber);
    const unbalanced = unbalancedEntries({ db });
    const altered = [...alteredEntries({ db }).map((e) => `journal entry ${e.number} changed after posting`), ...alteredMoves({ db }).map((m) => `stock move ${m.id} changed after posting`)];
    const problems = [
      integrity === 'ok' ? null : `integrity: ${String(integrity)}`,
      brokenRefs ? `${brokenRefs} broken references` : null,
      ...chain.problems.map((p) => `receipt ${p.number}: ${p.problem}`),
      ...unbalanced.map((e) => `journal entry ${e.number} does not balance`),
      ...altered,
    ].filter((p): p is string => p !== null);
    return {
      file: name,
      createdAt: parsed?.createdAt ?? fs.statSync(file).mtime.toISOString(),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      companyName: (db.prepare('SELECT name FROM company WHERE id = 1').pluck().get() as string | undefined) ?? null,
      lastReceiptNumber: last ? formatReceiptNumber(last.register_id, last.number) : null,
      counts: { receipts: count('sales'), products: count('products'), journalEntries: count('journal_entries'), staff: count('staff') },
      problem: problems.length ? problems.slice(0, 5).join('; ') : null,
    };
  } catch (error) {
    return {
      file: name, createdAt: parsed?.createdAt ?? '', schemaVersion: 0, companyName: null, lastReceiptNumber: null,
      counts: { receipts: 0, products: 0, journalEntries: 0, staff: 0 }, problem: `cannot be read: ${(error as Error).message}`,
    };
  } finally {
    db?.close();
  }
}
