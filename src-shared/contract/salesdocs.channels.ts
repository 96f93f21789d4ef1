/** The sales documents module's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const SALESDOCS_CHANNELS = [
  'salesdocs.list',
  'salesdocs.get',
  'salesdocs.create',
  'salesdocs.update',
  'salesdocs.discard',
  'salesdocs.issue',
  'salesdocs.convert',
  'salesdocs.credit',
  'salesdocs.payments.record',
  'salesdocs.pdf',
] as const;
