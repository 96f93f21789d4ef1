/** The catalogue's SQL: reading products with their category, VAT rate and barcodes. */
import type Database from 'better-sqlite3';
import type { Category, Product } from '../../../src-shared/contract/catalogue';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';

interface ProductRow {
  id: number; sku: string; name: string; category_id: number | null; category_name: string | null;
  price_cents: number; vat_rate_id: number; rate_bp: number; unit: 'piece' | 'kg'; cost_cents: number; active: number;
}

const PRODUCT_SELECT = `SELECT p.id, p.sku, p.name, p.category_id, c.name AS category_name, p.price_cents, p.vat_rate_id,
  v.rate_bp, p.unit, p.cost_cents, p.active
  FROM products p JOIN vat_rates v ON v.id = p.vat_rate_id LEFT JOIN categories c ON c.id = p.category_id`;

const toProduct = (r: ProductRow, barcodes: string[]): Product => ({
  id: r.id, sku: r.sku, name: r.name, categoryId: r.category_id, categoryName: r.category_name,
  priceCents: r.price_cents, vatRateId: r.vat_rate_id, vatRateBasisPoints: r.rate_bp, unit: r.unit,
  active: r.active === 1, barcodes, costCents: r.cost_cents,
});

/** A statement for this SQL (the database keeps compiled statements; see db/open.ts). */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  return db.prepare(sql);
}

/** Products by id, in the order given (ids that do not exist are left out). */
export function productsByIds(db: Database.Database, ids: readonly number[]): Product[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  const rows = stmt(db, `${PRODUCT_SELECT} WHERE p.id IN (SELECT value FROM json_each(?))`).all(json) as ProductRow[];
  const codes = stmt(db, 'SELECT product_id, code FROM product_barcodes WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY product_id, code')
    .all(json) as { product_id: number; code: string }[];
  const byProduct = new Map<number, string[]>();
  for (const c of codes) {
    const list = byProduct.get(c.product_id);
    if (list) list.push(c.code);
    else byProduct.set(c.product_id, [c.code]);
  }
  const byId = new Map(rows.map((r) => [r.id, toProduct(r, byProduct.get(r.id) ?? [])]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function findProduct(db: Database.Database, id: number): Product | undefined {
  return productsByIds(db, [id])[0];
}

export function getProduct(ctx: Ctx, id: number): Product {
  const product = findProduct(ctx.db, id);
  if (!product) throw new AppError('NOT_FOUND', 'Product not found.', { details: { reason: 'productNotFound', id } });
  return product;
}

/** Every product by name (export). Barcodes in one pass. */
export function allProducts(db: Database.Database): Product[] {
  const rows = stmt(db, `${PRODUCT_SELECT} ORDER BY p.sku`).all() as ProductRow[];
  const byProduct = new Map<number, string[]>();
  for (const c of stmt(db, 'SELECT product_id, code FROM product_barcodes ORDER BY product_id, code').all() as { product_id: number; code: string }[]) {
    const list = byProduct.get(c.product_id);
    if (list) list.push(c.code);
    else byProduct.set(c.product_id, [c.code]);
  }
  return rows.map((r) => toProduct(r, byProduct.get(r.id) ?? []));
}

/** A page of products by name, optionally of one category (no text query). */
export function productPage(db: Database.Database, filter: { categoryId: number | null; includeInactive: boolean; offset: number; limit: number }) {
  const where = `WHERE (@categoryId IS NULL OR p.category_id = @categoryId) AND (@includeInactive = 1 OR p.active = 1)`;
  const params = { categoryId: filter.categoryId, includeInactive: filter.includeInactive ? 1 : 0 };
  const total = stmt(db, `SELECT count(*) FROM products p ${where}`).pluck().get(params) as number;
  const ids = stmt(db, `SELECT p.id FROM products p ${where} ORDER BY p.name COLLATE NOCASE, p.id LIMIT @limit OFFSET @offset`)
    .pluck().all({ ...params, limit: filter.limit, offset: filter.offset }) as number[];
  return { items: productsByIds(db, ids), total };
}

interface CategoryRow { id: number; name: string; sort_order: number; product_count: number; active_count: number }

const CATEGORY_SELECT = `SELECT c.id, c.name, c.sort_order,
  (SELECT count(*) FROM products p WHERE p.category_id = c.id) AS product_count,
  (SELECT count(*) FROM products p WHERE p.category_id = c.id AND p.active = 1) AS active_count
  FROM categories c`;

const toCategory = (r: CategoryRow): Category => ({ id: r.id, name: r.name, sortOrder: r.sort_order, productCount: r.product_count, activeCount: r.active_count });

export function listCategories(db: Database.Database): Category[] {
  return (stmt(db, `${CATEGORY_SELECT} ORDER BY c.sort_order, c.name COLLATE NOCASE, c.id`).all() as CategoryRow[]).map(toCategory);
}

export function getCategory(ctx: Ctx, id: number): Category {
  const row = stmt(ctx.db, `${CATEGORY_SELECT} WHERE c.id = ?`).get(id) as CategoryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Category not found.', { details: { reason: 'categoryNotFound', id } });
  return toCategory(row);
}

export function categoryIdByName(db: Database.Database, name: string): number | undefined {
  return stmt(db, 'SELECT id FROM categories WHERE lower(name) = lower(?) ORDER BY id LIMIT 1').pluck().get(name) as number | undefined;
}

/** The active VAT rate with that id, or a VALIDATION error naming why not. */
export function activeVatRate(ctx: Ctx, id: number): { id: number; rateBasisPoints: number } {
  const row = stmt(ctx.db, 'SELECT id, rate_bp, retired_at FROM vat_rates WHERE id = ?').get(id) as { id: number; rate_bp: number; retired_at: string | null } | undefined;
  if (!row || row.retired_at !== null) {
    throw new AppError('VALIDATION', 'Choose an active VAT rate.', {
      issues: [{ path: ['vatRateId'], message: 'not an active VAT rate' }], details: { reason: 'vatRateInactive', field: 'vatRateId' },
    });
  }
  return { id: row.id, rateBasisPoints: row.rate_bp };
}
