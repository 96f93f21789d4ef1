/** The catalogue: products, categories, barcodes, search, quick keys, CSV import and export. */
import { z } from '../zod-setup';
import { channel } from './define';
import { id } from './fields';

export interface ProductSummary {
  id: number;
  sku: string;
  name: string;
  categoryId: number | null;
  categoryName: string | null;
  priceCents: number;
  vatRateId: number;
  vatRateBasisPoints: number;
  unit: 'piece' | 'kg';
  active: boolean;
  barcodes: string[];
}

export interface QuickKeyPage {
  categoryId: number;
  name: string;
  products: ProductSummary[];
}

export const catalogueContract = {
  /** Search as you type over name, SKU and barcodes (FTS5). */
  'catalogue.search': channel<ProductSummary[]>()({
    input: z.strictObject({
      query: z.string().trim().max(100),
      limit: z.int().min(1).max(100).default(20),
      includeInactive: z.boolean().default(false),
    }),
    access: 'signedIn',
  }),
  /** The counter's quick-key grid: categories, each with its products. */
  'catalogue.quickKeys.get': channel<QuickKeyPage[]>()({ input: z.strictObject({}), access: 'signedIn' }),
  'catalogue.product.get': channel<ProductSummary & { costCents: number }>()({ input: z.strictObject({ id }), access: 'signedIn' }),
};
