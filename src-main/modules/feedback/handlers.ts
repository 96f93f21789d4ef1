/** The feedback channels: thin wrappers over the services (each runs in the registry's one transaction). */
import type { Handlers } from '../../core/registry';
import { feedbackBoard, feedbackOwners } from './board';
import { feedbackCharts } from './charts';
import { feedbackDetail, updateFeedback } from './flow';
import { counterHint } from './hint';
import { recordFeedback } from './record';

export const feedbackHandlers = {
  'feedback.record': (input, ctx) => recordFeedback(ctx, input),
  'feedback.board': (input, ctx) => feedbackBoard(ctx, input),
  'feedback.get': (input, ctx) => feedbackDetail(ctx, input.id),
  'feedback.update': (input, ctx) => updateFeedback(ctx, input),
  'feedback.owners': (_input, ctx) => feedbackOwners(ctx),
  'feedback.counterHint': (input, ctx) => counterHint(ctx, input),
  'feedback.charts': (input, ctx) => feedbackCharts(ctx, input),
} satisfies Partial<Handlers>;
