/** The register this counter sells on, and its open shift. */
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';

/** One register per installation for now; the schema already numbers receipts per register. */
export const REGISTER_ID = 1;

export interface OpenShift {
  id: number;
  register_id: number;
  opened_at: string;
  opened_by: number;
  float_cents: number;
}

export function openShift(ctx: Ctx, registerId = REGISTER_ID): OpenShift | undefined {
  return ctx.db.prepare('SELECT id, register_id, opened_at, opened_by, float_cents FROM shifts WHERE register_id = ? AND closed_at IS NULL')
    .get(registerId) as OpenShift | undefined;
}

export function requireOpenShift(ctx: Ctx, registerId = REGISTER_ID): OpenShift {
  const shift = openShift(ctx, registerId);
  if (!shift) throw new AppError('CONFLICT', 'Open a shift first: no sale without an open shift.', { details: { reason: 'noOpenShift' } });
  return shift;
}

export function formatReceiptNumber(registerId: number, number: number): string {
  return `${registerId}-${String(number).padStart(6, '0')}`;
}

/** Accepts "1-000042", "1-42" or "42" (register 1). */
export function parseReceiptNumber(text: string): { registerId: number; number: number } | null {
  const match = /^\s*(?:(\d{1,4})-)?(\d{1,9})\s*$/.exec(text);
  if (!match) return null;
  return { registerId: match[1] ? Number(match[1]) : REGISTER_ID, number: Number(match[2]) };
}
