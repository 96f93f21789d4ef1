import type { Handlers } from '../../core/registry';
import { listAudit } from './service';

export const auditHandlers = {
  'audit.list': (input, ctx) => listAudit(ctx, input),
} satisfies Partial<Handlers>;
