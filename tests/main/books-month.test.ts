/**
 * A hand-built month (March 2026) of the demo shop, booked through the real channels: sales at the
 * counter (cash and card, 19 % and 7 %), a return, quick expenses (cash and bank), a manual rent
 * entry, a cash deposit to the bank and a cancelled expense — plus one sale in February (the
 * compare period) and one on 1 April (outside). Every expected figure is worked out by hand below;
 * the reports and the cash book must match exactly.
 *
 * VAT at the counter is per receipt and rate from the gross: vat = round(gross × rate / (1 + rate)),
 * half away from zero; net = gross − vat.
 *
 * Opening (demo, 2026-01-15): Kasse 1000 30,000; Bank 1200 800,000; 9000 Saldenvorträge −830,000.
 *
 * February
 *   F  02-20 cash   2 × Cola 0,5 l 149 = 298 (19 %): vat 298×19/119 = 47.58 → 48, net 250
 * March
 *   A  03-02 cash   2 × Bauernbrot 420 = 840 (7 %): vat 840×7/107 = 54.95 → 55, net 785
 *                   1 × Rotwein 799 (19 %): vat 799×19/119 = 127.57 → 128, net 671
 *                   total 1,639; tendered 2,000, change 361 → Kasse +1,639
 *   B  03-02 card   1 × Sekt 599 (19 %): vat 95.63 → 96, net 503
 *                   1 × Croissant 120 (7 %): vat 7.85 → 8, net 112; total 719 → 1361 +719
 *   C  03-05 cash   3 × Cola 149 = 447 (19 %): vat 71.37 → 71, net 376; tendered 500 → Kasse +447
 *   R  03-05 return of A's Rotwein, cash: 19 % net −671, vat −128 → Kasse −799
 *   E1 03-10 Bürobedarf 4930, 119.00 gross, 19 %, cash: net 10,000, input VAT 1,900 → Kasse −11,900
 *   E2 03-12 Wareneingang 7 % 3300, 1,070.00 gross, 7 %, bank: net 100,000, input VAT 7,000
 *   M  03-15 manual: Miete 4210 80,000 / Bank 1200 −80,000
 *   D  03-20 cash to the bank: Kasse −10,000, Geldtransit 1360 +10,000
 *   P  03-25 Porto 4910, 5.00, no VAT, cash: Kasse −500 — and its reversal the same day: +500
 *   G  03-31 cash   1 × Bauernbrot 420 (7 %): vat 27.48 → 27, net 393 → Kasse +420
 * April
 *   H  04-01 cash   1 × Rotwein 799 — outside March
 *
 * March totals
 *   8400 Erlöse 19 %: 671 + 503 + 376 − 671 = 879      1776 USt 19 %: 128 + 96 + 71 − 128 = 167
 *   8300 Erlöse 7 %:  785 + 112 + 393 = 1,290            1771 USt 7 %:  55 + 8 + 27 = 90
 *   income 879 + 1,290 = 2,169
 *   expenses 4930 10,000 + 3300 100,000 + 4210 80,000 + 4910 (500 − 500) 0 = 190,000
 *   result 2,169 − 190,000 = −187,831
 *   VAT: Kz 81 net 879 (tax 167), Kz 86 net 1,290 (tax 90), output 257;
 *        Kz 66 input 1,900 + 7,000 = 8,900; Kz 83 payable 257 − 8,900 = −8,643
 *   February (previous): income 250, result 250; Kz 81 net 250, tax 48; payable 48
 * Cash book March: opening 30,000 + 298 = 30,298
 *   03-02 +1,639 → 31,937 | 03-05 +447 → 32,384, −799 → 31,585 | 03-10 −11,900 → 19,685
 *   03-20 −10,000 → 9,685 | 03-25 −500 → 9,185, +500 → 9,685 | 03-31 +420 → 10,105 = closing
 * Balance sheet 2026-03-31
 *   assets: Kasse 10,105; Bank 800,000 − 107,000 − 80,000 = 613,000; Geldtransit 10,000;
 *           Kartenzahlungen 719; Vorsteuer 19 % 1,900; Vorsteuer 7 % 7,000 → 642,724
 *   liabilities: USt 19 % 48 + 167 = 215; USt 7 % 90 → 305
 *   equity: 9000 830,000; result (Feb + Mar) 250 − 187,831 = −187,581
 *   305 + 830,000 − 187,581 = 642,724 ✓
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CashBook } from '../../src-shared/contract/ledger';
import type { BalanceSheet, ProfitAndLoss, TrialBalance, VatReport } from '../../src-shared/contract/reports';
import { accountByNumber, booksCore, cashMoveOn, expense, manual, onDay, returnOn, saleOn, unbalancedEntries, vatRateId, type BooksCore } from '../helpers/books';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('a hand-built month of a small shop', () => {
  let t: BooksCore;
  const byNumber = <R extends { number: string }>(rows: R[]) => Object.fromEntries(rows.map((r) => [r.number, r]));

  beforeAll(() => {
    t = booksCore();
    saleOn(t, '2026-02-20', [{ product: 'Cola 0,5 l', pieces: 2 }], { method: 'cash' });
    const a = saleOn(t, '2026-03-02', [{ product: 'Bauernbrot', pieces: 2 }, { product: 'Rotwein 0,75 l' }], { method: 'cash', tenderedCents: 2000 });
    expect([a.totalCents, a.changeCents]).toEqual([1639, 361]);
    saleOn(t, '2026-03-02', [{ product: 'Sekt 0,75 l' }, { product: 'Croissant' }], { method: 'card' });
    saleOn(t, '2026-03-05', [{ product: 'Cola 0,5 l', pieces: 3 }], { method: 'cash', tenderedCents: 500 });
    returnOn(t, '2026-03-05', a, 'Rotwein 0,75 l', 1, 'cash');
    expense(t, { bookedOn: '2026-03-10', text: 'Druckerpapier', grossCents: 11_900, rateBasisPoints: 1900, account: '4930', paidFrom: 'cash' });
    expense(t, { bookedOn: '2026-03-12', text: 'Brot vom Großhandel', grossCents: 107_000, rateBasisPoints: 700, account: '3300', paidFrom: 'bank' });
    manual(t, '2026-03-15', 'Miete März', [['4210', 80_000], ['1200', -80_000]]);
    cashMoveOn(t, '2026-03-20', 'out', 10_000, 'bankDeposit');
    const porto = expense(t, { bookedOn: '2026-03-25', text: 'Briefmarken', grossCents: 500, rateBasisPoints: null, account: '4910', paidFrom: 'cash' });
    onDay(t, '2026-03-25', '15:00:00');
    t.call('ledger.reverse', { id: porto.id, reason: 'doppelt erfasst', bookedOn: null });
    saleOn(t, '2026-03-31', [{ product: 'Bauernbrot' }], { method: 'cash' });
    saleOn(t, '2026-04-01', [{ product: 'Rotwein 0,75 l' }], { method: 'cash' });
  });

  afterAll(() => t?.close());

  it('books every entry balanced', () => {
    expect(unbalancedEntries(t)).toEqual([]);
  });

  it('profit and loss match the hand figures, with February to compare', () => {
    const pl = t.call('reports.profitAndLoss', MARCH) as ProfitAndLoss;
    expect(pl.previous).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    const income = byNumber(pl.income);
    expect(income['8400']).toMatchObject({ amountCents: 879, previousCents: 250 });
    expect(income['8300']).toMatchObject({ amountCents: 1290, previousCents: 0 });
    expect(pl.income).toHaveLength(2);
    const expenses = byNumber(pl.expenses);
    expect(expenses['4930']!.amountCents).toBe(10_000);
    expect(expenses['3300']!.amountCents).toBe(100_000);
    expect(expenses['4210']!.amountCents).toBe(80_000);
    expect(expenses['4910']!.amountCents).toBe(0);
    expect(pl.expenses).toHaveLength(4);
    expect(pl.totals).toEqual({ incomeCents: 2169, expenseCents: 190_000, resultCents: -187_831 });
    expect(pl.previousTotals).toEqual({ incomeCents: 250, expenseCents: 0, resultCents: 250 });
  });

  it('the VAT report gives the advance return figures, with February to compare', () => {
    const vat = t.call('reports.vat', MARCH) as VatReport;
    expect(vat.previous).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    const byRate = Object.fromEntries(vat.output.map((r) => [r.rateBasisPoints, r]));
    expect(byRate[1900]).toMatchObject({
      vatRateId: vatRateId(t, 1900), kennzahlen: { net: '81', vat: null, taxFree: false },
      netCents: 879, vatCents: 167, previousNetCents: 250, previousVatCents: 48,
      accountIds: [accountByNumber(t, '1776'), accountByNumber(t, '8400')].sort((x, y) => x - y),
    });
    expect(byRate[700]).toMatchObject({ kennzahlen: { net: '86', vat: null, taxFree: false }, netCents: 1290, vatCents: 90, previousNetCents: 0, previousVatCents: 0 });
    expect(byRate[0]).toMatchObject({ kennzahlen: { net: null, vat: null, taxFree: true }, netCents: 0, vatCents: 0 });
    expect(vat.unassigned).toMatchObject({ netCents: 0, vatCents: 0, previousNetCents: 0, previousVatCents: 0 });
    expect(vat.totals).toEqual({ outputVatCents: 257, inputVatCents: 8900, payableCents: -8643 });
    expect(vat.previousTotals).toEqual({ outputVatCents: 48, inputVatCents: 0, payableCents: 48 });
    expect(vat.inputVatAccountIds).toEqual(expect.arrayContaining([accountByNumber(t, '1576'), accountByNumber(t, '1571')]));
  });

  it('the cash book matches day by day', () => {
    const book = t.call('ledger.cashBook', MARCH) as CashBook;
    expect(book.openingCents).toBe(30_298);
    expect(book.days.map((d) => [d.date, d.openingCents, d.closingCents])).toEqual([
      ['2026-03-02', 30_298, 31_937],
      ['2026-03-05', 31_937, 31_585],
      ['2026-03-10', 31_585, 19_685],
      ['2026-03-20', 19_685, 9_685],
      ['2026-03-25', 9_685, 9_685],
      ['2026-03-31', 9_685, 10_105],
    ]);
    expect(book.days.flatMap((d) => d.moves.map((m) => m.inCents - m.outCents))).toEqual([1639, 447, -799, -11_900, -10_000, -500, 500, 420]);
    expect(book.closingCents).toBe(10_105);
  });

  it('the trial balance balances and the cash account agrees with the cash book', () => {
    const tb = t.call('reports.trialBalance', MARCH) as TrialBalance;
    expect(tb.totals.debitCents).toBe(tb.totals.creditCents);
    expect([tb.totals.openingCents, tb.totals.closingCents]).toEqual([0, 0]);
    const rows = byNumber(tb.rows);
    expect(rows['1000']).toMatchObject({ openingCents: 30_298, debitCents: 1639 + 447 + 500 + 420, creditCents: 799 + 11_900 + 10_000 + 500, closingCents: 10_105 });
    expect(rows['4910']).toMatchObject({ openingCents: 0, debitCents: 500, creditCents: 500, closingCents: 0 });
    expect(rows['8400']).toMatchObject({ openingCents: -250, debitCents: 671, creditCents: 671 + 503 + 376, closingCents: -250 - 879 });
  });

  it('the balance sheet at the month end balances with the hand figures', () => {
    const bs = t.call('reports.balanceSheet', { date: '2026-03-31' }) as BalanceSheet;
    expect(bs.previousDate).toBe('2025-12-31');
    const assets = byNumber(bs.assets);
    expect(Object.fromEntries(Object.entries(assets).map(([n, r]) => [n, r.balanceCents]))).toEqual({
      1000: 10_105, 1200: 613_000, 1360: 10_000, 1361: 719, 1571: 7000, 1576: 1900,
    });
    expect(Object.fromEntries(bs.liabilities.map((r) => [r.number, r.balanceCents]))).toEqual({ 1771: 90, 1776: 215 });
    expect(Object.fromEntries(bs.equity.map((r) => [r.number, r.balanceCents]))).toEqual({ 9000: 830_000 });
    expect(bs.totals).toEqual({ assetsCents: 642_724, liabilitiesCents: 305, equityCents: 830_000, resultCents: -187_581, liabilitiesAndEquityCents: 642_724 });
    expect(bs.previousTotals).toEqual({ assetsCents: 0, liabilitiesCents: 0, equityCents: 0, resultCents: 0, liabilitiesAndEquityCents: 0 });
    expect(bs.balanced).toBe(true);
  });

  it('the cash account ledger pages carry the running balance', () => {
    const cash = accountByNumber(t, '1000');
    const page = t.call('reports.generalLedger', { accountId: cash, ...MARCH, offset: 2, limit: 3 });
    expect(page.total).toBe(8);
    expect(page.openingCents).toBe(30_298);
    expect(page.pageOpeningCents).toBe(32_384);
    expect(page.lines.map((l) => [l.bookedOn, l.amountCents, l.balanceCents])).toEqual([
      ['2026-03-05', -799, 31_585], ['2026-03-10', -11_900, 19_685], ['2026-03-20', -10_000, 9_685],
    ]);
    expect(page.lines.map((l) => l.contraAccounts)).toEqual(['1776, 8400', '1576, 4930', '1360']);
    expect([page.debitCents, page.creditCents, page.closingCents]).toEqual([3006, 23_199, 10_105]);
  });
});
