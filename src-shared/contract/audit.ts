/** The audit log: who did what, when; filtered, paged and exported by the viewer in the staff tab. */
import { z } from '../zod-setup';
import { channel } from './define';
import { id } from './fields';
import { day } from './ledger';

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

/** The viewer's filters: local days (both ends included), who, an action or action prefix ('counter.'), free text. */
const auditFilter = {
  from: day.optional(),
  to: day.optional(),
  staffId: id.optional(),
  action: z.string().trim().max(60).optional(),
  text: z.string().trim().max(100).optional(),
};

export const auditContract = {
  /** Newest first; page on with `beforeId` (the last id seen). */
  'audit.list': channel<AuditEntry[]>()({
    input: z.strictObject({
      beforeId: z.int().positive().optional(),
      limit: z.int().min(1).max(500).default(100),
      ...auditFilter,
    }),
    access: 'audit.view',
  }),
  /** The distinct actions recorded so far, for the viewer's filter. */
  'audit.actions': channel<string[]>()({ input: z.strictObject({}), access: 'audit.view' }),
  /** Every matching row as CSV (semicolons, UTF-8 with BOM), newest first, at most 100,000 rows. */
  'audit.csv': channel<{ fileName: string; content: string }>()({
    input: z.strictObject(auditFilter),
    access: 'audit.view',
  }),
};
