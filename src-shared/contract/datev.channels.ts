/** The DATEV module's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const DATEV_CHANNELS = [
  'datev.settings.get',
  'datev.settings.update',
  'datev.export',
] as const;
