/**
 * Reports over the journal: trial balance, general ledger per account, profit and loss, balance
 * sheet and the VAT figures of the German advance return (Umsatzsteuer-Voranmeldung). Every figure
 * is derived from journal lines at read time; amounts are integer cents. All channels are reads.
 *
 * Drill-down: the renderer opens the entries behind a figure with `ledger.journal({ from, to,
 * accountId })` and `ledger.entry({ id })`; the outputs carry the account ids and periods for that.
 * CSV and print are made in the renderer from these outputs, so rows are flat and complete.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { id } from './fields';
import { day, dayRange, type AccountType } from './ledger';

/** A closed range of calendar days, both ends included (YYYY-MM-DD). */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface ReportAccount {
  accountId: number;
  number: string;
  name: string;
  type: AccountType;
}

// ---------------------------------------------------------------------------------------------
// Trial balance (Summen- und Saldenliste)

/**
 * One account with a balance before the period or postings in it. Balances are signed like the
 * journal: debit positive, credit negative. `debitCents`/`creditCents` are the period's debit and
 * credit postings, both as positive numbers; closing = opening + debit − credit.
 */
export interface TrialBalanceRow extends ReportAccount {
  openingCents: number;
  debitCents: number;
  creditCents: number;
  closingCents: number;
}

/**
 * Rows ordered by account number. Because every entry balances: totals.debitCents ===
 * totals.creditCents, totals.openingCents === 0 and totals.closingCents === 0.
 */
export interface TrialBalance {
  period: ReportPeriod;
  rows: TrialBalanceRow[];
  totals: { openingCents: number; debitCents: number; creditCents: number; closingCents: number };
}

// ---------------------------------------------------------------------------------------------
// General ledger (Kontoblatt) of one account, paged

export interface GeneralLedgerLine {
  entryId: number;
  /** The journal number of the entry. */
  number: number;
  bookedOn: string;
  text: string;
  sourceType: string;
  /** Numbers of the entry's other accounts, comma-separated ("1776, 8400"). */
  contraAccounts: string;
  /** This account's amount in the entry: debit positive, credit negative. */
  amountCents: number;
  /** The account's running balance after this line (debit positive). */
  balanceCents: number;
}

/**
 * Lines ordered by booking day, then journal number. `openingCents` is the balance before
 * `period.from`; `pageOpeningCents` the balance before the page's first line; `total` counts all
 * lines in the period. `debitCents`/`creditCents` (both positive) and `closingCents` cover the
 * whole period, not just the page.
 */
export interface GeneralLedgerPage {
  account: ReportAccount;
  period: ReportPeriod;
  openingCents: number;
  pageOpeningCents: number;
  lines: GeneralLedgerLine[];
  total: number;
  offset: number;
  limit: number;
  debitCents: number;
  creditCents: number;
  closingCents: number;
}

// ---------------------------------------------------------------------------------------------
// Profit and loss (GuV)

/**
 * An income or expense account with postings in the period or in the previous one. Income rows:
 * positive = income (credit); expense rows: positive = cost (debit). Year-end closing entries
 * (source type 'ledger.yearEnd') are left out.
 */
export interface ProfitAndLossRow extends ReportAccount {
  amountCents: number;
  previousCents: number;
}

export interface ProfitAndLossTotals {
  incomeCents: number;
  expenseCents: number;
  /** Income − expenses: profit positive, loss negative. */
  resultCents: number;
}

export interface ProfitAndLoss {
  period: ReportPeriod;
  /** The period of equal length just before (see `previousPeriod`). */
  previous: ReportPeriod;
  income: ProfitAndLossRow[];
  expenses: ProfitAndLossRow[];
  totals: ProfitAndLossTotals;
  previousTotals: ProfitAndLossTotals;
}

// ---------------------------------------------------------------------------------------------
// Balance sheet (Bilanz)

/**
 * An account's balance from every line booked on or before the date. Assets: debit balance
 * positive; liabilities and equity: credit balance positive (so an overdrawn bank shows negative).
 */
export interface BalanceSheetRow extends ReportAccount {
  balanceCents: number;
  /** The balance at the compare date (end of the previous year). */
  previousCents: number;
}

export interface BalanceSheetTotals {
  assetsCents: number;
  liabilitiesCents: number;
  /** Equity accounts without the result. */
  equityCents: number;
  /** Profit (positive) or loss not yet closed into equity: income − expenses of unclosed years. */
  resultCents: number;
  /** liabilities + equity + result; equals assetsCents when the books balance. */
  liabilitiesAndEquityCents: number;
}

export interface BalanceSheet {
  date: string;
  /** The compare date: 31 December of the year before `date`. */
  previousDate: string;
  assets: BalanceSheetRow[];
  liabilities: BalanceSheetRow[];
  equity: BalanceSheetRow[];
  totals: BalanceSheetTotals;
  previousTotals: BalanceSheetTotals;
  /** assets = liabilities + equity + result, at the date and at the compare date. */
  balanced: boolean;
}

// ---------------------------------------------------------------------------------------------
// VAT report (Umsatzsteuer-Voranmeldung)

/**
 * The form's Kennzahlen for an output rate: 19 % → net in Kz 81; 7 % → net in Kz 86 (the form
 * computes the tax of 81/86 itself); other taxed rates → net in Kz 35, tax in Kz 36; 0 % (tax-free)
 * → `taxFree`, no fixed field: Kz 43 (with input VAT deduction, e.g. exports) or Kz 48 (without),
 * depending on the reason for the exemption, which the books do not know.
 */
export interface VatKennzahlen {
  net: '81' | '86' | '35' | null;
  vat: '36' | null;
  taxFree: boolean;
}

/**
 * One output VAT rate. `netCents`: the revenue base, from income-account lines carrying that rate
 * (the line's rate, else the account's), sales positive, returns reduce it. `vatCents`: lines on
 * the output VAT accounts (roles vat1900/vat700/vatOther) with that rate, owed tax positive.
 */
export interface VatOutputRow {
  vatRateId: number;
  name: string;
  rateBasisPoints: number;
  kennzahlen: VatKennzahlen;
  netCents: number;
  vatCents: number;
  previousNetCents: number;
  previousVatCents: number;
  /** Drill-down: the revenue and VAT accounts holding this rate's lines in either period. */
  accountIds: number[];
}

export interface VatTotals {
  /** All output VAT (every row plus `unassigned.vatCents`). */
  outputVatCents: number;
  /** Kz 66: deductible input VAT, lines on accounts with role inputVat1900/inputVat700/inputVatOther. */
  inputVatCents: number;
  /** Kz 83: output − input; negative = refund. */
  payableCents: number;
}

export interface VatReport {
  period: ReportPeriod;
  previous: ReportPeriod;
  /** Ordered by rate, highest first. */
  output: VatOutputRow[];
  /**
   * Lines that carry no VAT rate (neither on the line nor on the account): income that is not on
   * the form as it stands (e.g. interest), and output VAT posted without a rate. Shown to be
   * checked; the VAT part counts in the totals.
   */
  unassigned: { netCents: number; vatCents: number; previousNetCents: number; previousVatCents: number; accountIds: number[] };
  totals: VatTotals;
  previousTotals: VatTotals;
  /** Drill-down for Kz 66. */
  inputVatAccountIds: number[];
}

// ---------------------------------------------------------------------------------------------

/**
 * The compare period "of equal length immediately before": a range of whole calendar months gives
 * the same number of months before (March → February, Q2 → Q1, a year → the year before);
 * any other range gives the same number of days just before `from`.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const from = new Date(`${period.from}T00:00:00Z`);
  const to = new Date(`${period.to}T00:00:00Z`);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const nextDay = new Date(to.getTime() + 86_400_000);
  if (from.getUTCDate() === 1 && nextDay.getUTCDate() === 1) {
    const months = (nextDay.getUTCFullYear() - from.getUTCFullYear()) * 12 + nextDay.getUTCMonth() - from.getUTCMonth();
    const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, 1));
    return { from: iso(start), to: iso(new Date(from.getTime() - 86_400_000)) };
  }
  const days = Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;
  return { from: iso(new Date(from.getTime() - days * 86_400_000)), to: iso(new Date(from.getTime() - 86_400_000)) };
}

export const reportsContract = {
  'reports.trialBalance': channel<TrialBalance>()({ input: dayRange, access: 'reports.view' }),
  'reports.generalLedger': channel<GeneralLedgerPage>()({
    input: z.strictObject({
      accountId: id,
      from: day,
      to: day,
      offset: z.int().min(0).max(100_000_000).default(0),
      limit: z.int().min(1).max(500).default(100),
    }).refine((r) => r.from <= r.to, { message: '"from" lies after "to"', path: ['from'] }),
    access: 'reports.view',
  }),
  'reports.profitAndLoss': channel<ProfitAndLoss>()({ input: dayRange, access: 'reports.view' }),
  'reports.balanceSheet': channel<BalanceSheet>()({ input: z.strictObject({ date: day }), access: 'reports.view' }),
  'reports.vat': channel<VatReport>()({ input: dayRange, access: 'reports.view' }),
};
