/**
 * Foundation bench: the raw-SQLite sale reference, and what the command path (validate, resolve
 * the session, check the permission, run in a transaction, announce changes) costs on top of
 * SQLite. Figures are reported as ratios to the reference measured in this run; the test asserts
 * only that the numbers are sane, never a time limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src-shared/contract';
import { resolveSession } from '../../src-main/modules/auth/service';
import { testCore } from '../helpers/core';
import { measureRawSaleReference, timeCalls, type RawSaleReference, type TimingStats } from './reference';
import { benchRow, report, type BenchRow } from './report';

const REFERENCE_TX = 2000;
const READ_CALLS = 2000;
const WRITE_CALLS = 500;
const DIAGNOSTIC_CALLS = 2000;

function expectSane(stats: TimingStats | RawSaleReference): void {
  for (const value of Object.values(stats)) {
    expect(Number.isFinite(value), `${JSON.stringify(stats)}`).toBe(true);
    expect(value).toBeGreaterThan(0);
  }
}

describe('foundation bench', () => {
  let bench: ReturnType<typeof testCore>;
  let token: string;

  beforeAll(() => {
    bench = testCore();
    bench.loadDemo();
    token = bench.signInPin('1111');
  });

  afterAll(() => {
    bench?.close();
  });

  it('measures the command path against the raw SQLite sale reference', () => {
    const reference = measureRawSaleReference({ transactions: REFERENCE_TX });
    expectSane(reference);

    // (b) the app's command path, through core.invoke as a signed-in cashier.
    const read = timeCalls(READ_CALLS, () => {
      const envelope = bench.invoke('settings.vatRates.list', {});
      if (!envelope.ok) throw new Error(`settings.vatRates.list: ${envelope.error.code}`);
    });

    let changedEvents = 0;
    const unsubscribe = bench.core.onChanged(() => {
      changedEvents += 1;
    });
    const write = timeCalls(WRITE_CALLS, () => {
      const envelope = bench.invoke('auth.setLanguage', { language: 'de' });
      if (!envelope.ok) throw new Error(`auth.setLanguage: ${envelope.error.code}`);
    }, 50);
    // Setting the language it already has leaves every page clean, so SQLite's commit has nothing
    // to write or fsync. Alternating the language makes each call a real durable write.
    const languageFor = (i: number) => (i % 2 === 0 ? 'en' : 'de');
    const writeDurable = timeCalls(WRITE_CALLS, (i) => {
      const envelope = bench.invoke('auth.setLanguage', { language: languageFor(i) });
      if (!envelope.ok) throw new Error(`auth.setLanguage: ${envelope.error.code}`);
    }, 50);
    unsubscribe();
    expect(changedEvents).toBe(2 * (WRITE_CALLS + 50));

    // Diagnostics: the pieces of the command path on their own, to see where the overhead sits.
    const db = bench.core.db;
    const now = bench.clock.now().toISOString();
    const parse = timeCalls(DIAGNOSTIC_CALLS, () => {
      if (!contract['settings.vatRates.list'].input.safeParse({}).success) throw new Error('parse failed');
    });
    const session = timeCalls(DIAGNOSTIC_CALLS, () => {
      if (!resolveSession(db, token, now)) throw new Error('no session');
    });
    const vatSql = `SELECT v.id, v.name, v.rate_bp, v.retired_at,
      (SELECT count(*) FROM products p WHERE p.vat_rate_id = v.id) AS used_by FROM vat_rates v
      ORDER BY v.retired_at IS NOT NULL, v.rate_bp DESC, v.id`;
    const vatStmt = db.prepare(vatSql);
    const rawRead = timeCalls(DIAGNOSTIC_CALLS, () => {
      vatStmt.all();
    });
    const prepareOnly = timeCalls(DIAGNOSTIC_CALLS, () => {
      db.prepare(vatSql);
    });
    const staffId = resolveSession(db, token, now)?.staffId;
    if (staffId === undefined) throw new Error('no session');
    const updateStmt = db.prepare('UPDATE staff SET language = ? WHERE id = ?');
    const rawWriteTx = db.transaction(() => updateStmt.run('de', staffId));
    const rawWrite = timeCalls(WRITE_CALLS, () => {
      rawWriteTx.immediate();
    }, 50);

    const rawWriteDurableTx = db.transaction((language: string) => updateStmt.run(language, staffId));
    const rawWriteDurable = timeCalls(WRITE_CALLS, (i) => {
      rawWriteDurableTx.immediate(languageFor(i));
    }, 50);

    const all = [read, write, writeDurable, parse, session, rawRead, prepareOnly, rawWrite, rawWriteDurable];
    for (const stats of all) expectSane(stats);

    const ref = reference.perTxMs;
    const rows: BenchRow[] = [
      benchRow('raw sale tx (mean)', reference.perTxMs, ref, `${reference.transactions} tx, ${reference.txPerSecond.toFixed(0)} tx/s`),
      benchRow('raw sale tx (p50)', reference.p50Ms, reference.p50Ms),
      benchRow('raw sale tx (p95)', reference.p95Ms, reference.p50Ms, 'vs raw p50'),
      benchRow('read settings.vatRates.list (mean)', read.meanMs, ref, `${READ_CALLS} calls`),
      benchRow('read settings.vatRates.list (p50)', read.p50Ms, reference.p50Ms, 'vs raw p50'),
      benchRow('read settings.vatRates.list (p95)', read.p95Ms, reference.p95Ms, 'vs raw p95'),
      benchRow('write auth.setLanguage (mean)', write.meanMs, ref, `${WRITE_CALLS} calls; the headline ratio`),
      benchRow('write auth.setLanguage (p50)', write.p50Ms, reference.p50Ms, 'vs raw p50'),
      benchRow('write auth.setLanguage (p95)', write.p95Ms, reference.p95Ms, 'vs raw p95'),
      benchRow('write auth.setLanguage en/de (mean)', writeDurable.meanMs, ref, `${WRITE_CALLS} calls; every call changes a row`),
      benchRow('write auth.setLanguage en/de (p95)', writeDurable.p95Ms, reference.p95Ms, 'vs raw p95'),
      benchRow('  part: input safeParse (mean)', parse.meanMs, ref),
      benchRow('  part: resolveSession (mean)', session.meanMs, ref, 'sha256 + 2 db.prepare per call'),
      benchRow('  part: db.prepare vatRates SQL (mean)', prepareOnly.meanMs, ref),
      benchRow('  part: vatRates SELECT, prepared once (mean)', rawRead.meanMs, ref),
      benchRow('  part: raw UPDATE staff in immediate tx (mean)', rawWrite.meanMs, ref, 'same write, no command path'),
      benchRow('  part: raw UPDATE staff en/de in immediate tx (mean)', rawWriteDurable.meanMs, ref, 'durable write, no command path'),
      benchRow('write command / same raw write (mean)', write.meanMs, rawWrite.meanMs, 'command-path overhead on a write'),
      benchRow('write en/de command / same raw write (mean)', writeDurable.meanMs, rawWriteDurable.meanMs, 'overhead on a durable write'),
      benchRow('read command / raw SELECT (mean)', read.meanMs, rawRead.meanMs, 'command-path overhead on a read'),
    ];
    report('foundation', rows, { reference, read, write, writeDurable, parse, resolveSession: session, prepareOnly, rawRead, rawWrite, rawWriteDurable });

    const headline = write.meanMs / reference.perTxMs;
    expect(Number.isFinite(headline)).toBe(true);
    expect(headline).toBeGreaterThan(0);
  });
});
