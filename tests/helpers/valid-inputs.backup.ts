/** Valid sample inputs for the backup channels (see valid-inputs.ts). */
const file = 'kontor-2026-01-15T09-00-00-000Z-manual.db';

export const VALID_BACKUP = {
  'backup.status': {},
  'backup.list': {},
  'backup.inspect': { file, folder: 'main' },
  'backup.now': {},
  'backup.restore': { file, folder: 'main' },
  'backup.settings.update': { dailyAt: '21:30', secondFolder: '', keepDaily: 7, keepWeekly: 4, keepMonthly: 12 },
} satisfies Record<string, Record<string, unknown>>;
