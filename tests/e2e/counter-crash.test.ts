/**
 * Crash test for the counter: the built browser-mode server sells in a loop and is killed with
 * SIGKILL at a random moment (10–150 ms into a burst of sequential checkouts). After each restart
 * on the same data dir:
 *   - every acknowledged checkout (HTTP answer `ok: true`) is still there, same number, same total;
 *   - at most the one in-flight checkout was committed on top of them (nothing else appeared);
 *   - retrying the in-flight checkout with the SAME clientRef answers the committed receipt if it
 *     had committed, or writes exactly one new receipt if it had not — never two;
 *   - receipt numbers are gap-free 1..N and `counter.verify` (hash chain, journal balance) is ok;
 *   - a copy of the files as the kill left them passes integrity_check and foreign_key_check.
 * At the end the server is stopped cleanly and the file itself is checked the same way.
 *
 * Cycles: KONTOR_CRASH_CYCLES (default 5, to keep `npm test` short). KONTOR_CRASH_SEED replays
 * a run's kill moments and carts (the seed is printed).
 *
 * The server is spawned here rather than with tests/helpers/server.ts because the test needs the
 * child's pid to SIGKILL it; the address line and arguments are the same.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import type { CartLineDraft, Receipt } from '../../src-shared/contract/sell';
import type { ShiftInfo } from '../../src-shared/contract/shift';
import { ean13CheckDigit } from '../../src-main/modules/setup/demo-data';
import { ROOT, SERVER_JS, tempDataDir } from '../helpers/server';

const CYCLES = Math.max(1, Number(process.env.KONTOR_CRASH_CYCLES ?? 5) || 5);
const SEED = Number(process.env.KONTOR_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KILL_AFTER_MS: [number, number] = [10, 150];
const START_TIMEOUT_MS = 30_000;
const ADDRESS_LINE = /Kontor is running at (http:\/\/\S+)/;
const OWNER = { username: 'owner', password: 'kontor-demo' };

/** mulberry32: a small seeded PRNG so a failing run can be replayed with KONTOR_CRASH_SEED. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Server {
  url: string;
  child: ChildProcess;
  pid: number;
  output(): string;
  exited: Promise<void>;
}

/** Spawns out/main/server.js on a free port and waits for its address line. */
async function spawnServer(dataDir: string, demo: boolean): Promise<Server> {
  if (!fs.existsSync(SERVER_JS)) throw new Error(`${path.relative(ROOT, SERVER_JS)} is missing: run npm run build first.`);
  const child = spawn(process.execPath, [SERVER_JS, '--port', '0', '--data', dataDir, ...(demo ? ['--demo'] : [])], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const output = () => `${stdout}${stderr ? `\n--- stderr ---\n${stderr}` : ''}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not print its address within ${START_TIMEOUT_MS / 1000} s.\n${output()}`));
    }, START_TIMEOUT_MS);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = ADDRESS_LINE.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace(/\/$/, ''));
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`The server could not be started: ${error.message}\n${output()}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited early (code ${code}, signal ${signal}).\n${output()}`));
    });
  });
  return { url, child, pid: child.pid!, output, exited };
}

async function killHard(server: Server): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) process.kill(server.pid, 'SIGKILL');
  await server.exited;
}

async function stopGracefully(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const killer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  server.child.kill('SIGTERM');
  await server.exited;
  clearTimeout(killer);
}

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

async function post<T>(server: Server, channel: string, body: unknown, token: string | null): Promise<Envelope<T>> {
  const response = await fetch(`${server.url}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Envelope<T>;
}

async function call<T>(server: Server, channel: string, body: unknown, token: string | null): Promise<T> {
  const envelope = await post<T>(server, channel, body, token);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}\n${server.output()}`);
  return envelope.data;
}

const signIn = async (server: Server, body: Record<string, string>) => (await call<{ token: string }>(server, 'auth.signIn', body, null)).token;

/** integrity_check + foreign_key_check on a database file (opened read-write so a WAL is recovered). */
function checkFile(file: string): { integrity: string; foreignKeyProblems: number; receipts: { number: number; total_cents: number; client_ref: string | null }[] } {
  const db = new Database(file);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    const receipts = db.prepare('SELECT number, total_cents, client_ref FROM sales WHERE register_id = 1 ORDER BY number').all() as
      { number: number; total_cents: number; client_ref: string | null }[];
    return { integrity, foreignKeyProblems, receipts };
  } finally {
    db.close();
  }
}

/** Copies kontor.db and its WAL as the kill left them, so checking them does not checkpoint the real file before the restart. */
function checkCopy(dataDir: string, scratch: string) {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  for (const name of ['kontor.db', 'kontor.db-wal']) {
    const from = path.join(dataDir, name);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(scratch, name));
  }
  return checkFile(path.join(scratch, 'kontor.db'));
}

interface Attempt {
  clientRef: string;
  body: { cart: { lines: { type: 'product'; productId: number; quantity: number }[] }; payments: { method: 'cash' | 'card'; amountCents: number }[]; clientRef: string };
}

interface Acknowledged {
  clientRef: string;
  number: string;
  totalCents: number;
  cycle: number;
}

const receiptSerial = (number: string) => Number(number.split('-')[1]);

const dirs: string[] = [];
const running: Server[] = [];

afterAll(async () => {
  for (const server of running) await killHard(server).catch(() => undefined);
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('counter crash safety', () => {
  test(`acknowledged sales survive SIGKILL (${CYCLES} cycles)`, async () => {
    const random = prng(SEED);
    console.log(`counter crash test: ${CYCLES} cycles, KONTOR_CRASH_SEED=${SEED}`);
    const dataDir = tempDataDir('kontor-crash-');
    const scratch = tempDataDir('kontor-crash-copy-');
    dirs.push(dataDir, scratch);

    const acknowledged: Acknowledged[] = [];
    let inFlight: Attempt | null = null;
    let attempts = 0;
    let committedInFlight = 0;
    let retriedNew = 0;
    let lastKnownReceipts = 0;
    let products: CartLineDraft[] = [];
    const perCycle: string[] = [];

    for (let cycle = 0; cycle <= CYCLES; cycle++) {
      const server = await spawnServer(dataDir, cycle === 0);
      running.push(server);
      expect(server.output(), 'the database must not be opened read-only after a crash').not.toMatch(/read-only/);
      const cashier = await signIn(server, { pin: '1111' });

      if (cycle === 0) {
        // The demo's piece goods: EAN-13 '4004211' + sequence + check digit; the first 24 are bread (by the piece).
        for (let sequence = 1; sequence <= 24; sequence++) {
          const first12 = `4004211${String(sequence).padStart(5, '0')}`;
          products.push(await call<CartLineDraft>(server, 'counter.lookup', { code: `${first12}${ean13CheckDigit(first12)}` }, cashier));
        }
        products = products.filter((p) => p.unit === 'piece');
        expect(products.length).toBeGreaterThan(10);
      } else {
        // 1. Before anything new: what the crash left. At most the in-flight checkout is on top of the acknowledged ones.
        const recent = await call<{ number: string }[]>(server, 'counter.receipt.recent', { limit: 1 }, cashier);
        const onFile = recent.length === 0 ? 0 : receiptSerial(recent[0]!.number);
        const lastAcknowledged = acknowledged.length === 0 ? 0 : receiptSerial(acknowledged.at(-1)!.number);
        expect(lastAcknowledged).toBeGreaterThanOrEqual(lastKnownReceipts);
        expect(onFile, 'receipts on file after the crash').toBeGreaterThanOrEqual(lastAcknowledged);
        expect(onFile, 'at most the in-flight checkout may have committed unacknowledged').toBeLessThanOrEqual(lastAcknowledged + (inFlight ? 1 : 0));

        // 2. Every acknowledged receipt of the previous burst is there with the same total.
        for (const ack of acknowledged.filter((a) => a.cycle === cycle - 1)) {
          const receipt = await call<Receipt>(server, 'counter.receipt.get', { number: ack.number }, cashier);
          expect(receipt.number).toBe(ack.number);
          expect(receipt.totalCents, `total of ${ack.number}`).toBe(ack.totalCents);
        }

        // 3. Retry the in-flight checkout with the same clientRef: the same receipt if it committed, one new one if not.
        if (inFlight) {
          const retried = await call<Receipt>(server, 'counter.checkout', inFlight.body, cashier);
          if (onFile > lastAcknowledged) {
            committedInFlight += 1;
            expect(receiptSerial(retried.number), 'a committed in-flight checkout answers its own receipt').toBe(onFile);
          } else {
            retriedNew += 1;
            expect(receiptSerial(retried.number), 'an uncommitted in-flight checkout is written once, now').toBe(onFile + 1);
          }
          const again = await call<Receipt>(server, 'counter.checkout', inFlight.body, cashier);
          expect(again.number, 'a second retry answers the same receipt').toBe(retried.number);
          expect(again.id).toBe(retried.id);
          acknowledged.push({ clientRef: inFlight.clientRef, number: retried.number, totalCents: retried.totalCents, cycle: cycle - 1 });
          inFlight = null;
        }

        // 4. The chain, the numbering and the journal.
        const owner = await signIn(server, OWNER);
        const verify = await call<{ receipts: number; ok: boolean; problems: unknown[] }>(server, 'counter.verify', {}, owner);
        expect(verify.problems).toEqual([]);
        expect(verify.ok).toBe(true);
        expect(verify.receipts).toBe(acknowledged.length);
        lastKnownReceipts = verify.receipts;
      }

      if (cycle === CYCLES) {
        // The last start only checks what the last crash left; then a clean stop and a check of the file itself.
        await stopGracefully(server);
        break;
      }

      const shift = await call<ShiftInfo | null>(server, 'shift.current', {}, cashier);
      if (!shift) await call<ShiftInfo>(server, 'shift.open', { floatCents: 10_000 }, cashier);

      // 5. The burst: sequential checkouts until the kill lands.
      const killAfter = KILL_AFTER_MS[0] + Math.floor(random() * (KILL_AFTER_MS[1] - KILL_AFTER_MS[0] + 1));
      const before = acknowledged.length;
      let killed = false;
      const timer = setTimeout(() => {
        killed = true;
        process.kill(server.pid, 'SIGKILL');
      }, killAfter);
      try {
        for (;;) {
          attempts += 1;
          const lineCount = 1 + Math.floor(random() * 3);
          const picks = Array.from({ length: lineCount }, () => products[Math.floor(random() * products.length)]!);
          const lines = picks.map((p) => ({ type: 'product' as const, productId: p.productId, quantity: (1 + Math.floor(random() * 3)) * 1000 }));
          const total = lines.reduce((a, l, i) => a + (picks[i]!.unitPriceCents * l.quantity) / 1000, 0);
          const split = random() < 0.5 && total > 100;
          const card = split ? total - 100 : 0;
          const cash = total - card + (random() < 0.5 ? 0 : 500);
          const clientRef = `crash-${SEED}-${cycle}-${attempts}`;
          const body: Attempt['body'] = {
            cart: { lines },
            payments: [...(card > 0 ? [{ method: 'card' as const, amountCents: card }] : []), { method: 'cash' as const, amountCents: cash }],
            clientRef,
          };
          inFlight = { clientRef, body };
          let envelope: Envelope<Receipt>;
          try {
            envelope = await post<Receipt>(server, 'counter.checkout', body, cashier);
          } catch (error) {
            if (!killed) throw error;
            break; // the in-flight attempt: no answer, maybe committed
          }
          if (!envelope.ok) throw new Error(`counter.checkout: ${envelope.error.code} ${envelope.error.message}`);
          expect(envelope.data.totalCents).toBe(total);
          acknowledged.push({ clientRef, number: envelope.data.number, totalCents: envelope.data.totalCents, cycle });
          inFlight = null;
        }
      } finally {
        clearTimeout(timer);
      }
      await killHard(server);
      expect(server.child.signalCode).toBe('SIGKILL');

      // 6. The files as the kill left them are sound (checked on a copy, so the restart still has to recover the WAL).
      const copy = checkCopy(dataDir, scratch);
      expect(copy.integrity).toBe('ok');
      expect(copy.foreignKeyProblems).toBe(0);
      perCycle.push(`cycle ${cycle + 1}: kill at ${killAfter} ms, ${acknowledged.length - before} acknowledged, in flight ${inFlight ? 'yes' : 'no'}`);
    }

    // 7. The file after a clean stop: sound, numbers gap-free 1..N, every acknowledged receipt with its total and clientRef.
    const final = checkFile(path.join(dataDir, 'kontor.db'));
    expect(final.integrity).toBe('ok');
    expect(final.foreignKeyProblems).toBe(0);
    expect(final.receipts.map((r) => r.number)).toEqual(final.receipts.map((_, i) => i + 1));
    expect(final.receipts.length).toBe(acknowledged.length);
    const byNumber = new Map(final.receipts.map((r) => [r.number, r]));
    for (const ack of acknowledged) {
      const row = byNumber.get(receiptSerial(ack.number));
      expect(row, `receipt ${ack.number}`).toBeDefined();
      expect(row!.total_cents).toBe(ack.totalCents);
      expect(row!.client_ref).toBe(ack.clientRef);
    }
    expect(new Set(acknowledged.map((a) => a.clientRef)).size).toBe(acknowledged.length);

    console.log([
      ...perCycle,
      `counter crash test: ${CYCLES} kills, ${attempts} checkouts attempted, ${acknowledged.length} receipts on file and accounted for, ` +
        `in-flight at the kill: ${committedInFlight} had committed (retry answered the same receipt), ${retriedNew} had not (retry wrote it once); no loss`,
    ].join('\n'));
  }, Math.max(120_000, CYCLES * 10_000));
});
