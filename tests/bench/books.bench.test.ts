/**
 * Books bench: the reports over three years of counter sales (≈ 1,000,000 sale lines in ≈ 330,000
 * receipts, 2023–2025), built with plain SQL in a temp core — sales, sale lines, payments, VAT
 * buckets and the journal entries the counter would post (tender debit; revenue and VAT credit per
 * rate, the rate on the lines), plus daily purchases with input VAT paid from the bank and weekly
 * card settlements. Triggers stay in place; the hash columns hold dummy strings.
 *
 * Measured through `core.invoke` as the owner, for the year 2025 (p95 over several runs), each next
 * to the plain aggregate SQL over the same rows in the same run, and next to its target:
 *   reports.profitAndLoss, reports.vat, reports.trialBalance   ≤ 300 ms
 *   reports.generalLedger (one page of 100 lines, mid-year)     ≤ 50 ms
 * A missed target is printed as "MISSED: …"; the test asserts only that the figures agree with the
 * raw aggregates and are finite — never a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneralLedgerPage, ProfitAndLoss, TrialBalance, VatReport } from '../../src-shared/contract/reports';
import { splitGross } from '../../src-shared/money';
import { testCore } from '../helpers/core';
import { prng } from '../helpers/prng';
import { timeCalls, type TimingStats } from './reference';
import { benchRow, report, type BenchRow } from './report';

const FIRST_DAY = '2023-01-01';
const DAYS = 1096; // 2023, 2024 (leap year), 2025
const SALES_PER_DAY = 301; // ≈ 330,000 receipts
const LINES_PER_SALE = 3; // ≈ 990,000 sale lines
/** Timed runs per figure (p95 = the 19th of 20), after 2 untimed. */
const RUNS = 20;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const TARGET = { reportMs: 300, ledgerPageMs: 50 } as const;

interface Built { sales: number; saleLines: number; entries: number; journalLines: number; ms: number }

function isoDay(n: number): string {
  return new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Writes the three years straight into the tables, one transaction. */
function buildBooks(bench: ReturnType<typeof testCore>): Built {
  const db = bench.core.db;
  const start = performance.now();
  const role = (r: string) => db.prepare('SELECT id FROM accounts WHERE role = ?').pluck().get(r) as number;
  const rate = (bp: number) => db.prepare('SELECT id FROM vat_rates WHERE rate_bp = ? ORDER BY id').pluck().get(bp) as number;
  const acc = {
    cash: role('cash'), card: role('cardClearing'), bank: role('bank'),
    rev19: role('revenue1900'), rev7: role('revenue700'), vat19: role('vat1900'), vat7: role('vat700'),
    purchases: role('purchases1900'), inputVat: role('inputVat1900'),
  };
  const rates = [{ id: rate(1900), bp: 1900, revenue: acc.rev19, vat: acc.vat19 }, { id: rate(700), bp: 700, revenue: acc.rev7, vat: acc.vat7 }];
  const products = db.prepare('SELECT id, name, vat_rate_id FROM products ORDER BY id LIMIT 40').all() as { id: number; name: string; vat_rate_id: number }[];
  const staffId = db.prepare('SELECT id FROM staff ORDER BY id LIMIT 1').pluck().get() as number;
  let entryNumber = (db.prepare('SELECT coalesce(max(number), 0) FROM journal_entries').pluck().get() as number) + 1;
  let receiptNumber = (db.prepare('SELECT coalesce(max(number), 0) FROM sales WHERE register_id = 1').pluck().get() as number) + 1;

  const insertShift = db.prepare('INSERT INTO shifts (register_id, opened_at, opened_by, float_cents, closed_at, closed_by) VALUES (1, ?, ?, 10000, ?, ?)');
  const insertEntry = db.prepare(
    `INSERT INTO journal_entries (number, booked_on, posted_at, text, source_type, source_id, reverses_entry_id, staff_id, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, 'bench', 'bench')`,
  );
  const insertLine = db.prepare('INSERT INTO journal_lines (entry_id, account_id, amount_cents, vat_rate_id, booked_on) VALUES (?, ?, ?, ?, ?)');
  const insertSale = db.prepare(
    `INSERT INTO sales (register_id, number, kind, shift_id, at, staff_id, total_cents, discount_cents, change_cents, prev_hash, hash, journal_entry_id)
     VALUES (1, ?, 'sale', ?, ?, ?, ?, 0, 0, 'bench', 'bench', ?)`,
  );
  const insertSaleLine = db.prepare(
    `INSERT INTO sale_lines (sale_id, line_no, kind, product_id, name, unit, quantity, unit_price_cents, gross_cents, discount_cents, total_cents, vat_rate_id, vat_rate_bp)
     VALUES (?, ?, 'product', ?, ?, 'piece', 1000, ?, ?, 0, ?, ?, ?)`,
  );
  const insertPayment = db.prepare('INSERT INTO sale_payments (sale_id, method, amount_cents) VALUES (?, ?, ?)');
  const insertVat = db.prepare('INSERT INTO sale_vat (sale_id, vat_rate_id, rate_bp, gross_cents, net_cents, vat_cents) VALUES (?, ?, ?, ?, ?, ?)');

  const random = prng(2025);
  const built: Built = { sales: 0, saleLines: 0, entries: 0, journalLines: 0, ms: 0 };
  const entry = (day: string, text: string, source: string, lines: [number, number, number | null][]) => {
    const id = Number(insertEntry.run(entryNumber++, day, `${day}T18:00:00.000Z`, text, source, staffId).lastInsertRowid);
    for (const [account, amount, vatRateId] of lines) if (amount !== 0) { insertLine.run(id, account, amount, vatRateId, day); built.journalLines++; }
    built.entries++;
    return id;
  };

  db.transaction(() => {
    for (let d = 0; d < DAYS; d++) {
      const day = isoDay(d);
      const shiftId = Number(insertShift.run(`${day}T08:00:00.000Z`, staffId, `${day}T19:00:00.000Z`, staffId).lastInsertRowid);
      let cardOfDay = 0;
      for (let s = 0; s < SALES_PER_DAY; s++) {
        const items = Array.from({ length: LINES_PER_SALE }, () => {
          const r = rates[random() < 0.6 ? 0 : 1]!;
          return { rate: r, gross: 99 + Math.floor(random() * 2500), product: products[Math.floor(random() * products.length)]! };
        });
        const total = items.reduce((sum, i) => sum + i.gross, 0);
        const byCard = random() < 0.4;
        if (byCard) cardOfDay += total;
        const lines: [number, number, number | null][] = [[byCard ? acc.card : acc.cash, total, null]];
        const buckets = rates.map((r) => ({ r, gross: items.filter((i) => i.rate === r).reduce((sum, i) => sum + i.gross, 0) })).filter((b) => b.gross > 0);
        const split = buckets.map((b) => ({ ...b, ...splitGross(b.gross, b.r.bp) }));
        for (const b of split) lines.push([b.r.revenue, -b.net, b.r.id], [b.r.vat, -b.vat, b.r.id]);
        const at = `${day}T${String(8 + Math.floor(s / 30)).padStart(2, '0')}:00:00.000Z`;
        const entryId = entry(day, `Kassenbeleg 1-${receiptNumber}`, 'counter.sale', lines);
        const saleId = Number(insertSale.run(receiptNumber++, shiftId, at, staffId, total, entryId).lastInsertRowid);
        items.forEach((i, n) => insertSaleLine.run(saleId, n + 1, i.product.id, i.product.name, i.gross, i.gross, i.gross, i.rate.id, i.rate.bp));
        insertPayment.run(saleId, byCard ? 'card' : 'cash', total);
        for (const b of split) insertVat.run(saleId, b.r.id, b.r.bp, b.gross, b.net, b.vat);
        built.sales++;
        built.saleLines += items.length;
      }
      // A purchase a day from the bank; the card takings reach the bank the same evening.
      const purchase = splitGross(20_000 + Math.floor(random() * 80_000), 1900);
      entry(day, 'Wareneinkauf', 'ledger.expense', [[acc.purchases, purchase.net, rates[0]!.id], [acc.inputVat, purchase.vat, rates[0]!.id], [acc.bank, -(purchase.net + purchase.vat), null]]);
      entry(day, 'Kartenumsätze', 'bank.match', [[acc.bank, cardOfDay, null], [acc.card, -cardOfDay, null]]);
    }
  }).immediate();
  // A shop that has been running has its WAL checkpointed; reads should not wade through 300 MB of WAL frames.
  db.pragma('wal_checkpoint(TRUNCATE)');
  built.ms = performance.now() - start;
  return built;
}

function expectFinite(stats: TimingStats): void {
  for (const value of Object.values(stats)) expect(Number.isFinite(value)).toBe(true);
}

describe('books bench', () => {
  let bench: ReturnType<typeof testCore>;
  let built: Built;

  beforeAll(() => {
    bench = testCore();
    bench.loadDemo();
    built = buildBooks(bench);
    bench.clock.set('2026-02-01T10:00:00Z');
    bench.signInOwner();
  }, 600_000);

  afterAll(() => {
    bench?.close();
  });

  it('measures the reports for one year against the raw aggregates', () => {
    const db = bench.core.db;
    const call = <T>(channel: string, input: unknown): T => {
      const envelope = bench.invoke(channel, input);
      if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.data as T;
    };
    const cashId = db.prepare("SELECT id FROM accounts WHERE role = 'cash'").pluck().get() as number;
    const previousYear = { from: '2024-01-01', to: '2024-12-31' };

    // Trial balance — report and raw: opening before the year, debit and credit in it, per account.
    let tb: TrialBalance | null = null;
    const trial = timeCalls(RUNS, () => { tb = call<TrialBalance>('reports.trialBalance', YEAR); }, 2);
    const rawTrialStmt = db.prepare(
      `SELECT account_id, sum(CASE WHEN booked_on < ? THEN amount_cents ELSE 0 END) AS opening,
              sum(CASE WHEN booked_on >= ? AND amount_cents > 0 THEN amount_cents ELSE 0 END) AS debit,
              sum(CASE WHEN booked_on >= ? AND amount_cents < 0 THEN -amount_cents ELSE 0 END) AS credit
       FROM journal_lines WHERE booked_on <= ? GROUP BY account_id`,
    );
    let rawTrial: { account_id: number; opening: number; debit: number; credit: number }[] = [];
    const rawTrialStats = timeCalls(RUNS, () => { rawTrial = rawTrialStmt.all(YEAR.from, YEAR.from, YEAR.from, YEAR.to) as typeof rawTrial; }, 2);
    const tbRows = tb!.rows;
    expect(tb!.totals.debitCents).toBe(tb!.totals.creditCents);
    expect(tb!.totals.closingCents).toBe(0);
    for (const raw of rawTrial.filter((r) => r.opening !== 0 || r.debit !== 0 || r.credit !== 0)) {
      const row = tbRows.find((r) => r.accountId === raw.account_id);
      expect([row?.openingCents, row?.debitCents, row?.creditCents]).toEqual([raw.opening, raw.debit, raw.credit]);
    }

    // P&L — the year and the year before, per income/expense account.
    let pl: ProfitAndLoss | null = null;
    const profit = timeCalls(RUNS, () => { pl = call<ProfitAndLoss>('reports.profitAndLoss', YEAR); }, 2);
    const rawProfitStmt = db.prepare(
      `SELECT l.account_id, sum(CASE WHEN l.booked_on >= ? THEN l.amount_cents ELSE 0 END) AS now,
              sum(CASE WHEN l.booked_on < ? THEN l.amount_cents ELSE 0 END) AS before
       FROM journal_lines l JOIN accounts a ON a.id = l.account_id
       WHERE a.type IN ('income', 'expense') AND l.booked_on BETWEEN ? AND ? GROUP BY l.account_id`,
    );
    let rawProfit: { account_id: number; now: number; before: number }[] = [];
    const rawProfitStats = timeCalls(RUNS, () => { rawProfit = rawProfitStmt.all(YEAR.from, YEAR.from, previousYear.from, YEAR.to) as typeof rawProfit; }, 2);
    expect(pl!.previous).toEqual(previousYear);
    expect(pl!.totals.resultCents).toBe(-rawProfit.reduce((sum, r) => sum + r.now, 0));
    expect(pl!.previousTotals.resultCents).toBe(-rawProfit.reduce((sum, r) => sum + r.before, 0));

    // VAT — per account and rate, the year and the year before.
    let vat: VatReport | null = null;
    const vatStats = timeCalls(RUNS, () => { vat = call<VatReport>('reports.vat', YEAR); }, 2);
    const rawVatStmt = db.prepare(
      `SELECT account_id, vat_rate_id, sum(CASE WHEN booked_on >= ? THEN amount_cents ELSE 0 END) AS now,
              sum(CASE WHEN booked_on < ? THEN amount_cents ELSE 0 END) AS before
       FROM journal_lines WHERE booked_on BETWEEN ? AND ? GROUP BY account_id, vat_rate_id`,
    );
    let rawVat: { account_id: number; vat_rate_id: number | null; now: number; before: number }[] = [];
    const rawVatStats = timeCalls(RUNS, () => { rawVat = rawVatStmt.all(YEAR.from, YEAR.from, previousYear.from, YEAR.to) as typeof rawVat; }, 2);
    const vatRoles = db.prepare("SELECT id FROM accounts WHERE role IN ('vat1900', 'vat700', 'vatOther')").pluck().all() as number[];
    const inputRoles = db.prepare("SELECT id FROM accounts WHERE role LIKE 'inputVat%'").pluck().all() as number[];
    const rawOutput = -rawVat.filter((r) => vatRoles.includes(r.account_id)).reduce((sum, r) => sum + r.now, 0);
    const rawInput = rawVat.filter((r) => inputRoles.includes(r.account_id)).reduce((sum, r) => sum + r.now, 0);
    expect(vat!.totals).toEqual({ outputVatCents: rawOutput, inputVatCents: rawInput, payableCents: rawOutput - rawInput });

    // General ledger of the cash account: a page of 100 lines in the middle of the year.
    const total = call<GeneralLedgerPage>('reports.generalLedger', { accountId: cashId, ...YEAR, offset: 0, limit: 1 }).total;
    const offsets = Array.from({ length: RUNS + 2 }, (_, i) => Math.floor(total * (0.3 + 0.4 * (i / (RUNS + 2)))));
    let page: GeneralLedgerPage | null = null;
    const ledger = timeCalls(RUNS, (i) => { page = call<GeneralLedgerPage>('reports.generalLedger', { accountId: cashId, ...YEAR, offset: offsets[i], limit: 100 }); }, 2);
    const rawPageStmt = db.prepare(
      `SELECT l.entry_id, e.number, l.booked_on, e.text, l.amount_cents FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
       WHERE l.account_id = ? AND l.booked_on BETWEEN ? AND ? ORDER BY l.booked_on, e.number LIMIT 100 OFFSET ?`,
    );
    let rawPage: { entry_id: number }[] = [];
    const rawLedger = timeCalls(RUNS, (i) => { rawPage = rawPageStmt.all(cashId, YEAR.from, YEAR.to, offsets[i]) as typeof rawPage; }, 2);
    expect(page!.lines.map((l) => l.entryId)).toEqual(rawPage.map((r) => r.entry_id));
    const linesBeforeYear = db.prepare('SELECT count(*) FROM journal_lines WHERE account_id = ? AND booked_on < ?').pluck().get(cashId, YEAR.from) as number;
    const rawBefore = db.prepare(
      `SELECT coalesce(sum(amount_cents), 0) FROM (SELECT l.amount_cents FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
       WHERE l.account_id = ? AND l.booked_on <= ? ORDER BY l.booked_on, e.number LIMIT ?)`,
    ).pluck().get(cashId, YEAR.to, linesBeforeYear + offsets[RUNS - 1]!) as number;
    expect(page!.pageOpeningCents).toBe(rawBefore);

    for (const s of [trial, rawTrialStats, profit, rawProfitStats, vatStats, rawVatStats, ledger, rawLedger]) expectFinite(s);
    const missed = (ms: number, target: number) => (ms <= target ? `met (≤ ${target} ms)` : `MISSED: ${ms.toFixed(1)} ms > ${target} ms`);
    const p50 = (s: TimingStats, raw: TimingStats) => `p50 ${s.p50Ms.toFixed(1)} ms vs raw p50 ${raw.p50Ms.toFixed(1)} ms`;
    const data = `${built.sales} sales, ${built.saleLines} sale lines, ${built.entries} entries, ${built.journalLines} journal lines, built in ${(built.ms / 1000).toFixed(1)} s`;
    const rows: BenchRow[] = [
      benchRow('reports.trialBalance 2025 (p95)', trial.p95Ms, rawTrialStats.p95Ms, `vs raw GROUP BY p95; ${p50(trial, rawTrialStats)}; ${tbRows.length} accounts`),
      benchRow('reports.trialBalance p95 / target', trial.p95Ms, TARGET.reportMs, missed(trial.p95Ms, TARGET.reportMs)),
      benchRow('reports.profitAndLoss 2025 + 2024 (p95)', profit.p95Ms, rawProfitStats.p95Ms, `vs raw GROUP BY p95; ${p50(profit, rawProfitStats)}`),
      benchRow('reports.profitAndLoss p95 / target', profit.p95Ms, TARGET.reportMs, missed(profit.p95Ms, TARGET.reportMs)),
      benchRow('reports.vat 2025 + 2024 (p95)', vatStats.p95Ms, rawVatStats.p95Ms, `vs raw GROUP BY account, rate p95; ${p50(vatStats, rawVatStats)}`),
      benchRow('reports.vat p95 / target', vatStats.p95Ms, TARGET.reportMs, missed(vatStats.p95Ms, TARGET.reportMs)),
      benchRow('reports.generalLedger cash, 100 lines (p95)', ledger.p95Ms, rawLedger.p95Ms, `vs raw ORDER BY … LIMIT 100 OFFSET p95; ${p50(ledger, rawLedger)}; ${total} lines in 2025`),
      benchRow('reports.generalLedger p95 / target', ledger.p95Ms, TARGET.ledgerPageMs, missed(ledger.p95Ms, TARGET.ledgerPageMs)),
    ];
    // Diagnostic while journal_lines_account lacks vat_rate_id: the VAT report must read every
    // revenue and VAT line's row for its rate. The same report with the rate as the index's last
    // column (then covering), on the same rows — the figure the schema change would give.
    const indexColumns = db.prepare("SELECT name FROM pragma_index_info('journal_lines_account') ORDER BY seqno").pluck().all() as string[];
    if (!indexColumns.includes('vat_rate_id')) {
      db.exec('DROP INDEX journal_lines_account; CREATE INDEX journal_lines_account ON journal_lines(account_id, booked_on, amount_cents, vat_rate_id)');
      const wide = timeCalls(RUNS, () => { call<VatReport>('reports.vat', YEAR); }, 2);
      rows.push(benchRow('  diagnostic: reports.vat with index (account_id, booked_on, amount_cents, vat_rate_id) (p95)', wide.p95Ms, TARGET.reportMs,
        `${missed(wide.p95Ms, TARGET.reportMs)}; p50 ${wide.p50Ms.toFixed(1)} ms; index now ${indexColumns.join(', ')}`));
    }
    report('books', rows, { data, runs: RUNS, trial, rawTrialStats, profit, rawProfitStats, vat: vatStats, rawVatStats, ledger, rawLedger });
    console.log(`books bench data: ${data}`);
  });
});
