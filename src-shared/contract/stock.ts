/**
 * Stock: locations, on hand per product and location (always the sum of the append-only moves),
 * adjustments and transfers as numbered documents, stock counts, minimum/maximum with a low-stock
 * list, and the valuation at moving-average cost. Quantities are integer thousandths (1 piece =
 * 1000, 1 kg = 1000), money integer cents.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { empty, id, optionalText, requiredText } from './fields';
import { day } from './ledger';

/** A quantity in thousandths: up to a million pieces or kilograms either way. */
export const quantity = z.int().min(-1_000_000_000).max(1_000_000_000);
export const positiveQuantity = z.int().min(1).max(1_000_000_000);
const nonNegativeQuantity = z.int().min(0).max(1_000_000_000);
const offset = z.int().min(0).max(100_000_000).default(0);
const limit = z.int().min(1).max(500).default(100);

export const STOCK_DOCUMENT_KINDS = ['adjustment', 'transfer', 'count'] as const;
export type StockDocumentKind = (typeof STOCK_DOCUMENT_KINDS)[number];
export const ADJUSTMENT_REASONS = ['adjustment', 'waste'] as const;
export const COUNT_ENTRY_MODES = ['set', 'add'] as const;
export type CountEntryMode = (typeof COUNT_ENTRY_MODES)[number];

export interface StockLocation {
  id: number;
  name: string;
  /** 'shop' (where the counter sells from), 'storeRoom', or null for the owner's own. */
  role: string | null;
  moves: number;
}

export interface LocationQuantity {
  locationId: number;
  locationName: string;
  quantity: number;
  minQuantity: number | null;
  maxQuantity: number | null;
}

export interface StockOverviewRow {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  categoryId: number | null;
  /** In the chosen location, or in all locations together. */
  quantity: number;
}

export interface StockOverview {
  rows: StockOverviewRow[];
  total: number;
}

export interface ProductStock {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  total: number;
  locations: LocationQuantity[];
}

/** What the counter shows for the product on screen: "0 here · 4 in store room". */
export interface CounterStock {
  productId: number;
  unit: 'piece' | 'kg';
  /** In the shop (the location the counter sells from). */
  here: number;
  /** Every other location with stock (or a shortfall), by name. */
  elsewhere: { locationId: number; locationName: string; quantity: number }[];
  /** Still to arrive on placed purchase orders for this product, earliest expected first. */
  incoming: { quantity: number; expectedOn: string | null }[];
}

export interface StockDocumentMove {
  productId: number;
  sku: string;
  name: string;
  locationId: number;
  locationName: string;
  quantity: number;
  reason: string;
}

export interface StockDocument {
  id: number;
  kind: StockDocumentKind;
  number: number;
  at: string;
  staffName: string | null;
  note: string;
  moves: StockDocumentMove[];
}

export interface StockDocumentSummary {
  id: number;
  kind: StockDocumentKind;
  number: number;
  at: string;
  staffName: string | null;
  note: string;
  moveCount: number;
}

export interface StockCountSummary {
  id: number;
  locationId: number;
  locationName: string;
  categoryId: number | null;
  note: string;
  startedAt: string;
  status: 'open' | 'posted' | 'cancelled';
  documentId: number | null;
  closedAt: string | null;
}

export interface StockCountLine {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  /** On hand at the start of the count. */
  snapshotQuantity: number;
  /** Snapshot plus the moves since (sales during the count), as of the last entry for the product (or now). */
  expectedQuantity: number;
  /** Null: not counted yet; an uncounted product is left as it is when the count is posted. */
  countedQuantity: number | null;
  difference: number | null;
  entries: number;
}

export interface StockCountSheet extends StockCountSummary {
  lines: StockCountLine[];
}

export interface LowStockRow {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  locationId: number;
  locationName: string;
  quantity: number;
  minQuantity: number;
  maxQuantity: number;
  /** Up to the maximum: max − on hand. */
  suggestedQuantity: number;
}

export interface ValuationRow {
  productId: number;
  sku: string;
  name: string;
  quantity: number;
  /** Moving-average cost per unit (piece or kg) on that day. */
  costCents: number;
  valueCents: number;
}

export interface Valuation {
  date: string;
  rows: ValuationRow[];
  total: number;
  totalValueCents: number;
}

const lines = <T extends z.ZodType>(quantitySchema: T) =>
  z.array(z.strictObject({ productId: id, quantity: quantitySchema })).min(1).max(1000);

export const stockContract = {
  'stock.locations.list': channel<StockLocation[]>()({ input: empty, access: 'backoffice.access' }),
  'stock.locations.create': channel<StockLocation>()({
    input: z.strictObject({ name: requiredText(60) }),
    access: 'stock.manage',
    changes: ['stock'],
  }),
  'stock.locations.rename': channel<StockLocation>()({
    input: z.strictObject({ id, name: requiredText(60) }),
    access: 'stock.manage',
    changes: ['stock'],
  }),
  'stock.overview': channel<StockOverview>()({
    input: z.strictObject({
      search: optionalText(100).default(''),
      /** Null: all locations together. */
      locationId: id.nullable().default(null),
      categoryId: id.nullable().default(null),
      /** Only products with stock (or a shortfall) there. */
      onlyWithStock: z.boolean().default(false),
      offset,
      limit,
    }),
    access: 'backoffice.access',
  }),
  'stock.product': channel<ProductStock>()({ input: z.strictObject({ productId: id }), access: 'backoffice.access' }),
  'stock.atCounter': channel<CounterStock>()({ input: z.strictObject({ productId: id }), access: 'counter.sell' }),
  'stock.adjust': channel<StockDocument>()({
    input: z.strictObject({
      locationId: id,
      /** 'waste' (breakage, spoiled) only takes stock away. */
      reason: z.enum(ADJUSTMENT_REASONS),
      note: requiredText(500),
      /** Signed: + adds to stock, − takes away; never 0. */
      lines: lines(quantity.refine((q) => q !== 0, 'not 0')),
    }),
    access: 'stock.manage',
    changes: ['stock'],
  }),
  'stock.transfer': channel<StockDocument>()({
    input: z.strictObject({
      fromLocationId: id,
      toLocationId: id,
      note: optionalText(500).default(''),
      lines: lines(positiveQuantity),
    }).refine((t) => t.fromLocationId !== t.toLocationId, { message: 'two different locations', path: ['toLocationId'] }),
    access: 'stock.manage',
    changes: ['stock'],
  }),
  'stock.documents.list': channel<{ documents: StockDocumentSummary[]; total: number }>()({
    input: z.strictObject({ kind: z.enum(STOCK_DOCUMENT_KINDS).nullable().default(null), offset, limit }),
    access: 'backoffice.access',
  }),
  'stock.document.get': channel<StockDocument>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),
  'stock.count.start': channel<StockCountSheet>()({
    input: z.strictObject({ locationId: id, categoryId: id.nullable().default(null), note: optionalText(500).default('') }),
    access: 'stock.manage',
    changes: ['stock'],
  }),
  'stock.count.list': channel<StockCountSummary[]>()({
    input: z.strictObject({ status: z.enum(['open', 'posted', 'cancelled', 'all']).default('all') }),
    access: 'backoffice.access',
  }),
  'stock.count.get': channel<StockCountSheet>()({ input: z.strictObject({ countId: id }), access: 'backoffice.access' }),
  'stock.count.record': channel<StockCountLine>()({
    input: z.strictObject({
      countId: id,
      productId: id,
      /** 'set': this is the quantity (replaces earlier entries); 'add': add to what is recorded (scanning). */
      mode: z.enum(COUNT_ENTRY_MODES),
      quantity: nonNegativeQuantity,
    }),
    access: 'stock.manage',
    changes: ['stock'],
  }),
  'stock.count.post': channel<StockCountSheet>()({ input: z.strictObject({ countId: id }), access: 'stock.manage', changes: ['stock'] }),
  'stock.count.cancel': channel<StockCountSummary>()({ input: z.strictObject({ countId: id }), access: 'stock.manage', changes: ['stock'] }),
  'stock.limits.set': channel<ProductStock>()({
    input: z.strictObject({
      productId: id,
      locationId: id,
      /** Both null: no minimum/maximum for this product here. */
      minQuantity: nonNegativeQuantity.nullable(),
      maxQuantity: nonNegativeQuantity.nullable(),
    }).refine((l) => (l.minQuantity === null) === (l.maxQuantity === null), { message: 'both or neither', path: ['maxQuantity'] })
      .refine((l) => l.minQuantity === null || l.maxQuantity === null || l.maxQuantity >= l.minQuantity, { message: 'maximum below minimum', path: ['maxQuantity'] }),
    access: 'stock.manage',
    changes: ['stock'],
  }),
  'stock.lowStock': channel<{ rows: LowStockRow[]; total: number }>()({
    input: z.strictObject({ locationId: id.nullable().default(null), offset, limit }),
    access: 'backoffice.access',
  }),
  'stock.valuation': channel<Valuation>()({
    input: z.strictObject({ date: day, offset, limit }),
    access: 'reports.view',
  }),
};
