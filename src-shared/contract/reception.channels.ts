/** The reception module's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const RECEPTION_CHANNELS = [
  'reception.takeIn',
  'reception.ticket',
  'reception.open',
  'reception.handOver',
] as const;
