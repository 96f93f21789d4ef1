/** Valid sample inputs for the catalogue's channels (see valid-inputs.ts). Product 1 and category 1 exist in the demo. */
export const VALID_CATALOGUE = {
  'catalogue.search': { query: 'brot', limit: 10 },
  'catalogue.quickKeys.get': {},
  'catalogue.product.get': { id: 1 },
  'catalogue.product.list': { query: 'bau', categoryId: 1, includeInactive: true, offset: 0, limit: 50 },
  'catalogue.product.create': {
    sku: 'NEU-1', name: 'Neues Brot', categoryId: 1, priceCents: 299, vatRateId: 2, unit: 'piece', costCents: 150, barcodes: ['4006381333931'], active: true,
  },
  'catalogue.product.update': {
    id: 1, sku: 'LM-0001', name: 'Bauernbrot', categoryId: 1, priceCents: 449, vatRateId: 2, unit: 'piece', costCents: 250, barcodes: ['2800001'],
  },
  'catalogue.product.setActive': { id: 1, active: false },
  'catalogue.category.list': {},
  'catalogue.category.create': { name: 'Feinkost' },
  'catalogue.category.rename': { id: 1, name: 'Brot & Gebäck' },
  'catalogue.quickKeys.layout': {},
  'catalogue.quickKeys.setPages': { pages: [{ categoryId: 1, hidden: false }] },
  'catalogue.quickKeys.setProducts': { categoryId: 1, productIds: [1, 2] },
  'catalogue.csv.export': {},
  'catalogue.csv.preview': { rows: [{ line: 2, sku: 'LM-0001', name: 'Bauernbrot', price: '4,49', vat_rate: '7', barcodes: '' }] },
  'catalogue.csv.import': { rows: [{ line: 2, sku: 'LM-0001', name: 'Bauernbrot', price: '4,49', vat_rate: '7', barcodes: '' }] },
} satisfies Record<string, Record<string, unknown>>;
