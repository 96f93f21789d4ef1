/**
 * The lines of a manual entry as typed (an account, an amount in either the debit or the credit
 * field, maybe a VAT rate) and what they add up to. Debit becomes a positive amount, credit a
 * negative one, as the journal stores them.
 */
import { parseMoneyInput } from '../../../src-shared/money-input';

export interface DraftLine {
  key: number;
  accountId: number | null;
  debit: string;
  credit: string;
  vatRateId: number | null;
}

export type LineProblem = 'account' | 'amount' | 'bothSides' | null;

let nextKey = 1;
export const emptyLine = (): DraftLine => ({ key: nextKey++, accountId: null, debit: '', credit: '', vatRateId: null });

/** A line's amount in cents (debit +, credit −), or null while it has none or a bad one. */
export function lineCents(line: DraftLine): number | null {
  const debit = line.debit.trim() ? parseMoneyInput(line.debit) : 0;
  const credit = line.credit.trim() ? parseMoneyInput(line.credit) : 0;
  if (debit === null || credit === null || (debit !== 0 && credit !== 0)) return null;
  return debit - credit || null;
}

export function lineProblem(line: DraftLine): LineProblem {
  if (line.debit.trim() && line.credit.trim()) return 'bothSides';
  if ((line.debit.trim() || line.credit.trim()) && lineCents(line) === null) return 'amount';
  return null;
}

export interface DraftSums {
  debitCents: number;
  creditCents: number;
  /** Debit minus credit: zero when the entry balances. */
  differenceCents: number;
  /** True when every line has an account and an amount, there are two or more, and they balance. */
  ready: boolean;
}

export function draftSums(lines: readonly DraftLine[]): DraftSums {
  let debitCents = 0;
  let creditCents = 0;
  let complete = lines.length >= 2;
  for (const line of lines) {
    const cents = lineCents(line);
    if (cents === null || line.accountId === null) complete = false;
    if (cents !== null && cents > 0) debitCents += cents;
    if (cents !== null && cents < 0) creditCents -= cents;
  }
  const differenceCents = debitCents - creditCents;
  return { debitCents, creditCents, differenceCents, ready: complete && differenceCents === 0 && debitCents > 0 };
}

/** The lines as `ledger.postManual` takes them (only call when `ready`). */
export function postedLines(lines: readonly DraftLine[]) {
  return lines.map((l) => ({ accountId: l.accountId as number, amountCents: lineCents(l) as number, vatRateId: l.vatRateId }));
}
