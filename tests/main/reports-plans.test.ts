/**
 * The reports' speed rests on their query plans, not on the data: every read of journal_lines must
 * be an index search — per account and day range on journal_lines(account_id, booked_on,
 * amount_cents), or per entry on journal_lines_entry — never a scan of the table. The statements
 * are recorded while the real report functions run, then EXPLAINed with the same arguments. (The
 * app runs no ANALYZE, so the planner chooses the same plans for ten rows as for millions.)
 */
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src-main/core/context';
import { balanceSheet } from '../../src-main/modules/reports/balance-sheet';
import { generalLedger } from '../../src-main/modules/reports/general-ledger';
import { profitAndLoss } from '../../src-main/modules/reports/profit-and-loss';
import { trialBalance } from '../../src-main/modules/reports/trial-balance';
import { vatReport } from '../../src-main/modules/reports/vat';
import { accountByNumber, booksCore, expense, saleOn, type BooksCore } from '../helpers/books';

interface Recorded { sql: string; args: unknown[] }

/** A db whose statements note their SQL and arguments. */
function recordingDb(db: Database.Database, log: Recorded[]): Database.Database {
  return new Proxy(db, {
    get(target, key) {
      if (key !== 'prepare') return Reflect.get(target, key) as unknown;
      return (sql: string) => {
        const statement = target.prepare(sql);
        const note = (args: unknown[]) => log.push({ sql, args });
        return new Proxy(statement, {
          get(s, k) {
            if (k === 'all' || k === 'get') return (...args: unknown[]) => { note(args); return (s[k] as (...a: unknown[]) => unknown)(...args); };
            if (k === 'pluck') return () => { s.pluck(); return new Proxy(s, this); };
            return Reflect.get(s, k) as unknown;
          },
        });
      };
    },
  });
}

function indexHasRate(db: Database.Database): boolean {
  return (db.prepare("SELECT name FROM pragma_index_info('journal_lines_account')").pluck().all() as string[]).includes('vat_rate_id');
}

function plansOf(db: Database.Database, log: Recorded[]): { sql: string; plan: string[] }[] {
  return log.filter((r) => r.sql.includes('journal_lines')).map((r) => ({
    sql: r.sql.replace(/\s+/g, ' '),
    plan: (db.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.args) as { detail: string }[]).map((p) => p.detail),
  }));
}

describe('report query plans', () => {
  let t: BooksCore;
  beforeAll(() => {
    t = booksCore();
    saleOn(t, '2026-02-02', [{ product: 'Bauernbrot' }, { product: 'Cola 0,5 l' }], { method: 'cash' });
    expense(t, { bookedOn: '2026-02-03', text: 'Papier', grossCents: 1190, rateBasisPoints: 1900, account: '4930', paidFrom: 'bank' });
  });
  afterAll(() => t?.close());

  const range = { from: '2026-02-01', to: '2026-02-28' };
  const reports: [string, (ctx: Pick<Ctx, 'db'>) => unknown][] = [
    ['trial balance', (ctx) => trialBalance(ctx, range)],
    ['profit and loss', (ctx) => profitAndLoss(ctx, range)],
    ['balance sheet', (ctx) => balanceSheet(ctx, '2026-02-28')],
    ['VAT', (ctx) => vatReport(ctx, range)],
    ['general ledger', (ctx) => generalLedger(ctx, { accountId: accountByNumber(t, '1000'), ...range, offset: 0, limit: 10 })],
  ];

  for (const [name, run] of reports) {
    it(`${name}: journal_lines only through index searches`, () => {
      const log: Recorded[] = [];
      run({ db: recordingDb(t.core.db, log) });
      const plans = plansOf(t.core.db, log);
      expect(plans.length).toBeGreaterThan(0);
      for (const { sql, plan } of plans) {
        const lines = plan.filter((p) => /journal_lines|\bl\b/.test(p) && !/journal_entries|accounts|\ba\b USING|\be\b USING/.test(p));
        expect(lines.length, sql).toBeGreaterThan(0);
        for (const step of lines) {
          expect(step, sql).toMatch(/^SEARCH (l|journal_lines) USING (COVERING )?INDEX journal_lines_(account|entry) /);
        }
        // Range sums must not touch the table rows at all — the VAT's per-rate sums too once the
        // index carries vat_rate_id (until then they read each revenue and VAT line's row).
        const rated = /vat_rate_id/.test(sql) && !indexHasRate(t.core.db);
        if (/sum\(l?\.?amount_cents\)|sum\(CASE WHEN /.test(sql) && !rated && !/source_type/.test(sql)) {
          expect(lines.every((s) => s.includes('COVERING INDEX journal_lines_account')), `${sql}\n${plan.join('\n')}`).toBe(true);
        }
      }
    });
  }
});
