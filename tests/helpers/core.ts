/** Test helpers: a real core on a real SQLite file in a fresh temp folder, with a manual clock. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { manualClock } from '../../src-main/core/clock';
import { createCore, type CoreOptions } from '../../src-main/core/core';
import type { Channel, Input, Output } from '../../src-shared/contract';
import { DEMO_CREDENTIALS } from '../../src-main/modules/setup/demo-data';

export function tempDir(prefix = 'kontor-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function testCore(options: Partial<CoreOptions> = {}) {
  const dataDir = options.dataDir ?? tempDir();
  const clock = manualClock();
  const errors: unknown[] = [];
  const core = createCore({ dataDir, clock, logger: { error: (_m, e) => errors.push(e) }, ...options });
  let token: string | null = null;

  /** Calls a channel as the currently signed-in person and unwraps the envelope (throws on error). */
  function call<C extends Channel>(channel: C, input: Input<C> | Record<string, unknown> = {}): Output<C> {
    const envelope = core.invoke(channel, input, { token });
    if (!envelope.ok) throw Object.assign(new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`), { body: envelope.error });
    return envelope.data as Output<C>;
  }

  return {
    core, clock, dataDir, errors, call,
    invoke: (channel: string, input: unknown) => core.invoke(channel, input, { token }),
    loadDemo() {
      call('setup.loadDemo', { language: 'de' });
    },
    signInPin(pin: string) {
      token = null;
      token = call('auth.signIn', { pin }).token;
      return token;
    },
    signInOwner() {
      token = null;
      token = call('auth.signIn', { username: DEMO_CREDENTIALS.owner.username, password: DEMO_CREDENTIALS.owner.password }).token;
      return token;
    },
    signedToken: () => token,
    setToken(next: string | null) {
      token = next;
    },
    close() {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A logical dump of every table (schema and rows), to prove a failed command changed nothing. */
export function logicalDump(db: import('better-sqlite3').Database): string {
  const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type IN ('table','index','trigger') ORDER BY name").all() as { name: string; sql: string | null }[];
  const parts = tables.map((t) => `${t.name}:${t.sql}`);
  for (const { name } of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]) {
    const rows = db.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort();
    parts.push(`${name}=${rows.join('|')}`);
  }
  return parts.join('\n');
}
