/** The feedback module's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const FEEDBACK_CHANNELS = [
  'feedback.record',
  'feedback.board',
  'feedback.get',
  'feedback.update',
  'feedback.owners',
  'feedback.counterHint',
  'feedback.charts',
] as const;
