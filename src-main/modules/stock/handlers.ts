/** The stock channels: thin wrappers over the services (each runs in the registry's one transaction). */
import type { Handlers } from '../../core/registry';
import { cancelCount, countSheet, listCounts, postCount, recordCount, startCount } from './counts';
import { valuation } from './cost';
import { adjust, listDocuments, stockDocument, transfer } from './documents';
import { lowStock, setLimits } from './limits';
import { createLocation, listLocations, renameLocation } from './locations';
import { counterStock, productStock, stockOverview } from './overview';

export const stockHandlers = {
  'stock.locations.list': (_input, ctx) => listLocations(ctx),
  'stock.locations.create': (input, ctx) => createLocation(ctx, input.name),
  'stock.locations.rename': (input, ctx) => renameLocation(ctx, input.id, input.name),
  'stock.overview': (input, ctx) => stockOverview(ctx, input),
  'stock.product': (input, ctx) => productStock(ctx, input.productId),
  'stock.atCounter': (input, ctx) => counterStock(ctx, input.productId),
  'stock.adjust': (input, ctx) => adjust(ctx, input),
  'stock.transfer': (input, ctx) => transfer(ctx, input),
  'stock.documents.list': (input, ctx) => listDocuments(ctx, input),
  'stock.document.get': (input, ctx) => stockDocument(ctx, input.id),
  'stock.count.start': (input, ctx) => startCount(ctx, input),
  'stock.count.list': (input, ctx) => listCounts(ctx, input.status),
  'stock.count.get': (input, ctx) => countSheet(ctx, input.countId),
  'stock.count.record': (input, ctx) => recordCount(ctx, input),
  'stock.count.post': (input, ctx) => postCount(ctx, input.countId),
  'stock.count.cancel': (input, ctx) => cancelCount(ctx, input.countId),
  'stock.limits.set': (input, ctx) => setLimits(ctx, input),
  'stock.lowStock': (input, ctx) => lowStock(ctx, input),
  'stock.valuation': (input, ctx) => valuation(ctx, input),
} satisfies Partial<Handlers>;
