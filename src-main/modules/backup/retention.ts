/**
 * Which backups to keep: the newest of each of the last N days, weeks and months (grandfather,
 * father, son), and the last five safety copies taken before migrations and restores.
 */
import type { BackupInfo, BackupSettings } from '../../../src-shared/contract/backup';

function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return `${d.getUTCFullYear()}-W${Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7)}`;
}

/** Backups (newest first) that the rule no longer keeps. */
export function backupsToDelete(backups: BackupInfo[], settings: Pick<BackupSettings, 'keepDaily' | 'keepWeekly' | 'keepMonthly'>): BackupInfo[] {
  const keep = new Set<string>();
  const regular = backups.filter((b) => b.kind === 'scheduled' || b.kind === 'manual');
  const bucket = (key: (b: BackupInfo) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of regular) {
      const k = key(b);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(b.file);
    }
  };
  bucket((b) => b.createdAt.slice(0, 10), settings.keepDaily);
  bucket((b) => isoWeek(new Date(b.createdAt)), settings.keepWeekly);
  bucket((b) => b.createdAt.slice(0, 7), settings.keepMonthly);
  backups.filter((b) => b.kind !== 'scheduled' && b.kind !== 'manual').slice(0, 5).forEach((b) => keep.add(b.file));
  return backups.filter((b) => !keep.has(b.file));
}
