/**
 * The long crash test (`npm run test:faults`, after `npm run build`): the browser-mode server runs a
 * random mix of checkouts, returns and shift closes/opens and is SIGKILLed at a random moment,
 * KONTOR_FAULT_KILLS times (default 200). After every restart on the same data folder:
 *   - every acknowledged operation is there: receipts (sales and returns) with their number and
 *     total, Z reports with their number; at most the one in-flight operation committed on top;
 *   - the in-flight checkout/return retried with its clientRef answers the committed receipt, or is
 *     written exactly once now; an in-flight shift close/open either happened or did not, nothing between;
 *   - counter.verify (as owner: numbering, hash chain, journal balance) is ok and counts exactly the
 *     receipts accounted for;
 *   - a copy of the files as the kill left them passes integrity_check and foreign_key_check.
 * At the end the file after a clean stop: gap-free 1..N, every acknowledged receipt with its total.
 * KONTOR_FAULT_SEED replays a run (the seed is printed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { CartLineDraft, Receipt } from '../../src-shared/contract/sell';
import type { ShiftInfo, ShiftReport } from '../../src-shared/contract/shift';
import { ean13CheckDigit } from '../../src-main/modules/setup/demo-data';
import { tempDataDir } from '../helpers/server';
import {
  OWNER, call, checkCopy, checkFile, killHard, post, prng, receiptSerial, scheduleKill, signIn, spawnServer, stopGracefully, type Envelope, type Server,
} from './crash-harness';

const KILLS = Math.max(1, Number(process.env.KONTOR_FAULT_KILLS ?? 200) || 200);
const SEED = Number(process.env.KONTOR_FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KILL_AFTER_MS: [number, number] = [5, 160];

type Op =
  | { kind: 'checkout'; channel: 'counter.checkout'; body: Record<string, unknown>; token: 'cashier' }
  | { kind: 'return'; channel: 'counter.return'; body: Record<string, unknown>; token: 'owner'; saleId: number; lineId: number; quantity: number }
  | { kind: 'close'; channel: 'shift.close'; body: Record<string, unknown>; token: 'cashier' }
  | { kind: 'open'; channel: 'shift.open'; body: Record<string, unknown>; token: 'cashier' };

interface AckReceipt { number: string; totalCents: number; clientRef: string; cycle: number }

const dirs: string[] = [];
const running: Server[] = [];

afterAll(async () => {
  for (const server of running) await killHard(server).catch(() => undefined);
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

test(`acknowledged checkouts, returns and shift closes survive ${KILLS} SIGKILLs`, async () => {
  const started = Date.now();
  const random = prng(SEED);
  console.log(`counter mix crash test: ${KILLS} kills, KONTOR_FAULT_SEED=${SEED}`);
  const dataDir = tempDataDir('kontor-fault-mix-');
  const scratch = tempDataDir('kontor-fault-mix-copy-');
  dirs.push(dataDir, scratch);

  const receipts: AckReceipt[] = [];
  const zNumbers: number[] = [];
  /** Sales with what is still returnable per line (as acknowledged). */
  const returnable = new Map<number, Map<number, number>>();
  const counts = { checkout: 0, return: 0, close: 0, open: 0 };
  const inFlightOutcome = { committed: 0, notCommitted: 0, none: 0 };
  const problems: string[] = [];
  let lost = 0;
  let operations = 0;
  let inFlight: Op | null = null;
  let products: CartLineDraft[] = [];
  let refSeq = 0;

  const remember = (receipt: Receipt, op: Op, cycle: number) => {
    receipts.push({ number: receipt.number, totalCents: receipt.totalCents, clientRef: op.body.clientRef as string, cycle });
    if (op.kind === 'checkout') returnable.set(receipt.id, new Map(receipt.lines.map((l) => [l.id, l.returnableQuantity])));
    if (op.kind === 'return') {
      const lines = returnable.get(op.saleId);
      lines?.set(op.lineId, (lines.get(op.lineId) ?? 0) - op.quantity);
    }
  };

  function nextOp(shiftOpen: boolean, cycle: number): Op {
    if (!shiftOpen) return { kind: 'open', channel: 'shift.open', body: { floatCents: 10_000 + Math.floor(random() * 5000) }, token: 'cashier' };
    const dice = random();
    if (dice < 0.08) {
      return { kind: 'close', channel: 'shift.close', token: 'cashier', body: { counted: [{ denominationCents: 1000, count: Math.floor(random() * 30) }], note: `Abschluss ${cycle}` } };
    }
    if (dice < 0.25) {
      const candidates = [...returnable].flatMap(([saleId, lines]) => [...lines].filter(([, q]) => q >= 1000).map(([lineId]) => ({ saleId, lineId })));
      if (candidates.length > 0) {
        const pick = candidates[Math.floor(random() * candidates.length)]!;
        return {
          kind: 'return', channel: 'counter.return', token: 'owner', saleId: pick.saleId, lineId: pick.lineId, quantity: 1000,
          body: { saleId: pick.saleId, lines: [{ saleLineId: pick.lineId, quantity: 1000 }], refundMethod: random() < 0.5 ? 'cash' : 'card', clientRef: `mixret-${SEED}-${++refSeq}` },
        };
      }
    }
    const lineCount = 1 + Math.floor(random() * 4);
    const picks = Array.from({ length: lineCount }, () => products[Math.floor(random() * products.length)]!);
    const lines = picks.map((p) => ({ type: 'product' as const, productId: p.productId, quantity: (1 + Math.floor(random() * 3)) * 1000 }));
    const total = lines.reduce((a, l, i) => a + (picks[i]!.unitPriceCents * l.quantity) / 1000, 0);
    const card = random() < 0.4 && total > 100 ? total - 100 : 0;
    return {
      kind: 'checkout', channel: 'counter.checkout', token: 'cashier',
      body: {
        cart: { lines },
        payments: [...(card > 0 ? [{ method: 'card', amountCents: card }] : []), { method: 'cash', amountCents: total - card + (random() < 0.5 ? 0 : 500) }],
        clientRef: `mix-${SEED}-${++refSeq}`,
      },
    };
  }

  for (let cycle = 0; cycle <= KILLS; cycle++) {
    const server = await spawnServer(dataDir, cycle === 0);
    running.push(server);
    if (/read-only/.test(server.output())) problems.push(`cycle ${cycle}: opened read-only after the crash: ${server.output()}`);
    const tokens = { cashier: await signIn(server, { pin: '1111' }), owner: await signIn(server, OWNER) };

    if (cycle === 0) {
      for (let sequence = 1; sequence <= 24; sequence++) {
        const first12 = `4004211${String(sequence).padStart(5, '0')}`;
        products.push(await call<CartLineDraft>(server, 'counter.lookup', { code: `${first12}${ean13CheckDigit(first12)}` }, tokens.cashier));
      }
      products = products.filter((p) => p.unit === 'piece');
      expect(products.length).toBeGreaterThan(10);
    } else {
      // 1. What the crash left: at most the in-flight receipt on top of the acknowledged ones.
      const recent = await call<{ number: string }[]>(server, 'counter.receipt.recent', { limit: 1 }, tokens.cashier);
      const onFile = recent.length === 0 ? 0 : receiptSerial(recent[0]!.number);
      const lastAck = receipts.length === 0 ? 0 : receiptSerial(receipts.at(-1)!.number);
      const receiptInFlight = inFlight?.kind === 'checkout' || inFlight?.kind === 'return';
      if (onFile < lastAck) { lost += lastAck - onFile; problems.push(`cycle ${cycle}: ${lastAck - onFile} acknowledged receipt(s) missing`); }
      if (onFile > lastAck + (receiptInFlight ? 1 : 0)) problems.push(`cycle ${cycle}: ${onFile - lastAck} unacknowledged receipts appeared`);

      // 2. The previous burst's acknowledged receipts, each with its total.
      for (const ack of receipts.filter((r) => r.cycle === cycle - 1)) {
        const got = await post<Receipt>(server, 'counter.receipt.get', { number: ack.number }, tokens.cashier);
        operations += 1;
        if (!got.ok || got.data.totalCents !== ack.totalCents) { lost += 1; problems.push(`cycle ${cycle}: receipt ${ack.number} ${got.ok ? `total ${got.data.totalCents} ≠ ${ack.totalCents}` : got.error.code}`); }
      }

      // 3. Z reports: every acknowledged one is there; at most the in-flight close on top; numbers gap-free.
      const zList = await call<{ zNumber: number }[]>(server, 'shift.zReport.list', { limit: 200 }, tokens.cashier);
      const zOnFile = new Set(zList.map((z) => z.zNumber));
      const zMax = Math.max(0, ...zOnFile);
      for (const z of zNumbers.slice(-150)) if (!zOnFile.has(z)) { lost += 1; problems.push(`cycle ${cycle}: Z report ${z} missing`); }
      if (zMax > (zNumbers.at(-1) ?? 0) + (inFlight?.kind === 'close' ? 1 : 0)) problems.push(`cycle ${cycle}: an unacknowledged Z report appeared`);
      if (zMax > 0 && zList.length < Math.min(zMax, 200)) problems.push(`cycle ${cycle}: Z numbers have a gap`);

      // 4. The in-flight operation: retried (receipts) or looked at (shift).
      const shiftNow = await call<ShiftInfo | null>(server, 'shift.current', {}, tokens.cashier);
      if (inFlight && receiptInFlight) {
        const retried = await post<Receipt>(server, inFlight.channel, inFlight.body, tokens[inFlight.token]);
        operations += 1;
        if (!retried.ok) {
          problems.push(`cycle ${cycle}: retry of in-flight ${inFlight.kind} failed: ${retried.error.code} ${retried.error.message}`);
        } else {
          const committed = onFile > lastAck;
          const expected = committed ? onFile : onFile + 1;
          if (receiptSerial(retried.data.number) !== expected) problems.push(`cycle ${cycle}: retry answered ${retried.data.number}, expected serial ${expected}`);
          inFlightOutcome[committed ? 'committed' : 'notCommitted'] += 1;
          const again = await post<Receipt>(server, inFlight.channel, inFlight.body, tokens[inFlight.token]);
          operations += 1;
          if (!again.ok || again.data.id !== retried.data.id) problems.push(`cycle ${cycle}: a second retry did not answer the same receipt`);
          remember(retried.data, inFlight, cycle - 1);
        }
      } else if (inFlight?.kind === 'close') {
        inFlightOutcome[shiftNow === null ? 'committed' : 'notCommitted'] += 1;
        if (shiftNow === null) zNumbers.push(zMax);
      } else if (inFlight?.kind === 'open') {
        inFlightOutcome[shiftNow !== null ? 'committed' : 'notCommitted'] += 1;
      } else {
        inFlightOutcome.none += 1;
      }
      inFlight = null;

      // 5. Chain, numbering, journal balance — and exactly the receipts accounted for.
      const verify = await call<{ receipts: number; ok: boolean; problems: unknown[] }>(server, 'counter.verify', {}, tokens.owner);
      operations += 1;
      if (!verify.ok || verify.problems.length > 0) problems.push(`cycle ${cycle}: counter.verify: ${JSON.stringify(verify.problems)}`);
      if (verify.receipts !== receipts.length) problems.push(`cycle ${cycle}: verify counts ${verify.receipts} receipts, ${receipts.length} accounted for`);
    }

    if (cycle === KILLS) {
      await stopGracefully(server);
      break;
    }

    // 6. The burst: sequential operations until the kill lands.
    let shiftOpen = (await call<ShiftInfo | null>(server, 'shift.current', {}, tokens.cashier)) !== null;
    const kill = scheduleKill(server, random, KILL_AFTER_MS);
    try {
      for (;;) {
        const op = nextOp(shiftOpen, cycle);
        inFlight = op;
        let envelope: Envelope<unknown>;
        try {
          envelope = await post<unknown>(server, op.channel, op.body, tokens[op.token]);
        } catch (error) {
          if (!kill.killed) throw error;
          break; // no answer: the in-flight operation, maybe committed
        }
        operations += 1;
        counts[op.kind] += 1;
        inFlight = null;
        if (!envelope.ok) {
          problems.push(`cycle ${cycle}: ${op.channel} answered ${envelope.error.code} ${envelope.error.message}`);
          continue;
        }
        if (op.kind === 'checkout' || op.kind === 'return') remember(envelope.data as Receipt, op, cycle);
        if (op.kind === 'close') {
          zNumbers.push((envelope.data as ShiftReport).zNumber!);
          shiftOpen = false;
        }
        if (op.kind === 'open') shiftOpen = true;
      }
    } finally {
      clearTimeout(kill.timer);
    }
    await killHard(server);
    if (server.child.signalCode !== 'SIGKILL') problems.push(`cycle ${cycle}: the server was not killed by SIGKILL`);

    // 7. The files as the kill left them.
    const copy = checkCopy(dataDir, scratch);
    if (copy.integrity !== 'ok' || copy.foreignKeyProblems !== 0) problems.push(`cycle ${cycle}: copy integrity ${copy.integrity}, ${copy.foreignKeyProblems} foreign-key problems`);
    if (problems.length > 20) break;
  }

  // 8. The file after a clean stop.
  const final = checkFile(path.join(dataDir, 'kontor.db'));
  if (final.integrity !== 'ok' || final.foreignKeyProblems !== 0) problems.push(`final: integrity ${final.integrity}, ${final.foreignKeyProblems} foreign-key problems`);
  const numbers = final.receipts.map((r) => r.number);
  if (numbers.some((n, i) => n !== i + 1)) problems.push('final: receipt numbers are not gap-free 1..N');
  const byNumber = new Map(final.receipts.map((r) => [r.number, r]));
  for (const ack of receipts) {
    const row = byNumber.get(receiptSerial(ack.number));
    if (!row || row.total_cents !== ack.totalCents || row.client_ref !== ack.clientRef) { lost += 1; problems.push(`final: receipt ${ack.number} missing or changed`); }
  }
  if (final.receipts.length !== receipts.length) problems.push(`final: ${final.receipts.length} receipts on file, ${receipts.length} accounted for`);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`counter mix crash test: ${JSON.stringify(counts)} acknowledged, ${receipts.length} receipts, ${zNumbers.length} Z reports; ` +
    `in flight at the kill: ${inFlightOutcome.committed} had committed, ${inFlightOutcome.notCommitted} had not, ${inFlightOutcome.none} none; ${seconds} s`);
  console.log(`[fault] counter-mix-crash: rounds=${KILLS}, operations=${operations}, lost=${lost}, failures=${problems.length - lost}`);
  expect(problems).toEqual([]);
  expect(lost).toBe(0);
}, 30 * 60_000);
