import type { Handlers } from '../../core/registry';
import { auditCsv } from './csv';
import { auditActions, listAudit } from './service';

export const auditHandlers = {
  'audit.list': (input, ctx) => listAudit(ctx, input),
  'audit.actions': (_input, ctx) => auditActions(ctx),
  'audit.csv': (input, ctx) => auditCsv(ctx, input),
} satisfies Partial<Handlers>;
