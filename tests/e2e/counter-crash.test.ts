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
 * The server is spawned with tests/faults/crash-harness.ts (shared with the long fault tests under
 * `npm run test:faults`) because the test needs the child's pid to SIGKILL it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CartLineDraft, Receipt } from '../../src-shared/contract/sell';
import type { ShiftInfo } from '../../src-shared/contract/shift';
import { ean13CheckDigit } from '../../src-main/modules/setup/demo-data';
import { tempDataDir } from '../helpers/server';
import {
  OWNER, call, checkCopy, checkFile, killHard, post, prng, receiptSerial, scheduleKill, signIn, spawnServer, stopGracefully, type Envelope, type Server,
} from '../faults/crash-harness';

const CYCLES = Math.max(1, Number(process.env.KONTOR_CRASH_CYCLES ?? 5) || 5);
const SEED = Number(process.env.KONTOR_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KILL_AFTER_MS: [number, number] = [10, 150];

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
      const kill = scheduleKill(server, random, KILL_AFTER_MS);
      const before = acknowledged.length;
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
            if (!kill.killed) throw error;
            break; // the in-flight attempt: no answer, maybe committed
          }
          if (!envelope.ok) throw new Error(`counter.checkout: ${envelope.error.code} ${envelope.error.message}`);
          expect(envelope.data.totalCents).toBe(total);
          acknowledged.push({ clientRef, number: envelope.data.number, totalCents: envelope.data.totalCents, cycle });
          inFlight = null;
        }
      } finally {
        clearTimeout(kill.timer);
      }
      await killHard(server);
      expect(server.child.signalCode).toBe('SIGKILL');

      // 6. The files as the kill left them are sound (checked on a copy, so the restart still has to recover the WAL).
      const copy = checkCopy(dataDir, scratch);
      expect(copy.integrity).toBe('ok');
      expect(copy.foreignKeyProblems).toBe(0);
      perCycle.push(`cycle ${cycle + 1}: kill at ${kill.afterMs} ms, ${acknowledged.length - before} acknowledged, in flight ${inFlight ? 'yes' : 'no'}`);
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

    console.log(`[fault] counter-crash: rounds=${CYCLES}, operations=${attempts}, lost=0, failures=0`);
    console.log([
      ...perCycle,
      `counter crash test: ${CYCLES} kills, ${attempts} checkouts attempted, ${acknowledged.length} receipts on file and accounted for, ` +
        `in-flight at the kill: ${committedInFlight} had committed (retry answered the same receipt), ${retriedNew} had not (retry wrote it once); no loss`,
    ].join('\n'));
  }, Math.max(120_000, CYCLES * 10_000));
});
