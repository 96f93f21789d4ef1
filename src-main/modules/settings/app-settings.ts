/** Typed access to the key/value settings table; each key has a schema and a default. */
import type Database from 'better-sqlite3';
import { z } from '../../../src-shared/zod-setup';
import { securityInput, type SecuritySettings } from '../../../src-shared/contract/settings';
import { counterSettingsInput, type CounterSettings } from '../../../src-shared/contract/sell';
import { DEFAULT_EMBEDDED_PREFIXES } from '../../../src-shared/barcode';
import { CHARTS, type ChartKey } from '../../../src-shared/contract/ledger';
import { backupSettingsInput, type BackupSettings } from '../../../src-shared/contract/backup';
import { DATEV_DEFAULT_SETTINGS, datevSettingsInput } from '../../../src-shared/contract/datev';

const SETTINGS = {
  security: { schema: securityInput, fallback: { pinMaxAttempts: 5, pinLockMinutes: 5, sessionHours: 12 } satisfies SecuritySettings },
  installKey: { schema: z.string().regex(/^[0-9a-f]{64}$/), fallback: '' },
  backup: {
    schema: backupSettingsInput,
    fallback: { dailyAt: '21:30', secondFolder: '', keepDaily: 7, keepWeekly: 4, keepMonthly: 12 } satisfies BackupSettings,
  },
  backupSecondFolderProblem: { schema: z.string().max(500), fallback: '' },
  /** Which preset chart of accounts the shop uses (SKR03 unless chosen otherwise). */
  chart: { schema: z.enum(CHARTS), fallback: 'skr03' as ChartKey },
  /** Consultant and client number and the other values the DATEV export's header needs. */
  datev: { schema: datevSettingsInput, fallback: DATEV_DEFAULT_SETTINGS },
  counter: {
    schema: counterSettingsInput,
    fallback: {
      discountLimitBasisPoints: 1000,
      refundLimitCents: 5000,
      quickCashCents: [500, 1000, 2000, 5000],
      embeddedPrefixes: DEFAULT_EMBEDDED_PREFIXES,
    } satisfies CounterSettings,
  },
} as const;

type Key = keyof typeof SETTINGS;
type Value<K extends Key> = z.output<(typeof SETTINGS)[K]['schema']>;

export function readSetting<K extends Key>(db: Database.Database, key: K): Value<K> {
  const row = db.prepare('SELECT value FROM app_settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return SETTINGS[key].fallback as Value<K>;
  const parsed = SETTINGS[key].schema.safeParse(JSON.parse(row.value));
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as Value<K>;
}

export function writeSetting<K extends Key>(db: Database.Database, key: K, value: Value<K>): void {
  db.prepare('INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(key, JSON.stringify(SETTINGS[key].schema.parse(value)));
}
