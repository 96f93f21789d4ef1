/** The purchasing channels: thin wrappers over the services (each runs in the registry's one transaction; the PDF is a task). */
import type { Handlers } from '../../core/registry';
import { incoming } from './incoming';
import { createInvoice, createPayment, getInvoice, listInvoices } from './invoices';
import { orderPdf } from './order-pdf';
import { cancelOrder, closeOrder, createOrder, getOrder, listOrders, placeOrder, updateOrder } from './orders';
import { createReceipt, getReceipt, listReceipts } from './receipts';
import { createReorderDrafts, reorderSuggestions } from './reorder';
import { createSupplier, getSupplier, listSuppliers, removeSupplierProduct, setSupplierActive, setSupplierProduct, updateSupplier } from './suppliers';

export const purchasingHandlers = {
  'purchasing.suppliers.list': (input, ctx) => listSuppliers(ctx, input),
  'purchasing.suppliers.get': (input, ctx) => getSupplier(ctx, input.id),
  'purchasing.suppliers.create': (input, ctx) => createSupplier(ctx, input),
  'purchasing.suppliers.update': (input, ctx) => updateSupplier(ctx, input),
  'purchasing.suppliers.setActive': (input, ctx) => setSupplierActive(ctx, input.id, input.active),
  'purchasing.supplierProducts.set': (input, ctx) => setSupplierProduct(ctx, input),
  'purchasing.supplierProducts.remove': (input, ctx) => removeSupplierProduct(ctx, input.supplierId, input.productId),
  'purchasing.orders.list': (input, ctx) => listOrders(ctx, input),
  'purchasing.orders.get': (input, ctx) => getOrder(ctx, input.id),
  'purchasing.orders.create': (input, ctx) => createOrder(ctx, input),
  'purchasing.orders.update': (input, ctx) => updateOrder(ctx, input),
  'purchasing.orders.place': (input, ctx) => placeOrder(ctx, input.id, input.expectedOn),
  'purchasing.orders.cancel': (input, ctx) => cancelOrder(ctx, input.id, input.reason),
  'purchasing.orders.close': (input, ctx) => closeOrder(ctx, input.id, input.reason),
  'purchasing.orders.pdf': (input, ctx) => orderPdf(ctx, input.id),
  'purchasing.receipts.create': (input, ctx) => createReceipt(ctx, input),
  'purchasing.receipts.list': (input, ctx) => listReceipts(ctx, input),
  'purchasing.receipts.get': (input, ctx) => getReceipt(ctx, input.id),
  'purchasing.invoices.create': (input, ctx) => createInvoice(ctx, input),
  'purchasing.invoices.list': (input, ctx) => listInvoices(ctx, input),
  'purchasing.invoices.get': (input, ctx) => getInvoice(ctx, input.id),
  'purchasing.payments.create': (input, ctx) => createPayment(ctx, input),
  'purchasing.incoming': (input, ctx) => incoming(ctx, input.productId),
  'purchasing.reorder.suggestions': (input, ctx) => reorderSuggestions(ctx, input.locationId),
  'purchasing.reorder.createOrders': (input, ctx) => createReorderDrafts(ctx, input.lines),
} satisfies Partial<Handlers>;
