/** How backups are shown: date and time, age, size, kind and folder, and the backup errors. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src-shared/contract/backup';
import { ApiError } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function ageText(iso: string, now: Date, locale: string, justNow: string): string {
  const diff = now.getTime() - new Date(iso).getTime();
  if (diff < 60_000) return justNow;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (diff >= ms) return relative.format(-Math.floor(diff / ms), unit);
  }
  return justNow;
}

export function useBackupFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (value: number) => new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(value);
  return {
    ...format,
    age: (iso: string) => ageText(iso, new Date(), format.locale, t('backup.justNow')),
    size: (bytes: number) => (bytes >= 1_000_000
      ? t('backup.size.mb', { value: number(bytes / 1_000_000) })
      : t('backup.size.kb', { value: number(Math.max(bytes / 1000, 0.1)) })),
    kind: (kind: BackupInfo['kind']) => t(`backup.kinds.${kind}`),
    folder: (folder: BackupInfo['folder']) => t(`backup.folders.${folder}`),
  };
}

/** A backup error in words: the backup module's own reasons first, then the general texts. */
export function backupErrorText(t: TFunction, error: unknown): string {
  const reason = error instanceof ApiError ? error.body.details?.reason : undefined;
  if (typeof reason === 'string') {
    const key = `backup.reasons.${reason}`;
    const text = t(key);
    if (text !== key) return text;
  }
  return errorText(t, error);
}

export const sameBackup = (a: Pick<BackupInfo, 'file' | 'folder'> | null | undefined, b: Pick<BackupInfo, 'file' | 'folder'>) =>
  !!a && a.file === b.file && a.folder === b.folder;
