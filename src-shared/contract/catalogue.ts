/** The catalogue: products, categories, barcodes, search, quick keys, CSV import and export. */
import { z } from '../zod-setup';
import { channel } from './define';
import { id, requiredText } from './fields';

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

export type Product = ProductSummary & { costCents: number };

export interface QuickKeyPage {
  categoryId: number;
  name: string;
  products: ProductSummary[];
}

/** A quick-key page as the editor sees it: hidden pages too, and whether the keys are chosen. */
export interface QuickKeyLayoutPage extends QuickKeyPage {
  hidden: boolean;
  /** false: the page shows the category's first QUICK_KEYS_AUTOMATIC active products. */
  custom: boolean;
}

export interface Category {
  id: number;
  name: string;
  sortOrder: number;
  productCount: number;
  activeCount: number;
}

export interface ProductPage {
  items: Product[];
  /** How many products match (for a text query: how many of the first SEARCH_LIST_CAP hits). */
  total: number;
  /** A text query found more than SEARCH_LIST_CAP products; only the best are listed. */
  capped: boolean;
}

export const UNITS = ['piece', 'kg'] as const;
export type Unit = (typeof UNITS)[number];

export const QUICK_KEYS_AUTOMATIC = 24;
export const QUICK_KEYS_MAX = 48;
export const MAX_BARCODES = 20;
export const MAX_PRICE_CENTS = 100_000_000;
export const SEARCH_LIST_CAP = 500;
export const CSV_BATCH_ROWS = 500;

/** The CSV columns, in export order. Import needs sku; a new product also needs name, price and vat_rate. */
export const CSV_COLUMNS = ['sku', 'name', 'category', 'price', 'vat_rate', 'unit', 'cost', 'active', 'barcodes'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One CSV row as the renderer parsed it: `line` is the row number in the file (header = 1). */
export const csvRow = z.strictObject({
  line: z.int().min(2).max(10_000_000),
  sku: z.string().max(200).optional(),
  name: z.string().max(500).optional(),
  category: z.string().max(200).optional(),
  price: z.string().max(50).optional(),
  vat_rate: z.string().max(50).optional(),
  unit: z.string().max(50).optional(),
  cost: z.string().max(50).optional(),
  active: z.string().max(50).optional(),
  barcodes: z.string().max(2000).optional(),
});
export type CsvRow = z.infer<typeof csvRow>;

export interface CsvRowIssue {
  column: CsvColumn | null;
  reason: string;
  /** The offending value. */
  value?: string;
  /** Context for the message (e.g. which product already has the barcode). */
  details?: Record<string, string | number>;
}

export interface CsvPreviewRow {
  line: number;
  sku: string;
  name: string;
  /** What importing the row would do; `error` rows are skipped. */
  action: 'create' | 'update' | 'unchanged' | 'error';
  issues: CsvRowIssue[];
}

export interface CsvImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows that were not imported (each row is all or nothing), with why. */
  failed: { line: number; sku: string; issues: CsvRowIssue[] }[];
}

const sku = requiredText(40).regex(/^[^\s;"]+$/, 'no spaces, semicolons or quotes');
const cents = z.int().min(0).max(MAX_PRICE_CENTS);
const barcode = z.string().trim().min(1).max(40);

const productFields = {
  sku,
  name: requiredText(120),
  categoryId: id.nullable(),
  priceCents: cents,
  vatRateId: id,
  unit: z.enum(UNITS),
  costCents: cents.default(0),
  barcodes: z.array(barcode).max(MAX_BARCODES).default([]),
};

export const catalogueContract = {
  /** Search as you type over name, SKU and barcodes (FTS5). */
  'catalogue.search': channel<ProductSummary[]>()({
    input: z.strictObject({
      query: z.string().trim().max(100),
      limit: z.int().min(1).max(100).default(20),
      includeInactive: z.boolean().default(false),
      categoryId: id.optional(),
    }),
    access: 'signedIn',
  }),
  /** The counter's quick-key grid: categories, each with its products. */
  'catalogue.quickKeys.get': channel<QuickKeyPage[]>()({ input: z.strictObject({}), access: 'signedIn' }),
  'catalogue.product.get': channel<Product>()({ input: z.strictObject({ id }), access: 'signedIn' }),

  /** The back office's product table: a page of products, by name or by search rank. */
  'catalogue.product.list': channel<ProductPage>()({
    input: z.strictObject({
      query: z.string().trim().max(100).default(''),
      categoryId: id.nullable().default(null),
      includeInactive: z.boolean().default(false),
      offset: z.int().min(0).max(10_000_000).default(0),
      limit: z.int().min(1).max(200).default(50),
    }),
    access: 'backoffice.access',
  }),
  'catalogue.product.create': channel<Product>()({
    input: z.strictObject({ ...productFields, active: z.boolean().default(true) }),
    access: 'catalogue.manage',
    changes: ['catalogue'],
  }),
  'catalogue.product.update': channel<Product>()({
    input: z.strictObject({ id, ...productFields }),
    access: 'catalogue.manage',
    changes: ['catalogue'],
  }),
  /** Deactivate or reactivate; products are never deleted (past sales point at them). */
  'catalogue.product.setActive': channel<Product>()({
    input: z.strictObject({ id, active: z.boolean() }),
    access: 'catalogue.manage',
    changes: ['catalogue'],
  }),

  'catalogue.category.list': channel<Category[]>()({ input: z.strictObject({}), access: 'signedIn' }),
  'catalogue.category.create': channel<Category>()({
    input: z.strictObject({ name: requiredText(60) }),
    access: 'catalogue.manage',
    changes: ['catalogue'],
  }),
  'catalogue.category.rename': channel<Category>()({
    input: z.strictObject({ id, name: requiredText(60) }),
    access: 'catalogue.manage',
    changes: ['catalogue'],
  }),

  /** The quick-key editor's view: every category's page, hidden ones included. */
  'catalogue.quickKeys.layout': channel<QuickKeyLayoutPage[]>()({ input: z.strictObject({}), access: 'backoffice.access' }),
  /** Page order (= category order) and visibility; categories not listed keep their place after these. */
  'catalogue.quickKeys.setPages': channel<QuickKeyLayoutPage[]>()({
    input: z.strictObject({
      pages: z.array(z.strictObject({ categoryId: id, hidden: z.boolean() })).max(500),
    }),
    access: 'catalogue.manage',
    changes: ['catalogue'],
  }),
  /** The keys of one page in order; `productIds: null` returns the page to automatic. */
  'catalogue.quickKeys.setProducts': channel<QuickKeyLayoutPage[]>()({
    input: z.strictObject({ categoryId: id, productIds: z.array(id).max(QUICK_KEYS_MAX).nullable() }),
    access: 'catalogue.manage',
    changes: ['catalogue'],
  }),

  /** All products as CSV text (UTF-8 with BOM, semicolons, decimal comma). */
  'catalogue.csv.export': channel<{ filename: string; csv: string; rows: number }>()({
    input: z.strictObject({}),
    access: 'backoffice.access',
  }),
  /** Checks a batch of parsed rows without writing: per row what would happen, or why not. */
  'catalogue.csv.preview': channel<CsvPreviewRow[]>()({
    input: z.strictObject({ rows: z.array(csvRow).min(1).max(CSV_BATCH_ROWS) }),
    access: 'catalogue.manage',
  }),
  /** Imports a batch (one transaction); each row is all or nothing, bad rows are skipped and reported. */
  'catalogue.csv.import': channel<CsvImportResult>()({
    input: z.strictObject({ rows: z.array(csvRow).min(1).max(CSV_BATCH_ROWS) }),
    access: 'catalogue.manage',
    changes: ['catalogue'],
  }),
};
