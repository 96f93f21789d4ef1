import type { Handlers } from '../../core/registry';
import { AppError } from '../../core/errors';
import { inspectBackup } from './files';
import * as backup from './service';

export const backupHandlers = {
  'backup.status': (_input, ctx) => backup.status(ctx.db, ctx.system, ctx.nowDate()),
  'backup.list': (_input, ctx) => {
    backup.requireManager(ctx);
    return backup.allBackups(ctx.db, ctx.system);
  },
  'backup.inspect': async (input, ctx) => {
    backup.requireManager(ctx);
    return inspectBackup(backup.backupPath(ctx, input.file, input.folder), input.file);
  },
  'backup.now': async (_input, ctx) => {
    const taken = await backup.takeBackup(ctx.system, 'manual', ctx.nowDate());
    ctx.audit('backup.now', taken.file);
    return taken;
  },
  'backup.restore': async (input, ctx) => {
    if (!ctx.session && !ctx.system.readOnly) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
    return backup.restore(ctx, input.file, input.folder);
  },
  'backup.settings.update': (input, ctx) => backup.updateSettings(ctx, input),
} satisfies Partial<Handlers>;
