/**
 * Retries of the same checkout or return (a lost answer, a crash, a double tap) carry the same
 * clientRef and get the receipt that was written the first time. A clientRef reused for a
 * different request is refused rather than answered with an unrelated receipt.
 */
import crypto from 'node:crypto';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';

export function requestHash(channel: string, input: { clientRef: string }): string {
  const { clientRef: _ref, ...request } = input;
  return crypto.createHash('sha256').update(channel).update('\n').update(JSON.stringify(request)).digest('hex');
}

/** The receipt a retried request already produced, if any. */
export function earlierReceipt(ctx: Ctx, clientRef: string, kind: 'sale' | 'return', hash: string): number | undefined {
  const row = ctx.db.prepare('SELECT id, kind, request_hash FROM sales WHERE client_ref = ?').get(clientRef) as
    { id: number; kind: string; request_hash: string | null } | undefined;
  if (!row) return undefined;
  if (row.kind !== kind || row.request_hash !== hash) {
    throw new AppError('CONFLICT', 'This request id was already used for a different request.', { details: { reason: 'clientRefReused' } });
  }
  return row.id;
}
