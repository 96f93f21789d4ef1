/**
 * The Kontor core: one database, one registry, the `changed` event stream. Every transport
 * (Electron IPC, HTTP in browser mode, in-process in tests) sits on top of this and nothing else.
 * A restore swaps the database underneath; callers keep the same core.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Topic } from '../../src-shared/contract';
import type { Envelope } from '../../src-shared/errors';
import { fsyncPath } from '../db/fsync';
import { DB_FILE, openDatabase, type OpenedDatabase } from '../db/open';
import type { Migration } from '../db/migrations';
import { createHandlers } from '../handlers';
import { resolveSession } from '../modules/auth/service';
import { systemClock, type Clock } from './clock';
import type { SystemServices } from './context';
import { createRegistry, type CallMeta, type Logger, type Registry } from './registry';

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  migrations?: readonly Migration[];
  logger?: Logger;
}

export type ChangedListener = (topics: readonly Topic[]) => void;

const consoleLogger: Logger = {
  error: (message, error) => console.error(`[kontor] ${message}`, error),
};

export function createCore(options: CoreOptions) {
  const clock = options.clock ?? systemClock;
  /** A healthy file that is older than its newest backup opens read-only (see backup/behind.ts). */
  const open = (checkAgainstBackups = true): OpenedDatabase =>
    openDatabase({ dataDir: options.dataDir, migrations: options.migrations, stamp: clock.now().toISOString(), checkAgainstBackups });
  let opened: OpenedDatabase = open();
  const events = new EventEmitter();

  const system: SystemServices = {
    dataDir: options.dataDir,
    get readOnly() { return opened.readOnly; },
    get problem() { return opened.problem; },
    get problemKind() { return opened.problemKind; },
    get databaseFile() { return opened.file; },
    currentDb: () => opened.db,
    async backupTo(destination) {
      await opened.db.backup(destination);
    },
    replaceDatabase(sourceFile) {
      const target = path.join(options.dataDir, DB_FILE);
      const temporary = `${target}.restoring`;
      // The copy is made while the live database is still open: if it fails (disk full), nothing changed.
      try {
        fs.copyFileSync(sourceFile, temporary);
        fsyncPath(temporary);
      } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
      }
      if (opened.db.open) opened.db.close();
      // The old write-ahead log belongs to the old file; it must not be replayed onto the new one.
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
      fs.renameSync(temporary, target);
      fsyncPath(options.dataDir);
      // A deliberate restore to an older state is not a loss.
      opened = open(false);
      registry = build();
    },
  };

  const build = (): Registry => createRegistry({
    db: opened.db,
    clock,
    handlers: createHandlers(system),
    resolveSession,
    onChanged: (topics) => events.emit('changed', topics),
    logger: options.logger ?? consoleLogger,
    system,
  });
  let registry = build();

  return {
    get db() { return opened.db; },
    get file() { return opened.file; },
    get readOnly() { return opened.readOnly; },
    get problem() { return opened.problem; },
    get migration() { return opened.migration; },
    system,
    clock,
    /** For the transports: every channel, answered as a promise. */
    invokeAsync: async (channel: string, input: unknown, meta?: CallMeta): Promise<Envelope<unknown>> => registry.invoke(channel, input, meta),
    /** Synchronous answer for transaction channels (tests, the server's start-up); tasks need invokeAsync. */
    invoke(channel: string, input: unknown, meta?: CallMeta): Envelope<unknown> {
      const envelope = registry.invoke(channel, input, meta);
      if (envelope instanceof Promise) throw new Error(`${channel} is a task: call invokeAsync`);
      return envelope;
    },
    onChanged(listener: ChangedListener): () => void {
      events.on('changed', listener);
      return () => events.off('changed', listener);
    },
    close(): void {
      events.removeAllListeners();
      if (opened.db.open) opened.db.close();
    },
  };
}

export type Core = ReturnType<typeof createCore>;
