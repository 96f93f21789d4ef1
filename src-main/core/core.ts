/**
 * The Kontor core: one database, one registry, the `changed` event stream. Every transport
 * (Electron IPC, HTTP in browser mode, in-process in tests) sits on top of this and nothing else.
 */
import { EventEmitter } from 'node:events';
import type { Topic } from '../../src-shared/contract';
import { openDatabase } from '../db/open';
import type { Migration } from '../db/migrations';
import { createHandlers } from '../handlers';
import { resolveSession } from '../modules/auth/service';
import { systemClock, type Clock } from './clock';
import { createRegistry, type CallMeta, type Logger } from './registry';

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
  const opened = openDatabase({ dataDir: options.dataDir, migrations: options.migrations, stamp: clock.now().toISOString() });
  const events = new EventEmitter();
  const registry = createRegistry({
    db: opened.db,
    clock,
    handlers: createHandlers({ readOnly: opened.readOnly, problem: opened.problem }),
    resolveSession,
    onChanged: (topics) => events.emit('changed', topics),
    logger: options.logger ?? consoleLogger,
  });

  return {
    db: opened.db,
    file: opened.file,
    readOnly: opened.readOnly,
    problem: opened.problem,
    migration: opened.migration,
    invoke: (channel: string, input: unknown, meta?: CallMeta) => registry.invoke(channel, input, meta),
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
