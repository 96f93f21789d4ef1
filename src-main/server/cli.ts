/**
 * `npm run serve -- --port <port> --data <folder> [--demo]`: Kontor in browser mode on
 * 127.0.0.1. Also reads KONTOR_PORT and KONTOR_DATA_DIR. `--demo` loads the demo shop into an
 * empty data folder.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core';
import { defaultDataDir } from '../core/paths';
import { startBackupScheduler } from '../modules/backup/scheduler';
import { createHttpServer } from './http';

export const DEFAULT_PORT = 4380;

export async function runServer(argv: string[] = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, data: { type: 'string' }, demo: { type: 'boolean', default: false } },
    strict: true,
  });
  const port = Number(values.port ?? process.env.KONTOR_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}`);
  const dataDir = values.data ?? defaultDataDir();

  const core = createCore({ dataDir });
  if (core.readOnly) console.error(`[kontor] The database was opened read-only: ${core.problem}`);
  if (core.migration?.backupPath) console.log(`[kontor] Backup before migrating: ${core.migration.backupPath}`);
  if (values.demo && !core.readOnly) {
    const status = core.invoke('setup.status', {});
    if (status.ok && (status.data as { state: string }).state === 'new') {
      const demo = core.invoke('setup.loadDemo', { language: 'de' });
      if (!demo.ok) throw new Error(`demo shop could not be loaded: ${demo.error.message}`);
      console.log('[kontor] Demo shop loaded.');
    }
  }

  const stopBackups = startBackupScheduler(core.system, () => new Date(), (message) => console.log(`[kontor] ${message}`));
  const staticDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const app = await createHttpServer({ core, staticDir });
  const stop = async () => {
    stopBackups();
    await app.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const address = await app.listen({ host: '127.0.0.1', port });
  console.log(`[kontor] Kontor is running at ${address}  (data: ${dataDir})`);

  return { app, core, address };
}

runServer().catch((error: unknown) => {
  console.error(`[kontor] ${(error as Error).message}`);
  process.exit(1);
});
