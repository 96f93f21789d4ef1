/** Valid sample inputs for the feedback channels (see valid-inputs.ts). */
export const VALID_FEEDBACK = {
  'feedback.record': { kind: 'lostSale', text: 'Hafermilch', productId: 1, receiptNumber: '', customerId: null, quantity: 2000, valueCents: 398 },
  'feedback.board': { status: 'open', kind: 'all', from: '2026-01-01', to: '2026-01-31' },
  'feedback.get': { id: 1 },
  'feedback.update': { id: 1, status: 'inReview', ownerId: 1, resolution: '', note: 'Wir prüfen das' },
  'feedback.owners': {},
  'feedback.counterHint': { productId: 1, customerId: null },
  'feedback.charts': { from: '2026-01-01', to: '2026-03-31', bucket: 'month' },
} satisfies Record<string, Record<string, unknown>>;
