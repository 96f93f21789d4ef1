/** Valid sample inputs for the deliveries channels (see valid-inputs.ts). The demo shop has locations 1 (Laden) and 2 (Lager). */
const recipient = { name: 'Gasthaus Linde', street: 'Marktplatz 3', postalCode: '79098', city: 'Freiburg', countryCode: 'DE', contact: 'Frau Berger', phone: '0761 12345' };
const fields = { recipient, reference: 'B-2026-17', locationId: 2, plannedOn: '2026-01-20', note: 'Hintereingang', lines: [{ productId: 1, quantity: 3000 }] };

export const VALID_DELIVERIES = {
  'deliveries.list': { status: 'planned', search: 'Linde', offset: 0, limit: 50 },
  'deliveries.get': { id: 1 },
  'deliveries.create': fields,
  'deliveries.update': { id: 1, ...fields },
  'deliveries.pack': { id: 1, note: 'Karton 1' },
  'deliveries.ship': { id: 1, note: 'DHL 0034' },
  'deliveries.deliver': { id: 1, note: 'angenommen' },
  'deliveries.cancel': { id: 1, reason: 'Kunde hat abgesagt' },
  'deliveries.pdf': { id: 1 },
} satisfies Record<string, Record<string, unknown>>;
