import { SEARCH_LIST_CAP } from '../../../src-shared/contract/catalogue';
import type { Handlers } from '../../core/registry';
import { exportCsv, importCsv, previewCsv } from './csv';
import { quickKeyLayout, quickKeys, setPages, setProducts } from './quick-keys';
import { getProduct, listCategories, productPage, productsByIds } from './repo';
import { searchIds } from './search';
import * as catalogue from './service';

export const catalogueHandlers = {
  'catalogue.search': (input, ctx) =>
    productsByIds(ctx.db, searchIds(ctx, input.query, { includeInactive: input.includeInactive, categoryId: input.categoryId ?? null, limit: input.limit }))
      .map(({ costCents: _cost, ...summary }) => summary),
  'catalogue.quickKeys.get': (_input, ctx) => quickKeys(ctx),
  'catalogue.product.get': (input, ctx) => getProduct(ctx, input.id),
  'catalogue.product.list': (input, ctx) => {
    if (!input.query) return { ...productPage(ctx.db, input), capped: false };
    const ids = searchIds(ctx, input.query, { includeInactive: input.includeInactive, categoryId: input.categoryId, limit: SEARCH_LIST_CAP + 1 });
    const capped = ids.length > SEARCH_LIST_CAP;
    const all = ids.slice(0, SEARCH_LIST_CAP);
    return { items: productsByIds(ctx.db, all.slice(input.offset, input.offset + input.limit)), total: all.length, capped };
  },
  'catalogue.product.create': (input, ctx) => catalogue.createProduct(ctx, input),
  'catalogue.product.update': (input, ctx) => catalogue.updateProduct(ctx, input),
  'catalogue.product.setActive': (input, ctx) => catalogue.setProductActive(ctx, input.id, input.active),
  'catalogue.category.list': (_input, ctx) => listCategories(ctx.db),
  'catalogue.category.create': (input, ctx) => catalogue.createCategory(ctx, input.name),
  'catalogue.category.rename': (input, ctx) => catalogue.renameCategory(ctx, input.id, input.name),
  'catalogue.quickKeys.layout': (_input, ctx) => quickKeyLayout(ctx),
  'catalogue.quickKeys.setPages': (input, ctx) => setPages(ctx, input),
  'catalogue.quickKeys.setProducts': (input, ctx) => setProducts(ctx, input),
  'catalogue.csv.export': (_input, ctx) => exportCsv(ctx),
  'catalogue.csv.preview': (input, ctx) => previewCsv(ctx, input),
  'catalogue.csv.import': (input, ctx) => importCsv(ctx, input),
} satisfies Partial<Handlers>;
