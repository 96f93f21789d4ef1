/**
 * Shared pieces of the crash tests: spawn the built browser-mode server (out/main/server.js) with
 * its pid at hand so it can be SIGKILLed, talk to its HTTP API, a seeded PRNG so a run can be
 * replayed, and integrity checks of the files a kill left behind (on a copy, so the restart still
 * has to recover the WAL itself).
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isRunning, spawnServerProcess, stopProcess } from '../helpers/server';

export { prng } from '../helpers/prng';
export { assertBuilt } from '../helpers/server';

export const OWNER = { username: 'owner', password: 'kontor-demo' };

export interface Server {
  url: string;
  child: ChildProcess;
  pid: number;
  output(): string;
  exited: Promise<void>;
}

/** Spawns out/main/server.js on a free port and waits for its address line. */
export async function spawnServer(dataDir: string, demo: boolean): Promise<Server> {
  const server = await spawnServerProcess({ dataDir, demo });
  return { ...server, pid: server.child.pid! };
}

export async function killHard(server: { child: ChildProcess; pid: number; exited: Promise<void> }): Promise<void> {
  if (isRunning(server.child)) process.kill(server.pid, 'SIGKILL');
  await server.exited;
}

export async function stopGracefully(server: Server): Promise<void> {
  await stopProcess(server);
}

export interface ScheduledKill {
  /** The delay drawn for this kill, in ms. */
  afterMs: number;
  /** True once the SIGKILL has been sent. */
  killed: boolean;
  timer: ReturnType<typeof setTimeout>;
}

/** SIGKILLs the server after a delay drawn from `random` within [min, max] ms. */
export function scheduleKill(server: Server, random: () => number, [min, max]: readonly [number, number]): ScheduledKill {
  const afterMs = min + Math.floor(random() * (max - min + 1));
  const kill: ScheduledKill = {
    afterMs,
    killed: false,
    timer: setTimeout(() => {
      kill.killed = true;
      process.kill(server.pid, 'SIGKILL');
    }, afterMs),
  };
  return kill;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; details?: Record<string, unknown> } };

export async function post<T>(server: Server, channel: string, body: unknown, token: string | null): Promise<Envelope<T>> {
  const response = await fetch(`${server.url}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Envelope<T>;
}

export async function call<T>(server: Server, channel: string, body: unknown, token: string | null): Promise<T> {
  const envelope = await post<T>(server, channel, body, token);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}\n${server.output()}`);
  return envelope.data;
}

export const signIn = async (server: Server, body: Record<string, string>) => (await call<{ token: string }>(server, 'auth.signIn', body, null)).token;

export interface FileCheck {
  integrity: string;
  foreignKeyProblems: number;
  receipts: { number: number; total_cents: number; client_ref: string | null }[];
}

/** integrity_check + foreign_key_check on a database file (opened read-write so a WAL is recovered). */
export function checkFile(file: string): FileCheck {
  const db = new Database(file);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    const receipts = db.prepare('SELECT number, total_cents, client_ref FROM sales WHERE register_id = 1 ORDER BY number').all() as FileCheck['receipts'];
    return { integrity, foreignKeyProblems, receipts };
  } finally {
    db.close();
  }
}

/** Copies kontor.db and its WAL as the kill left them, so checking them does not checkpoint the real file before the restart. */
export function checkCopy(dataDir: string, scratch: string): FileCheck {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  for (const name of ['kontor.db', 'kontor.db-wal']) {
    const from = path.join(dataDir, name);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(scratch, name));
  }
  return checkFile(path.join(scratch, 'kontor.db'));
}

export const receiptSerial = (number: string) => Number(number.split('-')[1]);
