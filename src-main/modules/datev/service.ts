/**
 * The DATEV export: a period of the journal as an EXTF Buchungsstapel (header line, column line,
 * one line per booking row), and the settings its header needs. The file is made on request and
 * handed back; nothing is stored.
 */
import type { DatevExport, DatevSettings, DatevWarning } from '../../../src-shared/contract/datev';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { lockDate, YEAR_END_SOURCE } from '../ledger/periods';
import { readSetting, writeSetting } from '../settings/app-settings';
import { getCompany } from '../settings/service';
import { cleanText, compactDay, dayMonth, encodeFile, field, formatAmount, SEPARATOR, timestamp17 } from './csv';
import {
  BOOKING_COLUMNS, COL, DATA_CATEGORY_BOOKINGS, FORMAT_NAME, FORMAT_VERSION, FORMAT_VERSION_NUMBER, HEADER_FIELDS,
} from './layout';
import { splitEntry, type BookingRow, type ExportLine } from './rows';

export function datevSettings(ctx: Pick<Ctx, 'db'>): DatevSettings {
  return readSetting(ctx.db, 'datev');
}

export function updateDatevSettings(ctx: Ctx, input: DatevSettings): DatevSettings {
  const before = datevSettings(ctx);
  writeSetting(ctx.db, 'datev', input);
  const after = datevSettings(ctx);
  ctx.audit('datev.settings.update', 'datev', before, after);
  return after;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The first day of the fiscal year a day falls in, for a fiscal year beginning in `startMonth`. */
export function fiscalYearStart(day: string, startMonth: number): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return `${month >= startMonth ? year : year - 1}-${pad2(startMonth)}-01`;
}

function fiscalYearEnd(start: string): string {
  const next = new Date(`${start}T00:00:00Z`);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
}

const germanDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

interface EntryRow { id: number; number: number; bookedOn: string; text: string }
interface LineRow { entryId: number; accountNumber: string; amountCents: number; automaticVat: number }

/**
 * The period's entries and their lines, year-end closings left out (the consultant closes the
 * year in DATEV). An account is treated as a DATEV Automatikkonto when it is a revenue account
 * with a fixed VAT rate or one of the chart's goods-purchase accounts with a rate (see rows.ts).
 */
function loadJournal(ctx: Ctx, from: string, to: string): { entries: EntryRow[]; lines: Map<number, ExportLine[]> } {
  const entries = ctx.db.prepare(
    `SELECT id, number, booked_on AS bookedOn, text FROM journal_entries
     WHERE booked_on BETWEEN ? AND ? AND source_type <> ? ORDER BY booked_on, number`,
  ).all(from, to, YEAR_END_SOURCE) as EntryRow[];
  const rows = ctx.db.prepare(
    `SELECT l.entry_id AS entryId, a.number AS accountNumber, l.amount_cents AS amountCents,
            (coalesce(v.rate_bp, 0) > 0 AND (a.type = 'income' OR a.role LIKE 'purchases%')) AS automaticVat
     FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.id = l.account_id
     LEFT JOIN vat_rates v ON v.id = a.vat_rate_id
     WHERE e.booked_on BETWEEN ? AND ? AND e.source_type <> ? ORDER BY l.entry_id, l.id`,
  ).all(from, to, YEAR_END_SOURCE) as LineRow[];
  const lines = new Map<number, ExportLine[]>();
  for (const r of rows) {
    const list = lines.get(r.entryId) ?? [];
    list.push({ accountNumber: r.accountNumber, amountCents: r.amountCents, automaticVat: r.automaticVat === 1 });
    lines.set(r.entryId, list);
  }
  return { entries, lines };
}

function requireNumbers(settings: DatevSettings): { consultant: number; client: number } {
  if (settings.consultantNumber === null) {
    throw new AppError('CONFLICT', 'Enter the consultant number (Beraternummer) in the DATEV settings first.', { details: { reason: 'datevConsultantMissing' } });
  }
  if (settings.clientNumber === null) {
    throw new AppError('CONFLICT', 'Enter the client number (Mandantennummer) in the DATEV settings first.', { details: { reason: 'datevClientMissing' } });
  }
  return { consultant: settings.consultantNumber, client: settings.clientNumber };
}

export function exportBookings(ctx: Ctx, range: { from: string; to: string }): DatevExport {
  const session = requireSession(ctx);
  const settings = datevSettings(ctx);
  const { consultant, client } = requireNumbers(settings);
  const yearStart = fiscalYearStart(range.from, settings.fiscalYearStartMonth);
  if (fiscalYearStart(range.to, settings.fiscalYearStartMonth) !== yearStart) {
    throw new AppError('VALIDATION', `A DATEV batch covers one fiscal year (${yearStart} to ${fiscalYearEnd(yearStart)}); export each year on its own.`, {
      details: { reason: 'datevRangeOverYears', yearStart, yearEnd: fiscalYearEnd(yearStart) },
    });
  }

  const locked = lockDate(ctx);
  const festgeschrieben = locked !== null && locked >= range.to;
  const chart = readSetting(ctx.db, 'chart');
  const warnings: DatevWarning[] = [];

  const header: (string | number)[] = [
    'EXTF', FORMAT_VERSION_NUMBER, DATA_CATEGORY_BOOKINGS, FORMAT_NAME, FORMAT_VERSION, timestamp17(ctx.nowDate()), '',
    // Herkunft: two letters naming the producing program's field of work ("RE" = Rechnungswesen).
    'RE', cleanText(session.name, 25).text, '', consultant, client, compactDay(yearStart), settings.accountLength,
    compactDay(range.from), compactDay(range.to), cleanText(`Kontor ${germanDay(range.from)}-${germanDay(range.to)}`, 30).text,
    settings.dictationCode,
    1, // Buchungstyp 1 = Finanzbuchführung
    '', // Rechnungslegungszweck: none given (independent of the purpose)
    festgeschrieben ? 1 : 0,
    cleanText(getCompany(ctx).currency, 3).text,
    '', '', '', '', chart === 'skr03' ? '03' : chart === 'skr04' ? '04' : '', '', '', '', '',
  ];
  const lines = [
    header.map((value, i) => field(HEADER_FIELDS[i]!.kind, value)).join(SEPARATOR),
    BOOKING_COLUMNS.map((c) => c.name).join(SEPARATOR),
  ];

  const { entries, lines: entryLines } = loadJournal(ctx, range.from, range.to);
  const accounts = new Set<string>();
  let rowCount = 0;
  let replacedTexts = 0;
  for (const entry of entries) {
    const text = cleanText(entry.text, BOOKING_COLUMNS[COL.text]!.maxLength);
    if (text.replaced) replacedTexts += 1;
    for (const row of splitEntry(entryLines.get(entry.id) ?? [])) {
      accounts.add(row.account).add(row.counterAccount);
      lines.push(bookingLine(row, entry, text.text));
      rowCount += 1;
    }
  }

  if (rowCount === 0) warnings.push({ reason: 'datevEmpty', details: {} });
  if (!festgeschrieben) warnings.push({ reason: 'datevNotLocked', details: { lockDate: locked ?? '' } });
  const offLength = [...accounts].filter((a) => a.length !== settings.accountLength).sort();
  if (offLength.length > 0) {
    warnings.push({ reason: 'datevAccountLength', details: { length: settings.accountLength, accounts: offLength.slice(0, 12).join(', '), count: offLength.length } });
  }
  if (replacedTexts > 0) warnings.push({ reason: 'datevTextReplaced', details: { count: replacedTexts } });

  return {
    fileName: `EXTF_Buchungsstapel_${range.from}_${range.to}.csv`,
    base64: encodeFile(lines).toString('base64'),
    rows: rowCount,
    entries: entries.length,
    locked: festgeschrieben,
    warnings,
  };
}

/** One booking as its 120 fields; the columns not filled stay empty in their kind. */
function bookingLine(row: BookingRow, entry: EntryRow, text: string): string {
  const values: (string | number)[] = new Array<string>(BOOKING_COLUMNS.length).fill('');
  values[COL.amount] = formatAmount(row.amountCents);
  values[COL.side] = row.side;
  values[COL.account] = row.account;
  values[COL.counterAccount] = row.counterAccount;
  values[COL.buKey] = row.buKey;
  values[COL.documentDate] = dayMonth(entry.bookedOn);
  // Belegfeld 1 allows only letters, digits and $ & % * + - /: the gap-free journal number fits
  // and leads back to the entry (and from there to the receipt or attached document).
  values[COL.document] = String(entry.number);
  values[COL.text] = text;
  return values.map((value, i) => field(BOOKING_COLUMNS[i]!.kind, value)).join(SEPARATOR);
}
