/**
 * The reports beyond the hand-built month: year-end closings (left out of the P&L and the VAT
 * figures, moving the result into equity on the balance sheet), VAT lines the counter does not
 * write (manual revenue with a rate, income without one, input VAT on the general account), paging
 * the general ledger, the compare periods, and refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previousPeriod, type BalanceSheet, type GeneralLedgerLine, type GeneralLedgerPage, type ProfitAndLoss, type TrialBalance, type VatReport } from '../../src-shared/contract/reports';
import { logicalDump } from '../helpers/core';
import { accountByNumber, booksCore, expense, onDay, saleOn, vatRateId, type BooksCore } from '../helpers/books';

describe('the compare period', () => {
  it('is the same number of whole months before, else the same number of days', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(previousPeriod({ from: '2026-04-01', to: '2026-06-30' })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-31' })).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-16' })).toEqual({ from: '2026-03-03', to: '2026-03-09' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });
});

describe('a closed year', () => {
  let t: BooksCore;

  // December 2025 (demo opening on 2025-12-01: cash 30,000, bank 800,000):
  //   card sale 2 × Rotwein 799 = 1,598 (19 %): vat 1,598×19/119 = 255.14 → 255, net 1,343
  //   Bürobedarf 4930 from the bank, 238.00 gross 19 %: net 20,000, input VAT 3,800
  //   result 2025 = 1,343 − 20,000 = −18,657, closed into 0860 Gewinnvortrag on 2025-12-31.
  // January 2026: card sale 1 × Sekt 599 (19 %): vat 95.63 → 96, net 503.
  beforeAll(() => {
    t = booksCore({ at: '2025-12-01T09:00:00Z' });
    saleOn(t, '2025-12-10', [{ product: 'Rotwein 0,75 l', pieces: 2 }], { method: 'card' });
    expense(t, { bookedOn: '2025-12-12', text: 'Kassenrollen', grossCents: 23_800, rateBasisPoints: 1900, account: '4930', paidFrom: 'bank' });
    saleOn(t, '2026-01-10', [{ product: 'Sekt 0,75 l' }], { method: 'card' });
    onDay(t, '2026-01-20');
    t.call('ledger.closeYear', { year: 2025 });
  });

  afterAll(() => t?.close());

  it('leaves the closing entry out of the P&L', () => {
    const pl = t.call('reports.profitAndLoss', { from: '2025-12-01', to: '2025-12-31' }) as ProfitAndLoss;
    expect(pl.totals).toEqual({ incomeCents: 1343, expenseCents: 20_000, resultCents: -18_657 });
    const year = t.call('reports.profitAndLoss', { from: '2026-01-01', to: '2026-12-31' }) as ProfitAndLoss;
    expect(year.totals.resultCents).toBe(503);
    expect(year.previousTotals.resultCents).toBe(-18_657);
  });

  it('leaves the closing entry out of the VAT figures', () => {
    const vat = t.call('reports.vat', { from: '2025-12-01', to: '2025-12-31' }) as VatReport;
    const regular = vat.output.find((r) => r.rateBasisPoints === 1900)!;
    expect([regular.netCents, regular.vatCents]).toEqual([1343, 255]);
    expect(vat.unassigned.netCents).toBe(0);
    expect(vat.totals).toEqual({ outputVatCents: 255, inputVatCents: 3800, payableCents: 255 - 3800 });
  });

  it('moves the closed result into equity: the balance sheet counts only the open year as result', () => {
    const bs = t.call('reports.balanceSheet', { date: '2026-01-31' }) as BalanceSheet;
    expect(bs.previousDate).toBe('2025-12-31');
    const equity = Object.fromEntries(bs.equity.map((r) => [r.number, [r.balanceCents, r.previousCents]]));
    expect(equity['0860']).toEqual([-18_657, -18_657]);
    expect(bs.totals.resultCents).toBe(503);
    expect(bs.previousTotals.resultCents).toBe(0);
    expect(bs.balanced).toBe(true);
    expect(bs.previousTotals.assetsCents).toBe(bs.previousTotals.liabilitiesAndEquityCents);
  });

  it('shows the closing entry in the trial balance: income and expense accounts end the year at zero', () => {
    const tb = t.call('reports.trialBalance', { from: '2025-12-01', to: '2025-12-31' }) as TrialBalance;
    const rows = Object.fromEntries(tb.rows.map((r) => [r.number, r]));
    expect(rows['8400']!.closingCents).toBe(0);
    expect(rows['4930']!.closingCents).toBe(0);
    expect(rows['0860']!.closingCents).toBe(18_657);
    expect(tb.totals.debitCents).toBe(tb.totals.creditCents);
  });
});

describe('VAT lines from manual entries', () => {
  let t: BooksCore;
  beforeAll(() => {
    t = booksCore();
    onDay(t, '2026-02-03');
    const line = (account: string, amountCents: number, rate: number | null) => ({ accountId: accountByNumber(t, account), amountCents, vatRateId: rate === null ? null : vatRateId(t, rate) });
    // Revenue on the general account 8000 with 19 % on the line, its VAT on the general 1770.
    t.call('ledger.postManual', { bookedOn: '2026-02-03', text: 'Rechnung 17', attachment: null, lines: [line('1400', 11_900, null), line('8000', -10_000, 1900), line('1770', -1900, 1900)] });
    // Interest income: no rate anywhere. Input VAT on the general 1570 account.
    t.call('ledger.postManual', { bookedOn: '2026-02-04', text: 'Zinsen', attachment: null, lines: [line('1200', 250, null), line('2650', -250, null)] });
    t.call('ledger.postManual', { bookedOn: '2026-02-05', text: 'Einkauf 16 %', attachment: null, lines: [line('3200', 5000, null), line('1570', 800, null), line('1200', -5800, null)] });
    // A rate the form has no own field for (5 %): Kz 35/36.
    const five = t.call('settings.vatRates.create', { name: 'Fünf', rateBasisPoints: 500 });
    t.call('ledger.postManual', { bookedOn: '2026-02-06', text: 'Sonderumsatz', attachment: null, lines: [line('1000', 1050, null), { accountId: accountByNumber(t, '8000'), amountCents: -1000, vatRateId: five.id }, { accountId: accountByNumber(t, '1770'), amountCents: -50, vatRateId: five.id }] });
  });
  afterAll(() => t?.close());

  it('puts each line under its own rate, income without a rate apart, and every input VAT account into Kz 66', () => {
    const vat = t.call('reports.vat', { from: '2026-02-01', to: '2026-02-28' }) as VatReport;
    const byRate = Object.fromEntries(vat.output.map((r) => [r.rateBasisPoints, r]));
    expect(byRate[1900]).toMatchObject({ netCents: 10_000, vatCents: 1900, accountIds: [accountByNumber(t, '1770'), accountByNumber(t, '8000')].sort((a, b) => a - b) });
    expect(byRate[500]).toMatchObject({ kennzahlen: { net: '35', vat: '36', taxFree: false }, netCents: 1000, vatCents: 50 });
    expect(vat.unassigned).toMatchObject({ netCents: 250, vatCents: 0, accountIds: [accountByNumber(t, '2650')] });
    expect(vat.totals).toEqual({ outputVatCents: 1950, inputVatCents: 800, payableCents: 1150 });
    expect(vat.output.map((r) => r.rateBasisPoints)).toEqual([1900, 700, 500, 0]);
  });
});

describe('the general ledger', () => {
  let t: BooksCore;
  let card: number;
  beforeAll(() => {
    t = booksCore();
    card = accountByNumber(t, '1361');
    // Eleven card sales over three days, several on one day, and one outside the range.
    for (const [day, n] of [['2026-02-02', 4], ['2026-02-03', 5], ['2026-02-05', 2], ['2026-03-01', 1]] as const) {
      for (let i = 0; i < n; i++) saleOn(t, day, [{ product: i % 2 ? 'Croissant' : 'Cola 0,5 l', pieces: i + 1 }], { method: 'card' });
    }
  });
  afterAll(() => t?.close());

  it('pages add up to the whole ledger in day and journal-number order, with a continuous running balance', () => {
    const range = { from: '2026-02-01', to: '2026-02-28' };
    const whole = t.call('reports.generalLedger', { accountId: card, ...range, offset: 0, limit: 500 }) as GeneralLedgerPage;
    expect(whole.total).toBe(11);
    const order = whole.lines.map((l) => [l.bookedOn, l.number]);
    expect(order).toEqual([...order].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1])));
    const paged: GeneralLedgerLine[] = [];
    for (let offset = 0; offset < whole.total; offset += 3) {
      const page = t.call('reports.generalLedger', { accountId: card, ...range, offset, limit: 3 }) as GeneralLedgerPage;
      expect(page.pageOpeningCents).toBe(offset === 0 ? page.openingCents : paged.at(-1)!.balanceCents);
      expect([page.total, page.closingCents, page.debitCents]).toEqual([whole.total, whole.closingCents, whole.debitCents]);
      paged.push(...page.lines);
    }
    expect(paged).toEqual(whole.lines);
    expect(whole.closingCents).toBe(whole.lines.at(-1)!.balanceCents);
    expect(whole.closingCents).toBe(whole.openingCents + whole.debitCents - whole.creditCents);
    const past = t.call('reports.generalLedger', { accountId: card, ...range, offset: 50, limit: 3 }) as GeneralLedgerPage;
    expect([past.lines, past.pageOpeningCents]).toEqual([[], whole.closingCents]);
  });

  it('starts a later range with the balance before it', () => {
    const march = t.call('reports.generalLedger', { accountId: card, from: '2026-03-01', to: '2026-03-31', offset: 0, limit: 10 }) as GeneralLedgerPage;
    const february = t.call('reports.generalLedger', { accountId: card, from: '2026-02-01', to: '2026-02-28', offset: 0, limit: 1 }) as GeneralLedgerPage;
    expect(march.openingCents).toBe(february.closingCents);
    expect(march.lines).toHaveLength(1);
  });

  it('refuses an unknown account and a reversed range, changing nothing', () => {
    const before = logicalDump(t.core.db);
    const missing = t.invoke('reports.generalLedger', { accountId: 999_999, from: '2026-02-01', to: '2026-02-28' });
    expect(missing.ok ? null : [missing.error.code, missing.error.details?.reason]).toEqual(['NOT_FOUND', 'reportAccountNotFound']);
    for (const [channel, input] of [
      ['reports.generalLedger', { accountId: card, from: '2026-03-01', to: '2026-02-01' }],
      ['reports.trialBalance', { from: '2026-03-01', to: '2026-02-01' }],
      ['reports.vat', { from: '2026-02-30', to: '2026-03-01' }],
    ] as const) {
      const result = t.invoke(channel, input);
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    }
    expect(logicalDump(t.core.db)).toBe(before);
  });

  it('is for people who may view reports, not for the cashier', () => {
    t.signInPin('1111');
    const result = t.invoke('reports.trialBalance', { from: '2026-01-01', to: '2026-12-31' });
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    t.signInPin('2222');
    expect(t.invoke('reports.profitAndLoss', { from: '2026-01-01', to: '2026-12-31' }).ok).toBe(true);
  });
});

describe('reports of an empty period', () => {
  it('answer zeros and a balanced balance sheet', () => {
    const t = booksCore();
    try {
      const pl = t.call('reports.profitAndLoss', { from: '2020-01-01', to: '2020-12-31' }) as ProfitAndLoss;
      expect([pl.income, pl.expenses, pl.totals.resultCents]).toEqual([[], [], 0]);
      const tb = t.call('reports.trialBalance', { from: '2020-01-01', to: '2020-12-31' }) as TrialBalance;
      expect(tb.rows).toEqual([]);
      const bs = t.call('reports.balanceSheet', { date: '2020-12-31' }) as BalanceSheet;
      expect([bs.assets, bs.balanced]).toEqual([[], true]);
      const vat = t.call('reports.vat', { from: '2020-01-01', to: '2020-03-31' }) as VatReport;
      expect(vat.totals).toEqual({ outputVatCents: 0, inputVatCents: 0, payableCents: 0 });
    } finally {
      t.close();
    }
  });
});
