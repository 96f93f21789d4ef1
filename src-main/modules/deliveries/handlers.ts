/**
 * The deliveries channels: thin wrappers over the services (each write runs in the registry's one
 * transaction). Writes need 'stock.manage': packing and shipping are warehouse work and move
 * stock, and the workshop role, which holds it, does that work; 'purchasing.manage' is about
 * buying from suppliers.
 */
import type { Handlers } from '../../core/registry';
import { deliveryNotePdf } from './note-pdf';
import { getDelivery, listDeliveries } from './read';
import { cancelDelivery, markDelivered, packDelivery, shipDelivery } from './status';
import { createDelivery, updateDelivery } from './write';

export const deliveriesHandlers = {
  'deliveries.list': (input, ctx) => listDeliveries(ctx, input),
  'deliveries.get': (input, ctx) => getDelivery(ctx, input.id),
  'deliveries.create': (input, ctx) => createDelivery(ctx, input),
  'deliveries.update': (input, ctx) => updateDelivery(ctx, input.id, input),
  'deliveries.pack': (input, ctx) => packDelivery(ctx, input.id, input.note),
  'deliveries.ship': (input, ctx) => shipDelivery(ctx, input.id, input.note),
  'deliveries.deliver': (input, ctx) => markDelivered(ctx, input.id, input.note),
  'deliveries.cancel': (input, ctx) => cancelDelivery(ctx, input.id, input.reason),
  'deliveries.pdf': (input, ctx) => deliveryNotePdf(ctx, input.id),
} satisfies Partial<Handlers>;
