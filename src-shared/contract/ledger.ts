/**
 * Bookkeeping: the chart of accounts, the journal (manual entries, quick expenses, reversals,
 * attached receipts), the cash book and closing periods. Amounts are integer cents, debit
 * positive and credit negative in the journal; dates are local calendar days (YYYY-MM-DD).
 */
import { z } from '../zod-setup';
import { channel } from './define';
import type { Receipt } from './sell';
import { empty, id, optionalText, requiredText } from './fields';

export const ACCOUNT_TYPES = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const CHARTS = ['skr03', 'skr04', 'generic'] as const;
export type ChartKey = (typeof CHARTS)[number];

/** A calendar day, YYYY-MM-DD, that exists. */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'no such day');

/** A closed date range; `from` may not lie after `to`. */
export const dayRange = z.strictObject({ from: day, to: day }).refine((r) => r.from <= r.to, { message: '"from" lies after "to"', path: ['from'] });

/** Positive whole cents up to 100 million euros. */
export const positiveCents = z.int().min(1).max(10_000_000_000);

export interface Account {
  id: number;
  number: string;
  name: string;
  type: AccountType;
  /** What the system posts here ('cash', 'revenue1900' …); null for the owner's own accounts. */
  role: string | null;
  /** The VAT rate this account usually carries (input VAT on expenses, output VAT on revenue). */
  vatRateId: number | null;
  retiredAt: string | null;
  /** How many journal lines use it; an account with postings can be retired, never deleted. */
  postings: number;
  balanceCents: number;
}

/** The chart as a tree: account classes (first digit) holding their accounts. */
export interface AccountTree {
  chart: ChartKey;
  /** True while the journal is empty: only then may the chart be switched. */
  canSwitchChart: boolean;
  groups: { key: string; name: string; accounts: Account[] }[];
}

export interface JournalLine {
  accountId: number;
  accountNumber: string;
  accountName: string;
  amountCents: number;
  vatRateId: number | null;
}

/** Where an entry came from, so the UI can open the source document. */
export interface EntrySource {
  /** 'counter.sale', 'counter.return', 'counter.void', 'counter.cashMove', 'counter.cashDifference', 'ledger.manual',
   *  'ledger.expense', 'ledger.reversal', 'ledger.yearEnd', 'bank.line' … (the UI names them via books.sources.*). */
  type: string;
  id: number | null;
  /** The source document's own reference: receipt "1-42", shift "7", year "2026", bank line date …; may be empty. */
  reference: string;
}

export interface JournalEntrySummary {
  id: number;
  number: number;
  bookedOn: string;
  postedAt: string;
  text: string;
  source: EntrySource;
  totalCents: number;
  reversesEntryId: number | null;
  reversedByEntryId: number | null;
  attachments: number;
}

export interface AttachmentInfo {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  addedAt: string;
}

export interface JournalEntry extends JournalEntrySummary {
  staffName: string | null;
  lines: JournalLine[];
  attachmentList: AttachmentInfo[];
  /** Only the ledger's own entries (manual, expense, bank) are cancelled here; others at their source. */
  canReverse: boolean;
}

export interface JournalPage {
  entries: JournalEntrySummary[];
  total: number;
}

export interface CashBookMove {
  entryId: number;
  number: number;
  text: string;
  inCents: number;
  outCents: number;
  balanceCents: number;
}

export interface CashBookDay {
  date: string;
  openingCents: number;
  moves: CashBookMove[];
  closingCents: number;
}

export interface CashBook {
  accountId: number;
  openingCents: number;
  days: CashBookDay[];
  closingCents: number;
}

export interface PeriodStatus {
  /** Nothing may be posted on or before this day; null while nothing is locked. */
  lockDate: string | null;
  closedYears: { year: number; entryId: number; closedAt: string }[];
  locks: { lockDate: string; lockedAt: string; staffName: string | null }[];
  /** The first day a posting may be dated. */
  firstOpenDay: string | null;
}

export const attachmentInput = z.strictObject({
  fileName: requiredText(200),
  mimeType: z.enum(['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic', 'text/plain']),
  /** The file's bytes, base64 (at most 10 MB). */
  base64: z.string().min(1).max(14_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});

export const manualLineInput = z.strictObject({
  accountId: id,
  /** Debit positive, credit negative, never zero. */
  amountCents: z.int().min(-10_000_000_000).max(10_000_000_000).refine((n) => n !== 0, 'a line needs an amount'),
  vatRateId: id.nullable().default(null),
});

export const ledgerContract = {
  'ledger.accounts': channel<AccountTree>()({ input: empty, access: 'bookkeeping.manage' }),
  'ledger.accountOptions': channel<Account[]>()({ input: empty, access: 'bookkeeping.manage' }),
  'ledger.account.create': channel<Account>()({
    input: z.strictObject({
      number: z.string().trim().regex(/^\d{3,8}$/, '3 to 8 digits'),
      name: requiredText(80),
      type: z.enum(ACCOUNT_TYPES),
      vatRateId: id.nullable().default(null),
    }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'ledger.account.update': channel<Account>()({
    input: z.strictObject({ id, name: requiredText(80), vatRateId: id.nullable() }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'ledger.account.retire': channel<Account>()({ input: z.strictObject({ id }), access: 'bookkeeping.manage', changes: ['ledger'] }),
  'ledger.account.reactivate': channel<Account>()({ input: z.strictObject({ id }), access: 'bookkeeping.manage', changes: ['ledger'] }),
  'ledger.chart.switch': channel<AccountTree>()({
    input: z.strictObject({ chart: z.enum(CHARTS) }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),

  'ledger.journal': channel<JournalPage>()({
    input: z.strictObject({
      from: day.nullable().default(null),
      to: day.nullable().default(null),
      accountId: id.nullable().default(null),
      search: optionalText(100).default(''),
      offset: z.int().min(0).max(100_000_000).default(0),
      limit: z.int().min(1).max(500).default(100),
    }),
    access: 'bookkeeping.manage',
  }),
  'ledger.entry': channel<JournalEntry>()({ input: z.strictObject({ id }), access: 'bookkeeping.manage' }),
  'ledger.postManual': channel<JournalEntry>()({
    input: z.strictObject({
      bookedOn: day,
      text: requiredText(200),
      lines: z.array(manualLineInput).min(2).max(100),
      attachment: attachmentInput.nullable().default(null),
    }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'ledger.recordExpense': channel<JournalEntry>()({
    input: z.strictObject({
      bookedOn: day,
      text: requiredText(200),
      grossCents: positiveCents,
      /** Null: no input VAT (e.g. insurance, postage stamps). */
      vatRateId: id.nullable(),
      expenseAccountId: id,
      paidFrom: z.enum(['cash', 'bank']),
      attachment: attachmentInput.nullable().default(null),
    }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'ledger.reverse': channel<JournalEntry>()({
    input: z.strictObject({ id, reason: requiredText(200), bookedOn: day.nullable().default(null) }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'ledger.attach': channel<AttachmentInfo>()({
    input: z.strictObject({ entryId: id, attachment: attachmentInput }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  /** The counter receipt behind a sale, return or void entry: the source document, for the accountant too. */
  'ledger.receipt': channel<Receipt>()({ input: z.strictObject({ entryId: id }), access: 'bookkeeping.manage' }),
  'ledger.attachment': channel<AttachmentInfo & { base64: string }>()({ input: z.strictObject({ id }), access: 'bookkeeping.manage' }),

  'ledger.cashBook': channel<CashBook>()({ input: dayRange, access: 'bookkeeping.manage' }),

  'ledger.periods': channel<PeriodStatus>()({ input: empty, access: 'bookkeeping.manage' }),
  'ledger.lock': channel<PeriodStatus>()({
    input: z.strictObject({ lockDate: day }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'ledger.closeYear': channel<PeriodStatus>()({
    input: z.strictObject({ year: z.int().min(2000).max(2200) }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
};
