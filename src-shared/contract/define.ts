/**
 * The contract mechanism. A channel is declared once with its input schema, its output type,
 * who may call it and which topics it changes; everything else (the registry, the transports,
 * the renderer's api) derives from these declarations.
 */
import type { z } from 'zod';
import type { Permission } from '../permissions';

/** `public`: anyone; `signedIn`: any signed-in staff member; otherwise the named permission. */
export type Access = 'public' | 'signedIn' | Permission;

/** What a write changed, announced to every window after the commit so stores refetch. */
export const TOPICS = [
  'setup', 'session', 'company', 'vatRates', 'security', 'staff', 'catalogue', 'audit',
  'parked', 'sales', 'shift', 'stock', 'ledger', 'counterSettings', 'backup', 'purchasing', 'deliveries',
  'feedback', 'customers', 'salesDocuments', 'production',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /**
   * A task runs outside the one-transaction rule: asynchronous work on the database as a whole
   * (backups, restore). Its handler is async and manages its own transactions.
   */
  task?: boolean;
  /** Empty for reads. A non-empty list makes the command a write (immediate transaction). */
  changes: readonly Topic[];
  /** Phantom field carrying the output type; never set at runtime. */
  readonly output?: O;
}

/** `channel<Output>()({ input, access, changes })` — the output type is given explicitly. */
export function channel<O>() {
  return <I extends z.ZodType>(def: { input: I; access: Access; changes?: readonly Topic[]; task?: boolean }): ChannelDef<I, O> => ({
    input: def.input,
    access: def.access,
    changes: def.changes ?? [],
    task: def.task ?? false,
  });
}
