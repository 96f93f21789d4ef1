/**
 * Manager approvals: a manager types their PIN at the cashier's screen to allow one discount,
 * price override, refund or void. An approval is used once, within ten minutes, and audited.
 */
import type { ApprovalAction } from '../../../src-shared/contract/sell';
import type { Permission } from '../../../src-shared/permissions';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError, CommandFailure } from '../../core/errors';
import { pinLookup } from '../auth/secrets';
import { installKey } from '../auth/staff';

export const PERMISSION_FOR: Record<ApprovalAction, Permission> = {
  discount: 'counter.discount',
  priceOverride: 'counter.priceOverride',
  refund: 'counter.refund',
  void: 'counter.void',
};

const VALID_MINUTES = 10;

export function approve(ctx: Ctx, pin: string, action: ApprovalAction) {
  const session = requireSession(ctx);
  const manager = ctx.db.prepare(
    `SELECT s.id, s.name FROM staff s JOIN role_permissions rp ON rp.role_id = s.role_id AND rp.permission = ?
     WHERE s.active = 1 AND s.pin_lookup = ?`,
  ).get(PERMISSION_FOR[action], pinLookup(installKey(ctx.db), pin)) as { id: number; name: string } | undefined;
  if (!manager) {
    ctx.audit('counter.approval.refused', action);
    return new CommandFailure(new AppError('FORBIDDEN', 'This PIN does not belong to someone who may approve this.', { details: { reason: 'approvalRefused' } }));
  }
  const expiresAt = new Date(ctx.nowDate().getTime() + VALID_MINUTES * 60_000).toISOString();
  const { lastInsertRowid } = ctx.db.prepare(
    'INSERT INTO approvals (action, manager_id, requested_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  ).run(action, manager.id, session.staffId, ctx.now(), expiresAt);
  ctx.audit('counter.approval', action, undefined, { approvalId: Number(lastInsertRowid), managerId: manager.id, managerName: manager.name });
  return { approvalId: Number(lastInsertRowid), managerName: manager.name, expiresAt };
}

/**
 * Lets an action through when the signed-in person may do it themselves, or when a valid, unused
 * approval for it is given (which is then used up). Otherwise FORBIDDEN with reason
 * 'approvalRequired', so the screen asks for a manager's PIN.
 */
export function authorise(ctx: Ctx, action: ApprovalAction, approvalId: number | undefined, subject: string): void {
  const session = requireSession(ctx);
  if (session.permissions.has(PERMISSION_FOR[action])) return;
  if (approvalId !== undefined) {
    const used = ctx.db.prepare(
      `UPDATE approvals SET used_at = ? WHERE id = ? AND action = ? AND requested_by = ? AND used_at IS NULL AND expires_at > ? RETURNING manager_id`,
    ).get(ctx.now(), approvalId, action, session.staffId, ctx.now()) as { manager_id: number } | undefined;
    if (used) {
      ctx.audit(`counter.${action}.approved`, subject, undefined, { approvalId, managerId: used.manager_id });
      return;
    }
  }
  throw new AppError('FORBIDDEN', `A manager has to approve this (${action}).`, { details: { reason: 'approvalRequired', action } });
}
