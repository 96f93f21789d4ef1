/**
 * Browser-mode helpers for end-to-end tests and screenshots: start the built server
 * (`out/main/server.js`) as a child process on a free port, and launch the system Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_JS = path.join(ROOT, 'out/main/server.js');
export const CHROMIUM = process.env.KONTOR_CHROMIUM ?? '/usr/bin/chromium';

const START_TIMEOUT_MS = 30_000;
const ADDRESS_LINE = /Kontor is running at (http:\/\/\S+)/;

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGTERM and wait for the process to exit (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

export interface ServerOptions {
  dataDir: string;
  demo?: boolean;
}

/** A fresh, empty temp folder for a data dir. */
export function tempDataDir(prefix = 'kontor-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Throws a plain explanation when the browser-mode server has not been built. */
export function assertBuilt(): void {
  if (!fs.existsSync(SERVER_JS)) {
    throw new Error(`${path.relative(ROOT, SERVER_JS)} is missing: run npm run build first.`);
  }
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
}

/** Spawns out/main/server.js on a free port and waits for its address line. */
export async function spawnServerProcess({ dataDir, demo = false }: ServerOptions): Promise<ServerProcess> {
  assertBuilt();
  const args = [SERVER_JS, '--port', '0', '--data', dataDir, ...(demo ? ['--demo'] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const output = () => `${stdout}${stderr ? `\n--- stderr ---\n${stderr}` : ''}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not print its address within ${START_TIMEOUT_MS / 1000} s.\n${output()}`));
    }, START_TIMEOUT_MS);
    const done = (error: Error | null, address?: string) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(address!);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = ADDRESS_LINE.exec(stdout);
      if (match) done(null, match[1]!.replace(/\/$/, ''));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('error', (error) => done(new Error(`The server could not be started: ${error.message}\n${output()}`)));
    child.once('exit', (code, signal) => done(new Error(`The server exited early (code ${code}, signal ${signal}).\n${output()}`)));
  });
  return { url, child, output, exited };
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** SIGTERM and wait for the process to exit (SIGKILL after 10 s). */
export async function stopProcess({ child, exited }: Pick<ServerProcess, 'child' | 'exited'>): Promise<void> {
  if (!isRunning(child)) return;
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  child.kill('SIGTERM');
  await exited;
  clearTimeout(killer);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = await spawnServerProcess(options);
  return {
    url: server.url,
    dataDir: options.dataDir,
    output: server.output,
    stop: () => stopProcess(server),
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium was not found at ${CHROMIUM} (set KONTOR_CHROMIUM).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
