/** The reports module's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const REPORTS_CHANNELS = [
  'reports.trialBalance',
  'reports.generalLedger',
  'reports.profitAndLoss',
  'reports.balanceSheet',
  'reports.vat',
] as const;
