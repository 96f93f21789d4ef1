/**
 * What the bookkeeping screens share: the account list every picker uses, the journal entry the
 * drawer shows (opened from the journal, the cash book or a report), and the report a drill-down
 * goes to (an account row of a report opens that account's ledger sheet for the same range).
 */
import { create } from 'zustand';
import type { Account } from '../../../src-shared/contract/ledger';
import { call, refreshQuietly } from '../../lib/api';
import { presetRange, today, type DayRange } from './dates';

export const REPORT_KINDS = ['trialBalance', 'generalLedger', 'profitLoss', 'balanceSheet', 'vat'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

interface BooksState {
  accounts: Account[];
  loadAccounts(): Promise<void>;
  /** The journal entry shown in the drawer, or null when it is closed. */
  entryId: number | null;
  openEntry(id: number | null): void;
  report: ReportKind;
  /** The period every report but the balance sheet shows; kept while switching between them. */
  reportRange: DayRange;
  setReportRange(range: DayRange): void;
  /** The day the balance sheet is drawn up for. */
  balanceDate: string;
  setBalanceDate(day: string): void;
  /** The account the general ledger (Kontoblatt) shows. */
  ledgerAccountId: number | null;
  setLedgerAccount(id: number | null): void;
  showReport(report: ReportKind): void;
  /** Drill-down: the general ledger of one account for a range. */
  showAccountLedger(accountId: number, range: DayRange): void;
}

export const useBooksStore = create<BooksState>((set) => ({
  accounts: [],
  loadAccounts: () => refreshQuietly(async () => set({ accounts: await call('ledger.accountOptions') })),
  entryId: null,
  openEntry: (entryId) => set({ entryId }),
  report: 'trialBalance',
  reportRange: presetRange('thisMonth'),
  setReportRange: (reportRange) => set({ reportRange }),
  balanceDate: today(),
  setBalanceDate: (balanceDate) => set({ balanceDate }),
  ledgerAccountId: null,
  setLedgerAccount: (ledgerAccountId) => set({ ledgerAccountId }),
  showReport: (report) => set({ report }),
  showAccountLedger: (ledgerAccountId, reportRange) => set({ report: 'generalLedger', ledgerAccountId, reportRange }),
}));

export const resetBooksStore = () =>
  useBooksStore.setState({
    accounts: [], entryId: null, report: 'trialBalance', reportRange: presetRange('thisMonth'), balanceDate: today(), ledgerAccountId: null,
  });

/** "1000 Kasse" */
export const accountLabel = (a: Pick<Account, 'number' | 'name'>): string => `${a.number} ${a.name}`;
