/** The catalogue's channel names for the preload allow-list (kept free of zod; tested against the contract). */
export const CATALOGUE_CHANNELS = [
  'catalogue.search',
  'catalogue.quickKeys.get',
  'catalogue.product.get',
  'catalogue.product.list',
  'catalogue.product.create',
  'catalogue.product.update',
  'catalogue.product.setActive',
  'catalogue.category.list',
  'catalogue.category.create',
  'catalogue.category.rename',
  'catalogue.quickKeys.layout',
  'catalogue.quickKeys.setPages',
  'catalogue.quickKeys.setProducts',
  'catalogue.csv.export',
  'catalogue.csv.preview',
  'catalogue.csv.import',
] as const;
