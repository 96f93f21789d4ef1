/** Colours for kinds and statuses, the same on the board, in the detail and at the counter. */
import type { FeedbackKind, FeedbackStatus } from '../../../src-shared/contract/feedback';

export const KIND_COLORS: Record<FeedbackKind, string> = {
  complaint: 'red',
  wish: 'blue',
  lostSale: 'orange',
  question: 'grape',
};

export const STATUS_COLORS: Record<FeedbackStatus, string> = {
  new: 'blue',
  inReview: 'yellow',
  actionPlanned: 'violet',
  done: 'green',
  declined: 'gray',
};

/** Badges in sentence case and never cut off: German words are long, capitals harder to read. */
export const BADGE = { tt: 'none', size: 'md', style: { maxWidth: 'none', flexShrink: 0 } } as const;
