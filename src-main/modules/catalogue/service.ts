/**
 * Products and categories: create, edit, deactivate and reactivate (never delete). Edits change
 * only the catalogue; sales copy what they need, so nothing here cascades into past documents.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { Category, Product, Unit } from '../../../src-shared/contract/catalogue';
import { parseBarcode } from '../../../src-shared/barcode';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { activeVatRate, getCategory, getProduct, stmt } from './repo';

export interface ProductData {
  sku: string;
  name: string;
  categoryId: number | null;
  priceCents: number;
  vatRateId: number;
  unit: Unit;
  costCents: number;
  barcodes: string[];
  active: boolean;
}

export interface Issue {
  field: 'sku' | 'barcodes' | 'categoryId' | 'vatRateId';
  code: 'VALIDATION' | 'CONFLICT' | 'NOT_FOUND';
  reason: string;
  message: string;
  details?: Record<string, string | number>;
}

export const issueError = (issue: Issue): AppError =>
  new AppError(issue.code, issue.message, {
    ...(issue.code === 'VALIDATION' ? { issues: [{ path: [issue.field], message: issue.message }] } : {}),
    details: { reason: issue.reason, field: issue.field, ...issue.details },
  });

/**
 * Normalises a product's barcodes (UPC-A is stored as its 13-digit EAN form, duplicates are
 * dropped) and reports the first problem: bad format, bad GS1 check digit, or a code that
 * belongs to another product.
 */
export function checkBarcodes(ctx: Ctx, raw: readonly string[], productId: number | null): { codes: string[]; issue: Issue | null } {
  const codes: string[] = [];
  for (const entry of raw) {
    const parsed = parseBarcode(entry);
    if (parsed.kind === 'invalid') {
      const checkDigit = parsed.reason === 'checkDigit';
      return {
        codes,
        issue: {
          field: 'barcodes', code: 'VALIDATION', reason: checkDigit ? 'barcodeCheckDigit' : 'barcodeFormat', details: { code: parsed.code },
          message: checkDigit ? `The check digit of ${parsed.code} is wrong.` : `"${parsed.code}" is not a barcode: up to 40 letters, digits, dot, dash or underscore.`,
        },
      };
    }
    if (!codes.includes(parsed.code)) codes.push(parsed.code);
  }
  for (const code of codes) {
    const owner = stmt(ctx.db, 'SELECT p.id, p.sku, p.name FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE b.code = ?')
      .get(code) as { id: number; sku: string; name: string } | undefined;
    if (owner && owner.id !== productId) {
      return {
        codes,
        issue: {
          field: 'barcodes', code: 'CONFLICT', reason: 'barcodeTaken', details: { code, sku: owner.sku, name: owner.name },
          message: `The barcode ${code} already belongs to ${owner.name} (${owner.sku}).`,
        },
      };
    }
  }
  return { codes, issue: null };
}

export function skuIssue(ctx: Ctx, sku: string, productId: number | null): Issue | null {
  const clash = stmt(ctx.db, 'SELECT id, name FROM products WHERE sku = ? COLLATE NOCASE AND id <> ?').get(sku, productId ?? 0) as { id: number; name: string } | undefined;
  return clash
    ? { field: 'sku', code: 'CONFLICT', reason: 'skuTaken', message: `The SKU ${sku} already belongs to ${clash.name}.`, details: { sku, name: clash.name } }
    : null;
}

/** Writes a product's row and barcodes after every rule passed; returns its id. */
export function writeProduct(ctx: Ctx, id: number | null, data: ProductData, codes: readonly string[]): number {
  const now = ctx.now();
  const row = {
    sku: data.sku, name: data.name, categoryId: data.categoryId, priceCents: data.priceCents, vatRateId: data.vatRateId,
    unit: data.unit, costCents: data.costCents, active: data.active ? 1 : 0, now,
  };
  let productId: number;
  if (id === null) {
    productId = Number(stmt(ctx.db, `INSERT INTO products (sku, name, category_id, price_cents, vat_rate_id, unit, cost_cents, active, created_at, updated_at)
      VALUES (@sku, @name, @categoryId, @priceCents, @vatRateId, @unit, @costCents, @active, @now, @now)`).run(row).lastInsertRowid);
  } else {
    productId = id;
    stmt(ctx.db, `UPDATE products SET sku = @sku, name = @name, category_id = @categoryId, price_cents = @priceCents, vat_rate_id = @vatRateId,
      unit = @unit, cost_cents = @costCents, active = @active, updated_at = @now WHERE id = @id`).run({ ...row, id });
  }
  const existing = stmt(ctx.db, 'SELECT code FROM product_barcodes WHERE product_id = ?').pluck().all(productId) as string[];
  for (const code of existing) if (!codes.includes(code)) stmt(ctx.db, 'DELETE FROM product_barcodes WHERE code = ?').run(code);
  for (const code of codes) if (!existing.includes(code)) stmt(ctx.db, 'INSERT INTO product_barcodes (code, product_id) VALUES (?, ?)').run(code, productId);
  return productId;
}

function saveProduct(ctx: Ctx, id: number | null, data: ProductData): Product {
  const before = id === null ? undefined : getProduct(ctx, id);
  const sku = skuIssue(ctx, data.sku, id);
  if (sku) throw issueError(sku);
  if (data.categoryId !== null) getCategory(ctx, data.categoryId);
  // An existing product may keep a rate that was retired since; a new or changed rate must be active.
  if (before?.vatRateId !== data.vatRateId) activeVatRate(ctx, data.vatRateId);
  const { codes, issue } = checkBarcodes(ctx, data.barcodes, id);
  if (issue) throw issueError(issue);
  const productId = writeProduct(ctx, id, data, codes);
  const after = getProduct(ctx, productId);
  ctx.audit(id === null ? 'catalogue.product.create' : 'catalogue.product.update', `product:${productId}`, before, after);
  return after;
}

export function createProduct(ctx: Ctx, input: ParsedInput<'catalogue.product.create'>): Product {
  return saveProduct(ctx, null, input);
}

export function updateProduct(ctx: Ctx, input: ParsedInput<'catalogue.product.update'>): Product {
  const before = getProduct(ctx, input.id);
  return saveProduct(ctx, input.id, { ...input, active: before.active });
}

export function setProductActive(ctx: Ctx, id: number, active: boolean): Product {
  const before = getProduct(ctx, id);
  if (before.active === active) return before;
  stmt(ctx.db, 'UPDATE products SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, ctx.now(), id);
  const after = getProduct(ctx, id);
  ctx.audit(active ? 'catalogue.product.reactivate' : 'catalogue.product.deactivate', `product:${id}`, before, after);
  return after;
}

function assertCategoryNameFree(ctx: Ctx, name: string, exceptId: number): void {
  const clash = stmt(ctx.db, 'SELECT id FROM categories WHERE lower(name) = lower(?) AND id <> ?').get(name, exceptId);
  if (clash) throw new AppError('CONFLICT', `A category is already called "${name}".`, { details: { reason: 'categoryNameTaken', field: 'name', name } });
}

export function createCategory(ctx: Ctx, name: string): Category {
  assertCategoryNameFree(ctx, name, 0);
  const next = stmt(ctx.db, 'SELECT coalesce(max(sort_order), -1) + 1 FROM categories').pluck().get() as number;
  const id = Number(stmt(ctx.db, 'INSERT INTO categories (name, sort_order) VALUES (?, ?)').run(name, next).lastInsertRowid);
  const created = getCategory(ctx, id);
  ctx.audit('catalogue.category.create', `category:${id}`, undefined, created);
  return created;
}

export function renameCategory(ctx: Ctx, id: number, name: string): Category {
  const before = getCategory(ctx, id);
  assertCategoryNameFree(ctx, name, id);
  stmt(ctx.db, 'UPDATE categories SET name = ? WHERE id = ?').run(name, id);
  const after = getCategory(ctx, id);
  ctx.audit('catalogue.category.rename', `category:${id}`, before, after);
  return after;
}
