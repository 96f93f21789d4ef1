/** Valid sample inputs for the catalogue's channels (see valid-inputs.ts). */
export const VALID_CATALOGUE = {
  'catalogue.search': { query: 'brot', limit: 10 },
  'catalogue.quickKeys.get': {},
  'catalogue.product.get': { id: 1 },
} satisfies Record<string, Record<string, unknown>>;
