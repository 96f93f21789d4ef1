/** The audit log: who did what, when (the viewer comes with the staff module). */
import { z } from '../zod-setup';
import { channel } from './define';

export interface AuditEntry {
  id: number;
  at: string;
  staffId: number | null;
  staffName: string | null;
  action: string;
  subject: string | null;
  before: unknown;
  after: unknown;
}

export const auditContract = {
  'audit.list': channel<AuditEntry[]>()({
    input: z.strictObject({
      beforeId: z.int().positive().optional(),
      limit: z.int().min(1).max(500).default(100),
      action: z.string().max(60).optional(),
    }),
    access: 'audit.view',
  }),
};
