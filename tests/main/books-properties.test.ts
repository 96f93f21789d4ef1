/**
 * Property: whatever sequence of sales, returns, expenses and reversals the shop books (through the
 * real channels, on days moving forward), every entry balances, the trial balance sums to zero
 * (debits = credits, opening and closing totals 0) for any range, the balance sheet balances at any
 * date, the P&L result equals the balance sheet's result, and the VAT report's output and input
 * VAT equal the VAT accounts' balances. A refused command (cash book would go negative, a
 * return of what is no longer returnable) is allowed: it changes nothing, the invariants still hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Receipt } from '../../src-shared/contract/sell';
import type { BalanceSheet, ProfitAndLoss, TrialBalance, VatReport } from '../../src-shared/contract/reports';
import { booksCore, expense, onDay, returnOn, saleOn, unbalancedEntries, type BooksCore } from '../helpers/books';

const PRODUCTS = ['Bauernbrot', 'Croissant', 'Rotwein 0,75 l', 'Cola 0,5 l', 'Sekt 0,75 l', 'Mineralwasser 0,75 l'];
const EXPENSE_ACCOUNTS = ['4930', '3300', '3400', '4210', '4910', '4940'];
const FIRST_DAY = Date.parse('2026-02-01T00:00:00Z');

const sale = fc.record({
  kind: fc.constant('sale' as const),
  items: fc.array(fc.record({ product: fc.constantFrom(...PRODUCTS), pieces: fc.integer({ min: 1, max: 5 }) }), { minLength: 1, maxLength: 4 }),
  method: fc.constantFrom('cash' as const, 'card' as const),
});
const saleReturn = fc.record({
  kind: fc.constant('return' as const),
  sale: fc.nat(), line: fc.nat(), pieces: fc.integer({ min: 1, max: 3 }),
  method: fc.constantFrom('cash' as const, 'card' as const),
});
const anExpense = fc.record({
  kind: fc.constant('expense' as const),
  account: fc.constantFrom(...EXPENSE_ACCOUNTS),
  grossCents: fc.integer({ min: 1, max: 50_000 }),
  rate: fc.constantFrom(1900, 700, null),
  paidFrom: fc.constantFrom('cash' as const, 'bank' as const),
});
const reversal = fc.record({ kind: fc.constant('reverse' as const), expense: fc.nat() });
const command = fc.oneof(sale, sale, saleReturn, anExpense, anExpense, reversal);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;
/** Days to move forward, then the command. */
const step = fc.tuple(fc.integer({ min: 0, max: 4 }), command);

function dayAt(offset: number): string {
  return new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Runs one command; a refusal the books may give (CONFLICT, VALIDATION) is fine, anything else fails. */
function run(t: BooksCore, command: Command, day: string, state: { sales: Receipt[]; expenses: number[] }): void {
  try {
    if (command.kind === 'sale') {
      state.sales.push(saleOn(t, day, command.items, command.method === 'cash' ? { method: 'cash', tenderedCents: 100_000 } : { method: 'card' }));
    } else if (command.kind === 'return') {
      if (state.sales.length === 0) return;
      const original = state.sales[command.sale % state.sales.length]!;
      const line = original.lines[command.line % original.lines.length]!;
      returnOn(t, day, original, line.name, command.pieces, command.method);
    } else if (command.kind === 'expense') {
      const entry = expense(t, { bookedOn: day, text: 'Ausgabe', grossCents: command.grossCents, rateBasisPoints: command.rate, account: command.account, paidFrom: command.paidFrom });
      state.expenses.push(entry.id);
    } else {
      if (state.expenses.length === 0) return;
      onDay(t, day);
      t.call('ledger.reverse', { id: state.expenses[command.expense % state.expenses.length]!, reason: 'Fehlbuchung', bookedOn: null });
    }
  } catch (error) {
    const code = (error as { body?: { code?: string } }).body?.code;
    if (code !== 'CONFLICT' && code !== 'VALIDATION') throw error;
  }
}

function checkInvariants(t: BooksCore, firstDay: string, lastDay: string, middle: string): void {
  expect(unbalancedEntries(t)).toEqual([]);
  for (const range of [{ from: '2026-01-01', to: lastDay }, { from: middle, to: lastDay }, { from: firstDay, to: middle }]) {
    const tb = t.call('reports.trialBalance', range) as TrialBalance;
    expect(tb.totals.debitCents).toBe(tb.totals.creditCents);
    expect([tb.totals.openingCents, tb.totals.closingCents]).toEqual([0, 0]);
    for (const row of tb.rows) expect(row.closingCents).toBe(row.openingCents + row.debitCents - row.creditCents);
  }
  for (const date of [middle, lastDay]) {
    const bs = t.call('reports.balanceSheet', { date }) as BalanceSheet;
    expect(bs.balanced).toBe(true);
    expect(bs.totals.assetsCents).toBe(bs.totals.liabilitiesAndEquityCents);
    // Nothing is closed and the demo's opening entry carries no income or expense: the result so far is the year's P&L.
    const pl = t.call('reports.profitAndLoss', { from: '2026-01-01', to: date }) as ProfitAndLoss;
    expect(pl.totals.resultCents).toBe(bs.totals.resultCents);
  }
  const vat = t.call('reports.vat', { from: '2026-01-01', to: lastDay }) as VatReport;
  const balance = (roles: string) => t.core.db.prepare(
    `SELECT coalesce(sum(l.amount_cents), 0) FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.role IN (${roles}) AND l.booked_on <= ?`,
  ).pluck().get(lastDay) as number;
  expect(vat.totals.outputVatCents).toBe(0 - balance("'vat1900', 'vat700', 'vatOther'"));
  expect(vat.totals.inputVatCents).toBe(balance("'inputVat1900', 'inputVat700', 'inputVatOther'"));
  expect(vat.output.reduce((sum, r) => sum + r.vatCents, 0) + vat.unassigned.vatCents).toBe(vat.totals.outputVatCents);
}

describe('the books stay balanced under any sequence of bookings', () => {
  it('trial balance zero, balance sheet balanced, P&L = result, VAT = VAT accounts', () => {
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
      const t = booksCore();
      try {
        const state = { sales: [] as Receipt[], expenses: [] as number[] };
        let offset = 0;
        for (const [days, command] of steps) {
          offset += days;
          run(t, command, dayAt(offset), state);
        }
        checkInvariants(t, dayAt(0), dayAt(offset), dayAt(Math.floor(offset / 2)));
      } finally {
        t.close();
      }
    }), { numRuns: 25 });
  }, 120_000);
});
