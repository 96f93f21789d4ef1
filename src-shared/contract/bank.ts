/**
 * Bank: statement import (CSV with saved column mappings, CAMT.053), matching and reconciliation.
 * Amounts are integer cents, money in positive and money out negative, as the statement shows
 * them; dates are calendar days (YYYY-MM-DD). Files travel as base64 and are read in main.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { empty, id, optionalText, requiredText } from './fields';
import { day } from './ledger';

export const CSV_DELIMITERS = [';', ',', '\t'] as const;
export const CSV_DATE_FORMATS = ['DD.MM.YYYY', 'DD.MM.YY', 'YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY'] as const;
export const CSV_DECIMALS = [',', '.'] as const;
/** The mapping fields that name a column of the file, in the order the mapping form shows them. */
export const CSV_COLUMN_FIELDS = [
  'dateColumn', 'valueDateColumn', 'amountColumn', 'directionColumn', 'debitColumn', 'creditColumn',
  'counterpartyColumn', 'payerColumn', 'purposeColumn', 'referenceColumn', 'ibanColumn',
] as const;
export type CsvColumnField = (typeof CSV_COLUMN_FIELDS)[number];

const column = z.string().trim().min(1).max(100);
const optionalColumn = column.nullable().default(null);

/**
 * How to read one bank's CSV export. Columns are named by their header text. The amount is one
 * signed column (optionally signed by a direction column holding S/H, D/C, Soll/Haben), or two
 * columns: money out (debit) and money in (credit).
 */
export const csvMappingInput = z.strictObject({
  delimiter: z.enum(CSV_DELIMITERS),
  /** Records before the header row (the bank's preamble: account, period, balance …). */
  skipLines: z.int().min(0).max(100),
  dateColumn: column,
  valueDateColumn: optionalColumn,
  dateFormat: z.enum(CSV_DATE_FORMATS),
  amountColumn: optionalColumn,
  directionColumn: optionalColumn,
  debitColumn: optionalColumn,
  creditColumn: optionalColumn,
  decimal: z.enum(CSV_DECIMALS),
  /** The other party; for banks with separate payer and payee columns, the payee (money out). */
  counterpartyColumn: optionalColumn,
  /** Only where the bank names the payer in its own column: used for money in. */
  payerColumn: optionalColumn,
  purposeColumn: optionalColumn,
  referenceColumn: optionalColumn,
  ibanColumn: optionalColumn,
}).refine((m) => m.amountColumn !== null || (m.debitColumn !== null && m.creditColumn !== null), {
  message: 'an amount column, or a debit and a credit column',
  path: ['amountColumn'],
});
export type CsvMapping = z.output<typeof csvMappingInput>;

/** A statement file as the user picked it: at most 5 MB. */
const fileFields = {
  fileName: requiredText(200),
  base64: z.string().min(1).max(7_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
};

const csvFileInput = {
  bankAccountId: id,
  ...fileFields,
  /** Null: the saved mapping whose header matches the file, else one guessed from the header. */
  mapping: csvMappingInput.nullable().default(null),
};

export const matchTargetInput = z.discriminatedUnion('kind', [
  /** The line is the payment an existing journal entry already records: link only. */
  z.strictObject({ kind: z.literal('entry'), entryId: id }),
  /** The line settles open items (card payments, cash in transit, receivables, payables): posts bank vs. their accounts. */
  z.strictObject({ kind: z.literal('items'), journalLineIds: z.array(id).min(1).max(500) }),
]);
export type MatchTarget = z.output<typeof matchTargetInput>;

export interface BankAccount {
  id: number;
  name: string;
  iban: string | null;
  /** The ledger account the bank's money is booked on (1200 Bank in SKR03). */
  accountId: number;
  accountNumber: string;
  accountName: string;
  openLines: number;
  lastBookedOn: string | null;
}

export interface SavedMapping {
  id: number;
  name: string;
  mapping: CsvMapping;
  /** The header the mapping was saved for; a file with the same header uses it by itself. */
  header: string[];
  updatedAt: string;
}

export interface RowProblem {
  reason: string;
  column: string;
  value: string;
}

export interface CsvPreviewRow {
  /** Record number in the file, counting from 1 (the preamble and the header count too). */
  line: number;
  bookedOn: string | null;
  valueOn: string | null;
  amountCents: number | null;
  counterparty: string;
  counterpartyIban: string;
  purpose: string;
  reference: string;
  /** Already imported for this bank account: importing skips it. */
  duplicate: boolean;
  error: RowProblem | null;
}

export interface StatedBalance {
  on: string;
  cents: number;
}

export interface CsvPreview {
  fileName: string;
  encoding: 'utf-8' | 'windows-1252';
  header: string[];
  mapping: CsvMapping;
  mappingSource: 'given' | 'saved' | 'guessed';
  savedMappingName: string | null;
  /** The first CSV_PREVIEW_ROWS rows; the counts cover the whole file. */
  rows: CsvPreviewRow[];
  counts: { total: number; new: number; duplicates: number; errors: number };
  /** A balance the bank wrote into the preamble ("Kontostand vom …"). */
  closingBalance: StatedBalance | null;
}

export const CSV_PREVIEW_ROWS = 1000;

export interface StatementResult {
  /** Null when the statement added nothing (then nothing was written). */
  importId: number | null;
  bankAccountId: number;
  bankAccountName: string;
  statementRef: string | null;
  added: number;
  duplicates: number;
  /** Rows with errors (CSV) or entries not booked yet (CAMT: pending, information only). */
  skipped: number;
  from: string | null;
  to: string | null;
  opening: StatedBalance | null;
  closing: StatedBalance | null;
  /** Opening + the statement's lines = closing; null when the file does not state both. */
  balancesReconcile: boolean | null;
}

export interface ImportResult {
  statements: StatementResult[];
  added: number;
  duplicates: number;
  skipped: number;
}

export type MatchKind = 'linked' | 'cleared' | 'created';

export interface BankLine {
  id: number;
  bankAccountId: number;
  bookedOn: string;
  valueOn: string | null;
  amountCents: number;
  currency: string;
  counterparty: string;
  counterpartyIban: string | null;
  purpose: string;
  reference: string | null;
  /** Matched while linked to a journal entry that has not been reversed. */
  status: 'open' | 'matched';
  match: { kind: MatchKind; entryId: number; entryNumber: number; entryText: string; matchedAt: string } | null;
}

export interface BankLinePage {
  lines: BankLine[];
  total: number;
}

export interface SuggestionItem {
  journalLineId: number;
  entryId: number;
  entryNumber: number;
  bookedOn: string;
  text: string;
  accountNumber: string;
  accountName: string;
  amountCents: number;
}

export type SuggestionReason =
  | { code: 'amount' }
  | { code: 'sameDay' }
  | { code: 'days'; days: number }
  | { code: 'number'; value: string }
  | { code: 'words'; value: string }
  | { code: 'dayTotal'; count: number };

export interface BankSuggestion {
  kind: 'entry' | 'items';
  /** 0–100: amount 50, date up to 30, text up to 20. */
  score: number;
  reasons: SuggestionReason[];
  bookedOn: string;
  /** What the line would be matched with, in words: the entry's text or the items' account. */
  label: string;
  entryNumber: number | null;
  items: SuggestionItem[];
  /** Ready to send to bank.match. */
  target: MatchTarget;
}

export interface Reconciliation {
  bankAccountId: number;
  date: string;
  currency: string;
  statement: {
    balanceCents: number;
    /**
     * entered: the balance the user read off the statement; closing: a stated closing balance plus
     * later lines; opening: a stated opening balance plus lines; lines: only the lines (no balance known).
     */
    basis: 'entered' | 'closing' | 'opening' | 'lines';
    basisOn: string | null;
  };
  ledgerBalanceCents: number;
  openLines: { count: number; sumCents: number };
  /** Statement minus ledger. */
  differenceCents: number;
  /** What the open lines do not explain: difference minus their sum. */
  unexplainedCents: number;
  reconciled: boolean;
}

export const bankContract = {
  'bank.accounts.list': channel<BankAccount[]>()({ input: empty, access: 'bookkeeping.manage' }),
  'bank.accounts.create': channel<BankAccount>()({
    input: z.strictObject({ name: requiredText(80), iban: optionalText(42).nullable().default(null), accountId: id }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'bank.mappings.list': channel<SavedMapping[]>()({ input: empty, access: 'bookkeeping.manage' }),
  'bank.csv.preview': channel<CsvPreview>()({ input: z.strictObject(csvFileInput), access: 'bookkeeping.manage' }),
  'bank.csv.import': channel<ImportResult>()({
    input: z.strictObject({
      ...csvFileInput,
      /** Saves (or replaces) the mapping under this name, e.g. the bank's name. */
      saveMappingAs: requiredText(60).nullable().default(null),
      /** Import the good rows of a file that has bad ones (after the preview showed them). */
      skipInvalidRows: z.boolean().default(false),
    }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'bank.camt.import': channel<ImportResult>()({
    input: z.strictObject({
      /** The account a statement goes to when its IBAN is not known yet (it then learns the IBAN). */
      bankAccountId: id.nullable().default(null),
      ...fileFields,
    }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'bank.lines': channel<BankLinePage>()({
    input: z.strictObject({
      bankAccountId: id,
      status: z.enum(['open', 'matched', 'all']).default('all'),
      from: day.nullable().default(null),
      to: day.nullable().default(null),
      search: optionalText(100).default(''),
      offset: z.int().min(0).max(100_000_000).default(0),
      limit: z.int().min(1).max(500).default(100),
    }),
    access: 'bookkeeping.manage',
  }),
  'bank.suggestions': channel<BankSuggestion[]>()({ input: z.strictObject({ lineId: id }), access: 'bookkeeping.manage' }),
  'bank.match': channel<BankLine>()({
    input: z.strictObject({ lineId: id, target: matchTargetInput }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'bank.createEntry': channel<BankLine>()({
    input: z.strictObject({
      lineId: id,
      /** The counter account: an expense, revenue, private or any other account but the bank's own. */
      accountId: id,
      /** Splits the gross into net and VAT: input VAT for money out, output VAT for money in. */
      vatRateId: id.nullable().default(null),
      text: requiredText(200),
    }),
    access: 'bookkeeping.manage',
    changes: ['ledger'],
  }),
  'bank.unmatch': channel<BankLine>()({ input: z.strictObject({ lineId: id }), access: 'bookkeeping.manage', changes: ['ledger'] }),
  'bank.reconciliation': channel<Reconciliation>()({
    input: z.strictObject({
      bankAccountId: id,
      date: day,
      /** The balance on the bank's statement for that day, where the imported files state none (most CSV exports). */
      statementBalanceCents: z.int().min(-10_000_000_000).max(10_000_000_000).nullable().default(null),
    }),
    access: 'bookkeeping.manage',
  }),
};
