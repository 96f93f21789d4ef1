/**
 * The purchasing module's statuses and the shapes its channels return (see purchasing.ts for the
 * channels). Quantities are integer thousandths, money integer cents.
 */
export const ORDER_STATUSES = ['draft', 'ordered', 'partlyReceived', 'received', 'closed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const PAYMENT_METHODS = ['bank', 'cash'] as const;
export type SupplierPaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface SupplierSummary {
  id: number;
  name: string;
  customerNumber: string;
  email: string;
  phone: string;
  paymentTermsDays: number;
  active: boolean;
  /** Orders placed and not yet received in full. */
  openOrders: number;
  /** Recorded invoices minus payments. */
  openPayableCents: number;
}

export interface SupplierProduct {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  /** The supplier's own article number. */
  supplierSku: string;
  /** Net purchase price per piece or kg. */
  priceCents: number;
  /** Ordered in multiples of this (thousandths; 12 pieces = 12000). */
  packSize: number;
  leadTimeDays: number;
}

export interface Supplier extends SupplierSummary {
  contactPerson: string;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  vatId: string;
  note: string;
  products: SupplierProduct[];
}

export interface PurchaseOrderLine {
  id: number;
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  supplierSku: string;
  quantity: number;
  received: number;
  /** quantity − received, never below 0. */
  outstanding: number;
  unitCostCents: number;
  /** quantity × unit cost, rounded to the cent. */
  lineNetCents: number;
}

export interface PurchaseOrderSummary {
  id: number;
  number: number;
  supplierId: number;
  supplierName: string;
  status: OrderStatus;
  locationId: number;
  locationName: string;
  expectedOn: string | null;
  /** Placed, not fully received, and the expected day has passed. */
  overdue: boolean;
  netCents: number;
  createdAt: string;
  orderedAt: string | null;
}

export interface PurchaseOrderEvent {
  at: string;
  status: OrderStatus;
  staffName: string | null;
  note: string;
}

export interface PurchaseOrder extends PurchaseOrderSummary {
  note: string;
  lines: PurchaseOrderLine[];
  /** Every status change with who and why (cancelling and closing keep their reason here). */
  events: PurchaseOrderEvent[];
  receiptIds: number[];
}

export interface GoodsReceiptLine {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  orderLineId: number | null;
  quantity: number;
  unitCostCents: number;
  /** More than was still outstanding on the order, confirmed by the person receiving. */
  overReceived: number;
}

export interface GoodsReceipt {
  id: number;
  number: number;
  orderId: number | null;
  orderNumber: number | null;
  supplierId: number | null;
  supplierName: string | null;
  locationId: number;
  locationName: string;
  at: string;
  staffName: string | null;
  deliveryNoteRef: string;
  note: string;
  invoiceId: number | null;
  lines: GoodsReceiptLine[];
  netCents: number;
}

export interface SupplierInvoiceLine {
  vatRateId: number;
  rateBasisPoints: number;
  netCents: number;
  vatCents: number;
}

export interface SupplierPayment {
  id: number;
  paidOn: string;
  amountCents: number;
  method: SupplierPaymentMethod;
  journalEntryId: number;
}

export interface SupplierInvoice {
  id: number;
  supplierId: number;
  supplierName: string;
  invoiceNumber: string;
  invoiceDate: string;
  dueOn: string;
  grossCents: number;
  paidCents: number;
  openCents: number;
  overdue: boolean;
  journalEntryId: number;
  receiptIds: number[];
  lines: SupplierInvoiceLine[];
  payments: SupplierPayment[];
}

/** One product still to arrive on a placed order: what the counter and the incoming list show. */
export interface IncomingLine {
  orderId: number;
  orderNumber: number;
  supplierName: string;
  productId: number;
  sku: string;
  name: string;
  outstanding: number;
  expectedOn: string | null;
  overdue: boolean;
}

export interface ReorderSuggestion {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  locationId: number;
  locationName: string;
  onHand: number;
  minQuantity: number;
  maxQuantity: number;
  /** Outstanding on placed orders for this location. */
  onOrder: number;
  /** Sold in the last 28 days, all locations. */
  soldRecently: number;
  /** Lost sales recorded at the counter in the last 28 days (customers asked, we had none). */
  lostRecently: number;
  /** The cheapest supplier that carries the product, if any. */
  supplierId: number | null;
  supplierName: string | null;
  unitCostCents: number;
  packSize: number;
  leadTimeDays: number;
  /**
   * Up to the maximum: max − on hand − on order, plus what is likely to sell during the lead
   * time (recent daily sales × lead time), rounded up to whole packs.
   */
  suggestedQuantity: number;
}
