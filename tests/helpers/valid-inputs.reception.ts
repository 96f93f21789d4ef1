/** Valid sample inputs for the reception channels (see valid-inputs.ts), against the demo shop. */
export const VALID_RECEPTION = {
  'reception.takeIn': {
    kind: 'serviceJob', customerId: 1, title: 'Armbanduhr', fault: 'Bleibt stehen', priceCents: 11900, priceIsEstimate: false,
    promisedOn: '2026-01-20', deposit: { amountCents: 5000, method: 'card' }, vatRateId: 1,
  },
  'reception.ticket': { workOrderId: 1 },
  'reception.open': { search: 'Uhr' },
  'reception.handOver': { workOrderId: 1, finalPriceCents: 2500, payments: [{ method: 'cash', amountCents: 2500 }], note: 'Abgeholt' },
} satisfies Record<string, Record<string, unknown>>;
