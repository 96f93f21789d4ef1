/**
 * A full disk, simulated with PRAGMA max_page_count set to the database's current size: the next
 * command that needs a new page fails. For every such failure: the answer is STORAGE_FULL (a clear
 * message, no crash), the logical content (every table, every row) is exactly what it was before the
 * command, and once space is back (max_page_count raised) the very same command succeeds.
 * Commands: checkouts of growing size, returns, cash moves, shift close/open, settings updates.
 */
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import type { Receipt } from '../../src-shared/contract/sell';
import { counterCore } from '../helpers/counter';
import { logicalDump } from '../helpers/core';

const MIN_FAILURES = 60;
const UNLIMITED = 1_073_741_823;

type Who = 'cashier' | 'owner';
interface Command { kind: string; channel: string; input: Record<string, unknown>; who: Who }

test(`every command that hits a full disk fails with STORAGE_FULL, changes nothing, and succeeds once space is back (≥ ${MIN_FAILURES} failures)`, () => {
  const started = Date.now();
  const t = counterCore();
  const tokens: Record<Who, string> = { cashier: t.signInPin('1111'), owner: t.signInOwner() };
  t.setToken(null);
  const db = t.core.db;
  const products = db.prepare("SELECT id, price_cents FROM products WHERE unit = 'piece' AND active = 1 AND price_cents BETWEEN 50 AND 1500 ORDER BY id").all() as { id: number; price_cents: number }[];
  expect(products.length).toBeGreaterThan(40);

  const sales: Receipt[] = [];
  let seq = 0;
  let shiftOpen = true;
  const nextRef = () => `diskfull-${++seq}-ref`;

  /** The next command of a kind; inputs depend on what is on file now. */
  function make(kind: string, step: number): Command {
    if (!shiftOpen && kind !== 'settings') kind = 'shift';
    switch (kind) {
      case 'checkout': {
        const count = 1 + (step % 40); // growing carts: up to 40 lines
        const lines = Array.from({ length: count }, (_, i) => products[(step * 7 + i * 3) % products.length]!);
        const total = lines.reduce((sum, p) => sum + p.price_cents, 0);
        return {
          kind, channel: 'counter.checkout', who: 'cashier',
          input: { cart: { lines: lines.map((p) => ({ type: 'product', productId: p.id, quantity: 1000 })) }, payments: [{ method: 'cash', amountCents: total + (step % 3) * 100 }], clientRef: nextRef() },
        };
      }
      case 'return': {
        const sale = sales.find((s) => s.kind === 'sale' && s.lines.some((l) => l.returnableQuantity >= 1000));
        if (!sale) return make('checkout', step);
        const line = sale.lines.find((l) => l.returnableQuantity >= 1000)!;
        return { kind, channel: 'counter.return', who: 'owner', input: { saleId: sale.id, lines: [{ saleLineId: line.id, quantity: 1000 }], refundMethod: step % 2 ? 'card' : 'cash', clientRef: nextRef() } };
      }
      case 'cashMove':
        return { kind, channel: 'shift.cashMove', who: 'cashier', input: { direction: step % 2 ? 'in' : 'out', amountCents: 100 + step, reason: step % 2 ? 'changeFromBank' : 'pettyExpense', note: `Schritt ${step}` } };
      case 'shift':
        return shiftOpen
          ? { kind: 'shift.close', channel: 'shift.close', who: 'cashier', input: { counted: [{ denominationCents: 1000, count: 10 + (step % 5) }, { denominationCents: 50, count: step % 7 }], note: `Abschluss ${step}` } }
          : { kind: 'shift.open', channel: 'shift.open', who: 'cashier', input: { floatCents: 10_000 + step } };
      case 'settings':
        switch (step % 3) {
          case 0: return { kind: 'settings.security', channel: 'settings.security.update', who: 'owner', input: { pinMaxAttempts: 3 + (step % 10), pinLockMinutes: 1 + (step % 50), sessionHours: 1 + (step % 20) } };
          case 1: return { kind: 'settings.counter', channel: 'counter.settings.update', who: 'owner', input: { discountLimitBasisPoints: step % 5000, refundLimitCents: 100_000 + step, quickCashCents: [500, 1000, 2000 + step], embeddedPrefixes: { '21': 'price', '28': 'weight' } } };
          default: return {
            kind: 'settings.company', channel: 'settings.company.update', who: 'owner',
            input: { name: `Laden am Markt ${step}`, street: `Marktplatz ${step % 90}`, postalCode: '10115', city: 'Berlin', countryCode: 'DE', vatId: '', taxNumber: '', email: '', phone: '', language: 'de' },
          };
        }
      default:
        throw new Error(kind);
    }
  }

  function after(command: Command, data: unknown) {
    if (command.channel === 'counter.checkout' || command.channel === 'counter.return') sales.unshift(data as Receipt);
    if (command.channel === 'counter.return') {
      // Keep the sale's returnable quantities current for the next return.
      const original = sales.find((s) => s.id === (command.input.saleId as number));
      if (original) sales[sales.indexOf(original)] = t.core.invoke('counter.receipt.get', { id: original.id }, { token: tokens.owner }).ok
        ? (t.core.invoke('counter.receipt.get', { id: original.id }, { token: tokens.owner }) as { data: Receipt }).data : original;
    }
    if (command.channel === 'shift.close') shiftOpen = false;
    if (command.channel === 'shift.open') shiftOpen = true;
    if (sales.length > 30) sales.length = 30;
  }

  const kinds = ['checkout', 'return', 'cashMove', 'shift', 'settings', 'shiftOpen'];
  const unlimited = (command: Command) => {
    const limit = db.pragma('max_page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${UNLIMITED}`);
    const answer = t.core.invoke(command.channel, command.input, { token: tokens[command.who] });
    expect(answer, command.channel).toMatchObject({ ok: true });
    after(command, (answer as { data: unknown }).data);
    db.pragma(`max_page_count = ${Math.max(limit, db.pragma('page_count', { simple: true }) as number)}`);
  };
  const failuresByKind = new Map<string, number>();
  let failures = 0;
  let operations = 0;
  let rounds = 0;
  let step = 0;

  const EVERY_KIND = ['checkout', 'return', 'cashMove', 'shift.close', 'shift.open', 'settings.security', 'settings.counter', 'settings.company'];
  const kindMissing = () => EVERY_KIND.some((k) => !failuresByKind.has(k));
  // Until enough failures, and at least one of every kind (which kind a round hits depends on the schema's page layout).
  while ((failures < MIN_FAILURES || kindMissing()) && rounds < 400) {
    rounds += 1;
    const kind = kinds[rounds % kinds.length]!;
    // The disk is full from here: 0, 1 or 2 pages more than the file has now.
    const limit = (db.pragma('page_count', { simple: true }) as number) + (rounds % 3);
    db.pragma(`max_page_count = ${limit}`);
    expect(db.pragma('max_page_count', { simple: true })).toBe(limit);

    for (let attempt = 0; attempt < 2000; attempt++) {
      step += 1;
      // Shift rounds: close and open alternate, with a checkout now and then so shifts have sales.
      // shiftOpen rounds: only the opening runs short of space (the closing in between has room).
      if (kind === 'shiftOpen' && shiftOpen) unlimited(make('shift', step));
      const command = kind === 'shift' && shiftOpen && attempt % 4 === 1 ? make('checkout', step) : make(kind === 'shiftOpen' ? 'shift' : kind, step);
      // A byte copy of the database as it is now (cheap); dumped only if the command fails.
      const before = db.serialize();
      const answer = t.core.invoke(command.channel, command.input, { token: tokens[command.who] });
      operations += 1;
      if (answer.ok) {
        after(command, answer.data);
        continue;
      }
      expect(answer.error, `${command.channel} (round ${rounds}, step ${step})`).toMatchObject({ code: 'STORAGE_FULL', message: expect.stringMatching(/disk is full.*Nothing was saved/i) });
      before[18] = 1; // the copy is read as a rollback-journal database (it has no WAL of its own)
      before[19] = 1;
      const snapshot = new Database(before);
      expect(logicalDump(db) === logicalDump(snapshot), `${command.channel} left nothing behind`).toBe(true);
      snapshot.close();
      failures += 1;
      failuresByKind.set(command.kind, (failuresByKind.get(command.kind) ?? 0) + 1);

      // Space is back: the same command, same input, now succeeds.
      db.pragma(`max_page_count = ${UNLIMITED}`);
      const retried = t.core.invoke(command.channel, command.input, { token: tokens[command.who] });
      operations += 1;
      expect(retried, `${command.channel} after space is back`).toMatchObject({ ok: true });
      after(command, (retried as { data: unknown }).data);
      break;
    }
  }

  expect(failures).toBeGreaterThanOrEqual(MIN_FAILURES);
  for (const kind of EVERY_KIND) {
    expect(failuresByKind.get(kind) ?? 0, `failures of ${kind}`).toBeGreaterThan(0);
  }
  expect(t.errors, 'no command failed as INTERNAL').toEqual([]);

  // The records are whole: integrity, references, the chain, the journal.
  db.pragma(`max_page_count = ${UNLIMITED}`);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  t.setToken(tokens.owner);
  const verify = t.call('counter.verify', {});
  expect(verify).toMatchObject({ ok: true, problems: [] });
  expect(db.prepare("SELECT number FROM sales ORDER BY number").pluck().all()).toEqual(Array.from({ length: verify.receipts }, (_, i) => i + 1));
  t.close();

  console.log(`disk full: failures by command ${JSON.stringify(Object.fromEntries(failuresByKind))}, ${verify.receipts} receipts, ${Date.now() - started} ms`);
  console.log(`[fault] disk-full: rounds=${rounds}, operations=${operations}, lost=0, failures=0 (STORAGE_FULL refusals, each rolled back and retried: ${failures})`);
}, 60_000);
