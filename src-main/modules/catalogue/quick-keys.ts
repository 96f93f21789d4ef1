/**
 * The counter's quick keys: one page per category, in the categories' order. A page the owner
 * never edited shows the category's first QUICK_KEYS_AUTOMATIC active products by name.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import { QUICK_KEYS_AUTOMATIC, type QuickKeyLayoutPage, type QuickKeyPage } from '../../../src-shared/contract/catalogue';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { getCategory, productsByIds, stmt } from './repo';

interface PageRow { id: number; name: string; hidden: number | null; custom: number | null }

export function quickKeyLayout(ctx: Ctx): QuickKeyLayoutPage[] {
  const pages = stmt(ctx.db, `SELECT c.id, c.name, q.hidden, q.custom FROM categories c LEFT JOIN quick_key_pages q ON q.category_id = c.id
    ORDER BY c.sort_order, c.name COLLATE NOCASE, c.id`).all() as PageRow[];
  return pages.map((page) => {
    const custom = page.custom === 1;
    const ids = custom
      ? stmt(ctx.db, `SELECT k.product_id FROM quick_keys k JOIN products p ON p.id = k.product_id
          WHERE k.category_id = ? AND p.active = 1 ORDER BY k.position`).pluck().all(page.id) as number[]
      : stmt(ctx.db, `SELECT id FROM products WHERE category_id = ? AND active = 1 ORDER BY name COLLATE NOCASE, id LIMIT ${QUICK_KEYS_AUTOMATIC}`)
        .pluck().all(page.id) as number[];
    const products = productsByIds(ctx.db, ids).map(({ costCents: _cost, ...summary }) => summary);
    return { categoryId: page.id, name: page.name, hidden: page.hidden === 1, custom, products };
  });
}

/** What the counter shows: visible pages that have at least one key. */
export function quickKeys(ctx: Ctx): QuickKeyPage[] {
  return quickKeyLayout(ctx)
    .filter((page) => !page.hidden && page.products.length > 0)
    .map(({ categoryId, name, products }) => ({ categoryId, name, products }));
}

function ensurePage(ctx: Ctx, categoryId: number): void {
  stmt(ctx.db, 'INSERT INTO quick_key_pages (category_id) VALUES (?) ON CONFLICT (category_id) DO NOTHING').run(categoryId);
}

export function setPages(ctx: Ctx, input: ParsedInput<'catalogue.quickKeys.setPages'>): QuickKeyLayoutPage[] {
  const before = quickKeyLayout(ctx).map(({ categoryId, hidden }) => ({ categoryId, hidden }));
  const listed = new Set<number>();
  for (const page of input.pages) {
    if (listed.has(page.categoryId)) {
      throw new AppError('VALIDATION', 'A category is listed twice.', { issues: [{ path: ['pages'], message: 'duplicate category' }], details: { reason: 'duplicatePage', id: page.categoryId } });
    }
    listed.add(page.categoryId);
    getCategory(ctx, page.categoryId);
  }
  // Listed categories first, in the given order; the others keep their relative order after them.
  const others = before.map((p) => p.categoryId).filter((id) => !listed.has(id));
  [...input.pages.map((p) => p.categoryId), ...others].forEach((id, index) => {
    stmt(ctx.db, 'UPDATE categories SET sort_order = ? WHERE id = ?').run(index, id);
  });
  for (const page of input.pages) {
    ensurePage(ctx, page.categoryId);
    stmt(ctx.db, 'UPDATE quick_key_pages SET hidden = ? WHERE category_id = ?').run(page.hidden ? 1 : 0, page.categoryId);
  }
  const after = quickKeyLayout(ctx);
  ctx.audit('catalogue.quickKeys.setPages', 'quick_keys', before, after.map(({ categoryId, hidden }) => ({ categoryId, hidden })));
  return after;
}

export function setProducts(ctx: Ctx, input: ParsedInput<'catalogue.quickKeys.setProducts'>): QuickKeyLayoutPage[] {
  getCategory(ctx, input.categoryId);
  const beforePage = quickKeyLayout(ctx).find((p) => p.categoryId === input.categoryId);
  const ids = input.productIds;
  if (ids) {
    if (new Set(ids).size !== ids.length) {
      throw new AppError('VALIDATION', 'A product is on the page twice.', { issues: [{ path: ['productIds'], message: 'duplicate product' }], details: { reason: 'duplicateKey' } });
    }
    const found = productsByIds(ctx.db, ids);
    const missing = ids.find((id) => !found.some((p) => p.id === id));
    if (missing !== undefined) throw new AppError('NOT_FOUND', 'Product not found.', { details: { reason: 'productNotFound', id: missing } });
  }
  ensurePage(ctx, input.categoryId);
  stmt(ctx.db, 'DELETE FROM quick_keys WHERE category_id = ?').run(input.categoryId);
  stmt(ctx.db, 'UPDATE quick_key_pages SET custom = ? WHERE category_id = ?').run(ids ? 1 : 0, input.categoryId);
  (ids ?? []).forEach((productId, position) => {
    stmt(ctx.db, 'INSERT INTO quick_keys (category_id, position, product_id) VALUES (?, ?, ?)').run(input.categoryId, position, productId);
  });
  const after = quickKeyLayout(ctx);
  const summary = (page: QuickKeyLayoutPage | undefined) => page && { custom: page.custom, productIds: page.products.map((p) => p.id) };
  ctx.audit('catalogue.quickKeys.setProducts', `category:${input.categoryId}`, summary(beforePage), summary(after.find((p) => p.categoryId === input.categoryId)));
  return after;
}
