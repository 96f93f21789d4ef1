/** The bank module's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const BANK_CHANNELS = [
  'bank.accounts.list',
  'bank.accounts.create',
  'bank.mappings.list',
  'bank.csv.preview',
  'bank.csv.import',
  'bank.camt.import',
  'bank.lines',
  'bank.suggestions',
  'bank.match',
  'bank.createEntry',
  'bank.unmatch',
  'bank.reconciliation',
] as const;
