/** Valid sample inputs for the sales documents channels (see valid-inputs.ts). Demo VAT rates: 1 (19 %), 2 (7 %). */
const lines = [
  { productId: 1, description: 'Kaffee gemahlen 500 g', quantity: 2000, unit: 'piece', unitPriceCents: 899, discountBasisPoints: 0, vatRateId: 2 },
  { productId: null, description: 'Lieferung und Aufbau', quantity: 1500, unit: 'hour', unitPriceCents: 4500, discountBasisPoints: 1000, vatRateId: 1 },
];
const fields = {
  customerId: 1, reference: 'B-2026-17', deliveryFrom: '2026-01-10', deliveryTo: '2026-01-12', validUntil: '2026-02-15', paymentTermsDays: 14,
  intro: 'Vielen Dank für Ihre Anfrage.', note: 'Mit freundlichen Grüßen', lines,
};

export const VALID_SALESDOCS = {
  'salesdocs.list': { kind: 'invoice', status: 'open', customerId: 1, search: 'RE-2026', offset: 0, limit: 50 },
  'salesdocs.get': { id: 1 },
  'salesdocs.create': { kind: 'quote', ...fields },
  'salesdocs.update': { id: 1, ...fields },
  'salesdocs.discard': { id: 1 },
  'salesdocs.issue': { id: 1, refundMethod: 'bank' },
  'salesdocs.convert': { id: 1, to: 'invoice' },
  'salesdocs.credit': { invoiceId: 1 },
  'salesdocs.payments.record': { invoiceId: 1, amountCents: 1000, method: 'bank', paidOn: '2026-01-15', note: 'Überweisung' },
  'salesdocs.pdf': { id: 1 },
} satisfies Record<string, Record<string, unknown>>;
