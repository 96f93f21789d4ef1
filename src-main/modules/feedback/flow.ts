/**
 * Working on an item in the back office: status along the flow, owner and resolution. Every
 * change appends one event with the values after it and is audited; the item row mirrors the
 * newest event (a test holds the two equal).
 */
import {
  canMove, FINAL_FEEDBACK_STATUSES, isReopening,
  type FeedbackDetail, type FeedbackEvent, type FeedbackStatus,
} from '../../../src-shared/contract/feedback';
import { requireSession, type Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { feedbackItem, ownerRow } from './lookups';

export interface UpdateInput {
  id: number;
  status: FeedbackStatus;
  ownerId: number | null;
  resolution: string;
  note: string;
}

export function feedbackDetail(ctx: Ctx, itemId: number): FeedbackDetail {
  const item = feedbackItem(ctx, itemId);
  const events = ctx.db.prepare(
    `SELECT e.id, e.at, s.name AS staffName, e.from_status AS fromStatus, e.to_status AS toStatus, o.name AS ownerName, e.resolution, e.note
     FROM feedback_events e JOIN staff s ON s.id = e.staff_id LEFT JOIN staff o ON o.id = e.owner_id
     WHERE e.item_id = ? ORDER BY e.id`,
  ).all(itemId) as FeedbackEvent[];
  return { ...item, events };
}

export function updateFeedback(ctx: Ctx, input: UpdateInput): FeedbackDetail {
  const session = requireSession(ctx);
  const item = feedbackItem(ctx, input.id);
  const statusChanges = input.status !== item.status;
  const changed = statusChanges || input.ownerId !== item.ownerId || input.resolution !== item.resolution;
  if (!changed) return feedbackDetail(ctx, input.id);

  const details = { from: item.status, to: input.status };
  if (!statusChanges && FINAL_FEEDBACK_STATUSES.includes(item.status)) {
    throw new AppError('CONFLICT', `Item ${item.id} is ${item.status}; reopen it to change it.`, { details: { reason: 'feedbackClosed', ...details } });
  }
  if (statusChanges && !canMove(item.status, input.status)) {
    throw new AppError('CONFLICT', `An item cannot move from ${item.status} to ${input.status}.`, { details: { reason: 'feedbackStatusJump', ...details } });
  }
  if (FINAL_FEEDBACK_STATUSES.includes(input.status) && input.resolution === '') {
    throw new AppError('VALIDATION', 'Say how it was resolved (the counter shows it).', { details: { reason: 'feedbackResolutionRequired', ...details } });
  }
  if (isReopening(item.status, input.status) && input.note === '') {
    throw new AppError('VALIDATION', 'Say why the item is reopened.', { details: { reason: 'feedbackReopenNoteRequired', ...details } });
  }
  if (input.ownerId !== null && input.ownerId !== item.ownerId) ownerRow(ctx, input.ownerId);

  const now = ctx.now();
  ctx.db.prepare('UPDATE feedback_items SET status = ?, owner_id = ?, resolution = ?, updated_at = ? WHERE id = ?')
    .run(input.status, input.ownerId, input.resolution, now, item.id);
  ctx.db.prepare(
    'INSERT INTO feedback_events (item_id, at, staff_id, from_status, to_status, owner_id, resolution, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(item.id, now, session.staffId, item.status, input.status, input.ownerId, input.resolution, input.note);
  ctx.audit('feedback.update', `feedback:${item.id}`,
    { status: item.status, ownerId: item.ownerId, resolution: item.resolution },
    { status: input.status, ownerId: input.ownerId, resolution: input.resolution, note: input.note });
  return feedbackDetail(ctx, item.id);
}
