/**
 * Purchasing: suppliers with their article data, purchase orders (draft → ordered → partly
 * received → received → closed, or cancelled), goods receipts with or without an order, supplier
 * invoices that post goods and input VAT against payables, payments that clear them, incoming
 * deliveries and reorder suggestions. Quantities are integer thousandths, money integer cents;
 * a unit cost is per piece or per kg (per 1000 thousandths). Types: purchasing.types.ts.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { id, optionalText, requiredText } from './fields';
import { day, positiveCents } from './ledger';
import { positiveQuantity } from './stock';
import {
  ORDER_STATUSES, PAYMENT_METHODS, type GoodsReceipt, type IncomingLine, type PurchaseOrder, type PurchaseOrderSummary,
  type ReorderSuggestion, type Supplier, type SupplierInvoice, type SupplierSummary,
} from './purchasing.types';

export * from './purchasing.types';

const offset = z.int().min(0).max(100_000_000).default(0);
const limit = z.int().min(1).max(500).default(100);
const unitCostCents = z.int().min(0).max(100_000_000);
const days = z.int().min(0).max(365);

const supplierFields = {
  name: requiredText(120),
  contactPerson: optionalText(120).default(''),
  email: z.union([z.literal(''), z.email().max(200)]).default(''),
  phone: optionalText(60).default(''),
  street: optionalText(120).default(''),
  postalCode: optionalText(20).default(''),
  city: optionalText(80).default(''),
  countryCode: z.string().regex(/^[A-Z]{2}$/).default('DE'),
  vatId: optionalText(30).default(''),
  customerNumber: optionalText(60).default(''),
  paymentTermsDays: days.default(14),
  note: optionalText(1000).default(''),
};

const orderLines = z.array(z.strictObject({ productId: id, quantity: positiveQuantity, unitCostCents })).min(1).max(500);
const orderFields = {
  supplierId: id,
  /** Where the goods go when they arrive. */
  locationId: id,
  expectedOn: day.nullable().default(null),
  note: optionalText(1000).default(''),
  lines: orderLines,
};

export const purchasingContract = {
  'purchasing.suppliers.list': channel<SupplierSummary[]>()({
    input: z.strictObject({ search: optionalText(100).default(''), includeInactive: z.boolean().default(false) }),
    access: 'backoffice.access',
  }),
  'purchasing.suppliers.get': channel<Supplier>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),
  'purchasing.suppliers.create': channel<Supplier>()({
    input: z.strictObject(supplierFields),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
  'purchasing.suppliers.update': channel<Supplier>()({
    input: z.strictObject({ id, ...supplierFields }),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
  'purchasing.suppliers.setActive': channel<Supplier>()({
    input: z.strictObject({ id, active: z.boolean() }),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
  /** Adds or replaces the supplier's data for one product. */
  'purchasing.supplierProducts.set': channel<Supplier>()({
    input: z.strictObject({
      supplierId: id,
      productId: id,
      supplierSku: optionalText(60).default(''),
      priceCents: unitCostCents,
      packSize: positiveQuantity.default(1000),
      leadTimeDays: days.default(3),
    }),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
  'purchasing.supplierProducts.remove': channel<Supplier>()({
    input: z.strictObject({ supplierId: id, productId: id }),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),

  'purchasing.orders.list': channel<{ orders: PurchaseOrderSummary[]; total: number }>()({
    input: z.strictObject({
      /** 'open': placed and not fully received (the incoming deliveries); 'overdue': open and late. */
      status: z.enum([...ORDER_STATUSES, 'open', 'overdue', 'all']).default('all'),
      supplierId: id.nullable().default(null),
      offset,
      limit,
    }),
    access: 'backoffice.access',
  }),
  'purchasing.orders.get': channel<PurchaseOrder>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),
  'purchasing.orders.create': channel<PurchaseOrder>()({
    input: z.strictObject(orderFields),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
  /** Only a draft can be changed; its lines are replaced. */
  'purchasing.orders.update': channel<PurchaseOrder>()({
    input: z.strictObject({ id, ...orderFields }),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
  /** draft → ordered; the expected day defaults to today + the longest lead time of its lines. */
  'purchasing.orders.place': channel<PurchaseOrder>()({
    input: z.strictObject({ id, expectedOn: day.nullable().default(null) }),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
  /** A draft or an order with nothing received yet; recorded with its reason, never deleted. */
  'purchasing.orders.cancel': channel<PurchaseOrder>()({
    input: z.strictObject({ id, reason: requiredText(500) }),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
  /** A received or partly received order is closed; what is still outstanding is no longer expected. */
  'purchasing.orders.close': channel<PurchaseOrder>()({
    input: z.strictObject({ id, reason: optionalText(500).default('') }),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
  /**
   * The order as an A4 PDF to send to the supplier. A task because the PDF is drawn
   * asynchronously; the data is read in one transaction first.
   */
  'purchasing.orders.pdf': channel<{ fileName: string; base64: string }>()({
    input: z.strictObject({ id }),
    access: 'backoffice.access',
    task: true,
  }),

  'purchasing.receipts.create': channel<GoodsReceipt>()({
    input: z.strictObject({
      /** Null: goods arrived without an order (then supplierId may name who sent them). */
      orderId: id.nullable().default(null),
      supplierId: id.nullable().default(null),
      locationId: id,
      deliveryNoteRef: optionalText(60).default(''),
      note: optionalText(500).default(''),
      /** Without a unit cost an order line's cost is used, else the supplier's price, else the current cost. */
      lines: z.array(z.strictObject({ productId: id, quantity: positiveQuantity, unitCostCents: unitCostCents.nullable().default(null) })).min(1).max(500),
      /** More than is outstanding on the order is refused (reason overReceipt) unless confirmed. */
      confirmOverReceipt: z.boolean().default(false),
    }),
    access: 'stock.manage',
    changes: ['purchasing', 'stock'],
  }),
  'purchasing.receipts.list': channel<{ receipts: GoodsReceipt[]; total: number }>()({
    input: z.strictObject({
      orderId: id.nullable().default(null),
      supplierId: id.nullable().default(null),
      /** Only receipts no supplier invoice covers yet. */
      uninvoiced: z.boolean().default(false),
      offset,
      limit,
    }),
    access: 'backoffice.access',
  }),
  'purchasing.receipts.get': channel<GoodsReceipt>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),

  /** Records the supplier's invoice and posts it: goods (purchases) and input VAT against payables. */
  'purchasing.invoices.create': channel<SupplierInvoice>()({
    input: z.strictObject({
      supplierId: id,
      invoiceNumber: requiredText(60),
      invoiceDate: day,
      /** Null: invoice date + the supplier's payment terms. */
      dueOn: day.nullable().default(null),
      receiptIds: z.array(id).max(100).default([]),
      /** Net and VAT per rate as printed on the invoice; VAT null = computed from the net. */
      lines: z.array(z.strictObject({ vatRateId: id, netCents: positiveCents, vatCents: z.int().min(0).max(10_000_000_000).nullable().default(null) })).min(1).max(10),
    }),
    access: 'purchasing.manage',
    changes: ['purchasing', 'ledger'],
  }),
  'purchasing.invoices.list': channel<{ invoices: SupplierInvoice[]; total: number }>()({
    input: z.strictObject({
      status: z.enum(['open', 'overdue', 'paid', 'all']).default('open'),
      supplierId: id.nullable().default(null),
      offset,
      limit,
    }),
    access: 'backoffice.access',
  }),
  'purchasing.invoices.get': channel<SupplierInvoice>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),
  /** Pays (part of) an invoice from the bank or the cash box: payables against bank or cash. */
  'purchasing.payments.create': channel<SupplierInvoice>()({
    input: z.strictObject({ invoiceId: id, amountCents: positiveCents, method: z.enum(PAYMENT_METHODS), paidOn: day.nullable().default(null) }),
    access: 'purchasing.manage',
    changes: ['purchasing', 'ledger'],
  }),

  /** Everything still to arrive on placed orders, earliest expected first. */
  'purchasing.incoming': channel<IncomingLine[]>()({
    input: z.strictObject({ productId: id.nullable().default(null) }),
    access: 'backoffice.access',
  }),
  'purchasing.reorder.suggestions': channel<ReorderSuggestion[]>()({
    input: z.strictObject({ locationId: id.nullable().default(null) }),
    access: 'backoffice.access',
  }),
  /** One draft order per supplier and location from the chosen suggestions. */
  'purchasing.reorder.createOrders': channel<PurchaseOrder[]>()({
    input: z.strictObject({
      lines: z.array(z.strictObject({ productId: id, locationId: id, supplierId: id, quantity: positiveQuantity })).min(1).max(500),
    }),
    access: 'purchasing.manage',
    changes: ['purchasing'],
  }),
};
