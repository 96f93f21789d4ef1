/**
 * Shared pieces of the crash tests: spawn the built browser-mode server (out/main/server.js) with
 * its pid at hand so it can be SIGKILLed, talk to its HTTP API, a seeded PRNG so a run can be
 * replayed, and integrity checks of the files a kill left behind (on a copy, so the restart still
 * has to recover the WAL itself).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, SERVER_JS } from '../helpers/server';

const START_TIMEOUT_MS = 30_000;
const ADDRESS_LINE = /Kontor is running at (http:\/\/\S+)/;
export const OWNER = { username: 'owner', password: 'kontor-demo' };

/** mulberry32: a small seeded PRNG so a failing run can be replayed with its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Server {
  url: string;
  child: ChildProcess;
  pid: number;
  output(): string;
  exited: Promise<void>;
}

export function assertBuilt(): void {
  if (!fs.existsSync(SERVER_JS)) throw new Error(`${path.relative(ROOT, SERVER_JS)} is missing: run npm run build first.`);
}

/** Spawns out/main/server.js on a free port and waits for its address line. */
export async function spawnServer(dataDir: string, demo: boolean): Promise<Server> {
  assertBuilt();
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

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

export async function killHard(server: { child: ChildProcess; pid: number; exited: Promise<void> }): Promise<void> {
  if (isRunning(server.child)) process.kill(server.pid, 'SIGKILL');
  await server.exited;
}

export async function stopGracefully(server: Server): Promise<void> {
  if (!isRunning(server.child)) return;
  const killer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  server.child.kill('SIGTERM');
  await server.exited;
  clearTimeout(killer);
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
