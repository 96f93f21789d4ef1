/** Valid sample inputs for the customers channels (see valid-inputs.ts). */
const fields = {
  kind: 'business', name: 'Bäckerei Krume GmbH', contactPerson: 'Karl Krume', phone: '030 1234567', email: 'einkauf@krume.example',
  vatId: 'DE123456789', street: 'Mühlenweg 3', postalCode: '10115', city: 'Berlin', countryCode: 'DE', paymentTermsDays: 14,
  onAccount: true, creditLimitCents: 50_000, note: 'Liefert Mittwochs',
};

export const VALID_CUSTOMERS = {
  'customers.search': { query: 'krume', limit: 10, includeInactive: false },
  'customers.list': { search: 'krume', status: 'active', offset: 0, limit: 50 },
  'customers.get': { id: 1 },
  'customers.duplicates': { phone: '030 1234567', email: 'einkauf@krume.example', excludeId: 1 },
  'customers.create': fields,
  'customers.update': { id: 1, ...fields },
  'customers.setActive': { id: 1, active: false },
  'customers.history': { id: 1, limit: 20 },
  'customers.statement': { id: 1, from: '2026-01-01', to: '2026-01-31' },
  'customers.payment.record': { customerId: 1, amountCents: 1000, method: 'bank', bookedOn: '2026-01-15', note: 'Überweisung' },
} satisfies Record<string, Record<string, unknown>>;
