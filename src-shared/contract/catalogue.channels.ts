/** The catalogue's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const CATALOGUE_CHANNELS = [
  'catalogue.search',
  'catalogue.quickKeys.get',
  'catalogue.product.get',
] as const;
