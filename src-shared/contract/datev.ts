/**
 * DATEV export of a period (EXTF Buchungsstapel, the file a German tax consultant imports) and
 * the settings it needs: consultant and client number, the length of ledger account numbers,
 * the month the fiscal year begins and an optional dictation code.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { empty } from './fields';
import { dayRange } from './ledger';

export interface DatevSettings {
  /** Beraternummer (1001–9999999); null until the consultant has given it. */
  consultantNumber: number | null;
  /** Mandantennummer (1–99999); null until the consultant has given it. */
  clientNumber: number | null;
  /** Sachkontenlänge: digits of a ledger account number in the consultant's books (4–8). */
  accountLength: number;
  /** The month (1–12) the fiscal year begins; a Buchungsstapel never spans two fiscal years. */
  fiscalYearStartMonth: number;
  /** Diktatkürzel: two letters, or empty. */
  dictationCode: string;
}

export const datevSettingsInput = z.strictObject({
  consultantNumber: z.int().min(1001).max(9_999_999).nullable(),
  clientNumber: z.int().min(1).max(99_999).nullable(),
  accountLength: z.int().min(4).max(8),
  fiscalYearStartMonth: z.int().min(1).max(12),
  dictationCode: z.string().trim().regex(/^([A-Za-z]{2})?$/, 'two letters or nothing').toUpperCase(),
});

export const DATEV_DEFAULT_SETTINGS: DatevSettings = {
  consultantNumber: null,
  clientNumber: null,
  accountLength: 4,
  fiscalYearStartMonth: 1,
  dictationCode: '',
};

/** Something the owner should know about a file that was made anyway; `reason` keys `datev.warnings.*`. */
export interface DatevWarning {
  reason: 'datevEmpty' | 'datevNotLocked' | 'datevAccountLength' | 'datevTextReplaced';
  details: Record<string, string | number>;
}

export interface DatevExport {
  /** EXTF_Buchungsstapel_<from>_<to>.csv */
  fileName: string;
  /** The file's bytes (Windows-1252, CRLF), base64. */
  base64: string;
  /** Booking rows in the file (after the two header lines). */
  rows: number;
  /** Journal entries those rows come from. */
  entries: number;
  /** True when the whole period lies in the closed books (header field Festschreibung = 1). */
  locked: boolean;
  warnings: DatevWarning[];
}

export const datevContract = {
  'datev.settings.get': channel<DatevSettings>()({ input: empty, access: 'bookkeeping.manage' }),
  'datev.settings.update': channel<DatevSettings>()({ input: datevSettingsInput, access: 'bookkeeping.manage', changes: ['ledger'] }),
  /** A read: the file is made from the journal and handed back; nothing is stored. */
  'datev.export': channel<DatevExport>()({ input: dayRange, access: 'bookkeeping.manage' }),
};
