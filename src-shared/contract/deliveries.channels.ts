/** The deliveries module's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const DELIVERIES_CHANNELS = [
  'deliveries.list',
  'deliveries.get',
  'deliveries.create',
  'deliveries.update',
  'deliveries.pack',
  'deliveries.ship',
  'deliveries.deliver',
  'deliveries.cancel',
  'deliveries.pdf',
] as const;
