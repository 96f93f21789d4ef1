/** The customers module's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const CUSTOMERS_CHANNELS = [
  'customers.search',
  'customers.list',
  'customers.get',
  'customers.duplicates',
  'customers.create',
  'customers.update',
  'customers.setActive',
  'customers.history',
  'customers.statement',
  'customers.payment.record',
] as const;
