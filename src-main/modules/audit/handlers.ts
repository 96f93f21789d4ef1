import type { Handlers } from '../../core/registry';
import { AppError } from '../../core/errors';
import { listAudit } from './service';

export const auditHandlers = {
  'audit.list': (input, ctx) => listAudit(ctx, input),
  'audit.actions': () => { throw new AppError('INTERNAL', 'not built yet'); },
  'audit.csv': () => { throw new AppError('INTERNAL', 'not built yet'); },
} satisfies Partial<Handlers>;
