/**
 * Valid sample inputs for the purchasing channels (see valid-inputs.ts). The demo shop has
 * suppliers 1 (Großhandel Nord GmbH) and 2 (Rösterei Berger), locations 1 (Laden) and 2 (Lager).
 */
export const VALID_PURCHASING = {
  'purchasing.suppliers.list': { search: 'nord', includeInactive: true },
  'purchasing.suppliers.get': { id: 1 },
  'purchasing.suppliers.create': {
    name: 'Bäckerei Sonnenschein', contactPerson: 'Eva Sonne', email: 'eva@sonnenschein.example', phone: '0761 1111', street: 'Ringstr. 4',
    postalCode: '79100', city: 'Freiburg', countryCode: 'DE', vatId: 'DE111222333', customerNumber: 'A-17', paymentTermsDays: 10, note: 'liefert morgens',
  },
  'purchasing.suppliers.update': {
    id: 2, name: 'Rösterei Berger', contactPerson: 'Thomas Berger', email: 'info@roesterei-berger.example', phone: '0761 556677',
    street: 'Kaiser-Joseph-Straße 210', postalCode: '79098', city: 'Freiburg im Breisgau', countryCode: 'DE', vatId: 'DE311222333',
    customerNumber: '1077', paymentTermsDays: 30, note: '',
  },
  'purchasing.suppliers.setActive': { id: 2, active: false },
  'purchasing.supplierProducts.set': { supplierId: 1, productId: 1, supplierSku: 'GN-1', priceCents: 250, packSize: 6000, leadTimeDays: 2 },
  'purchasing.supplierProducts.remove': { supplierId: 1, productId: 1 },
  'purchasing.orders.list': { status: 'open', supplierId: 1, offset: 0, limit: 50 },
  'purchasing.orders.get': { id: 1 },
  'purchasing.orders.create': { supplierId: 1, locationId: 1, expectedOn: '2026-01-20', note: 'Bitte Rampe', lines: [{ productId: 1, quantity: 6000, unitCostCents: 250 }] },
  'purchasing.orders.update': { id: 1, supplierId: 1, locationId: 2, expectedOn: null, note: '', lines: [{ productId: 1, quantity: 12000, unitCostCents: 250 }] },
  'purchasing.orders.place': { id: 1, expectedOn: '2026-01-20' },
  'purchasing.orders.cancel': { id: 1, reason: 'doppelt' },
  'purchasing.orders.close': { id: 1, reason: 'Rest kommt nicht' },
  'purchasing.orders.pdf': { id: 1 },
  'purchasing.receipts.create': {
    orderId: null, supplierId: 1, locationId: 1, deliveryNoteRef: 'LS-991', note: '',
    lines: [{ productId: 1, quantity: 6000, unitCostCents: 250 }], confirmOverReceipt: false,
  },
  'purchasing.receipts.list': { orderId: null, supplierId: 1, uninvoiced: true, offset: 0, limit: 50 },
  'purchasing.receipts.get': { id: 1 },
  'purchasing.invoices.create': {
    supplierId: 1, invoiceNumber: 'RE-2026-001', invoiceDate: '2026-01-15', dueOn: null, receiptIds: [],
    lines: [{ vatRateId: 1, netCents: 10_000, vatCents: null }],
  },
  'purchasing.invoices.list': { status: 'open', supplierId: null, offset: 0, limit: 50 },
  'purchasing.invoices.get': { id: 1 },
  'purchasing.payments.create': { invoiceId: 1, amountCents: 5_000, method: 'bank', paidOn: '2026-01-15' },
  'purchasing.incoming': { productId: null },
  'purchasing.reorder.suggestions': { locationId: 1 },
  'purchasing.reorder.createOrders': { lines: [{ productId: 1, locationId: 1, supplierId: 1, quantity: 6000 }] },
} satisfies Record<string, Record<string, unknown>>;
