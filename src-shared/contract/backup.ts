/** Backups and restore, and the state of the records (issue: nothing lost, nothing altered). */
import { z } from '../zod-setup';
import { channel } from './define';
import { empty } from './fields';

export const BACKUP_KINDS = ['scheduled', 'manual', 'beforeMigration', 'beforeRestore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  /** The file name inside its folder (the id of the backup). */
  file: string;
  folder: 'main' | 'second';
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
}

export interface BackupContents {
  file: string;
  createdAt: string;
  schemaVersion: number;
  companyName: string | null;
  lastReceiptNumber: string | null;
  counts: { receipts: number; products: number; journalEntries: number; staff: number };
  /** null when the backup passed every check; otherwise what is wrong. */
  problem: string | null;
}

export interface BackupSettings {
  /** Daily backup at this local time (HH:MM). */
  dailyAt: string;
  /** A second folder (USB stick, network share) that receives a copy; empty for none. */
  secondFolder: string;
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

export interface BackupStatus {
  lastGood: BackupInfo | null;
  /** True when the last good backup is older than a day and a half, or there is none. */
  stale: boolean;
  settings: BackupSettings;
  readOnly: boolean;
  problem: string | null;
  problemKind: 'unreadable' | 'damaged' | 'foreign' | 'behindBackup' | null;
  secondFolderProblem: string | null;
}

export const backupSettingsInput = z.strictObject({
  dailyAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  secondFolder: z.string().trim().max(500),
  keepDaily: z.int().min(1).max(60),
  keepWeekly: z.int().min(0).max(52),
  keepMonthly: z.int().min(0).max(120),
});

const fileName = z.string().regex(/^kontor-[0-9TZ-]+-[a-zA-Z]+\.db$/, 'a backup file name');
const backupRef = z.strictObject({ file: fileName, folder: z.enum(['main', 'second']).default('main') });

export const backupContract = {
  /** Public while the database is damaged (so the way out works without signing in). */
  'backup.status': channel<BackupStatus>()({ input: empty, access: 'public' }),
  'backup.list': channel<BackupInfo[]>()({ input: empty, access: 'public' }),
  'backup.inspect': channel<BackupContents>()({ input: backupRef, access: 'public', task: true }),
  'backup.now': channel<BackupInfo>()({ input: empty, access: 'settings.manage', changes: ['backup'], task: true }),
  'backup.restore': channel<{ restored: BackupInfo; safetyCopy: string | null }>()({
    input: backupRef,
    access: 'public',
    changes: ['backup', 'setup', 'session', 'company', 'vatRates', 'catalogue', 'sales', 'shift', 'stock', 'ledger'],
    task: true,
  }),
  'backup.settings.update': channel<BackupSettings>()({ input: backupSettingsInput, access: 'settings.manage', changes: ['backup'] }),
};
