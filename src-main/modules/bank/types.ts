/** What the CSV and CAMT readers hand to the import: statement lines in one shape. */
import type { BankLine, StatedBalance } from '../../../src-shared/contract/bank';

/** Money in positive, money out negative; never zero. The stored line without what the import adds. */
export type ParsedLine = Pick<BankLine, 'bookedOn' | 'valueOn' | 'amountCents' | 'currency' | 'counterparty' | 'counterpartyIban' | 'purpose' | 'reference'>;

export interface ParsedStatement {
  /** The account as the file names it: an IBAN, or another id (Othr) when the bank uses none. */
  iban: string | null;
  otherAccountId: string | null;
  currency: string | null;
  statementRef: string | null;
  opening: StatedBalance | null;
  closing: StatedBalance | null;
  lines: ParsedLine[];
  /** The signed sum of every booked entry (also those that make no line, e.g. zero amounts). */
  bookedSumCents: number;
  /** Entries left out: pending or information only. */
  skipped: number;
}

/** Field lengths as stored. */
export const MAX = { counterparty: 200, purpose: 500, reference: 140, iban: 42 } as const;
