/** The daily backup: due once the day's backup time has passed without a backup since. */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSettings } from '../../../src-shared/contract/backup';
import type { SystemServices } from '../../core/context';
import { readSetting } from '../settings/app-settings';
import { listBackups } from './files';
import { mainBackupDir, takeBackup } from './service';

/** The most recent moment at or before `now` that the daily time (local clock) was reached. */
export function lastScheduledMoment(now: Date, dailyAt: string): Date {
  const [h, m] = dailyAt.split(':').map(Number) as [number, number];
  const moment = new Date(now);
  moment.setHours(h, m, 0, 0);
  if (moment > now) moment.setDate(moment.getDate() - 1);
  return moment;
}

export function backupDue(lastBackupAt: string | null, now: Date, settings: Pick<BackupSettings, 'dailyAt'>): boolean {
  if (!lastBackupAt) return true;
  return new Date(lastBackupAt) < lastScheduledMoment(now, settings.dailyAt);
}

/** Checks every few minutes; a failed attempt is logged and tried again at the next check. */
export function startBackupScheduler(system: SystemServices, now: () => Date, log: (message: string) => void, everyMs = 5 * 60_000) {
  // Leftovers of a backup interrupted by a crash never became backups; clear them away.
  const dir = mainBackupDir(system);
  if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (f.startsWith('.tmp-')) fs.rmSync(path.join(dir, f), { force: true });
  let running = false;
  const check = async () => {
    if (running || system.readOnly) return;
    running = true;
    try {
      const settings = readSetting(system.currentDb(), 'backup');
      const last = listBackups(mainBackupDir(system), 'main').find((b) => b.kind === 'scheduled' || b.kind === 'manual');
      if (backupDue(last?.createdAt ?? null, now(), settings)) {
        const taken = await takeBackup(system, 'scheduled', now());
        log(`backup taken: ${taken.file}`);
      }
    } catch (error) {
      log(`backup failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  void check();
  return () => clearInterval(timer);
}
