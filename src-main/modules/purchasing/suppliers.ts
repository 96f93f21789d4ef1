/**
 * Suppliers and what they sell us. A supplier is deactivated, never deleted (orders, receipts and
 * invoices keep pointing at it); names are unique regardless of case. The summary counts orders
 * still to arrive and what we owe (recorded invoices minus payments).
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { Supplier, SupplierProduct, SupplierSummary } from '../../../src-shared/contract/purchasing';
import type { Ctx } from '../../core/context';
import { likeContains } from '../../db/like';
import { AppError } from '../../core/errors';
import { productRow } from '../stock/lookups';
import { supplierRow } from './lookups';

type SupplierFields = ParsedInput<'purchasing.suppliers.create'>;

const SUMMARY = `
  SELECT s.id, s.name, s.customer_number AS customerNumber, s.email, s.phone, s.payment_terms_days AS paymentTermsDays, s.active,
    (SELECT count(*) FROM purchase_orders o WHERE o.supplier_id = s.id AND o.status IN ('ordered', 'partlyReceived')) AS openOrders,
    (SELECT coalesce(sum(i.gross_cents), 0) FROM supplier_invoices i WHERE i.supplier_id = s.id)
      - (SELECT coalesce(sum(p.amount_cents), 0) FROM supplier_payments p JOIN supplier_invoices i ON i.id = p.invoice_id WHERE i.supplier_id = s.id) AS openPayableCents
  FROM suppliers s`;

type SummaryRow = Omit<SupplierSummary, 'active'> & { active: 0 | 1 };
const toSummary = (r: SummaryRow): SupplierSummary => ({ ...r, active: r.active === 1 });

export function listSuppliers(ctx: Ctx, q: { search: string; includeInactive: boolean }): SupplierSummary[] {
  const pattern = likeContains(q.search);
  return (ctx.db.prepare(
    `${SUMMARY} WHERE (@all = 1 OR s.active = 1)
       AND (@search = '' OR s.name LIKE @pattern ESCAPE '\\' OR s.customer_number LIKE @pattern ESCAPE '\\' OR s.city LIKE @pattern ESCAPE '\\')
     ORDER BY s.active DESC, s.name COLLATE NOCASE, s.id`,
  ).all({ all: q.includeInactive ? 1 : 0, search: q.search, pattern }) as SummaryRow[]).map(toSummary);
}

export function supplierProducts(ctx: Ctx, supplierId: number): SupplierProduct[] {
  return ctx.db.prepare(
    `SELECT sp.product_id AS productId, p.sku, p.name, p.unit, sp.supplier_sku AS supplierSku, sp.price_cents AS priceCents,
       sp.pack_size AS packSize, sp.lead_time_days AS leadTimeDays
     FROM supplier_products sp JOIN products p ON p.id = sp.product_id WHERE sp.supplier_id = ? ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all(supplierId) as SupplierProduct[];
}

export function getSupplier(ctx: Ctx, id: number): Supplier {
  const row = supplierRow(ctx, id);
  const summary = toSummary(ctx.db.prepare(`${SUMMARY} WHERE s.id = ?`).get(id) as SummaryRow);
  return {
    ...summary,
    contactPerson: row.contact_person, street: row.street, postalCode: row.postal_code, city: row.city,
    countryCode: row.country_code, vatId: row.vat_id, note: row.note,
    products: supplierProducts(ctx, id),
  };
}

/** Case-insensitive beyond ASCII ("RÖSTEREI" equals "Rösterei"), which SQLite's NOCASE is not. */
function refuseTakenName(ctx: Ctx, name: string, exceptId: number | null): void {
  const wanted = name.toLocaleLowerCase('de');
  const names = ctx.db.prepare('SELECT name FROM suppliers WHERE id IS NOT ?').pluck().all(exceptId) as string[];
  if (names.some((n) => n.toLocaleLowerCase('de') === wanted)) {
    throw new AppError('CONFLICT', `A supplier named "${name}" exists already.`, { details: { reason: 'supplierNameTaken', name } });
  }
}

const columns = (input: SupplierFields) => ({
  name: input.name, contactPerson: input.contactPerson, email: input.email, phone: input.phone, street: input.street,
  postalCode: input.postalCode, city: input.city, countryCode: input.countryCode, vatId: input.vatId,
  customerNumber: input.customerNumber, paymentTermsDays: input.paymentTermsDays, note: input.note,
});

export function createSupplier(ctx: Ctx, input: SupplierFields): Supplier {
  refuseTakenName(ctx, input.name, null);
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO suppliers (name, contact_person, email, phone, street, postal_code, city, country_code, vat_id, customer_number,
       payment_terms_days, note, active, created_at, updated_at)
     VALUES (@name, @contactPerson, @email, @phone, @street, @postalCode, @city, @countryCode, @vatId, @customerNumber,
       @paymentTermsDays, @note, 1, @now, @now)`,
  ).run({ ...columns(input), now: ctx.now() });
  const id = Number(lastInsertRowid);
  ctx.audit('purchasing.suppliers.create', `supplier:${id}`, undefined, columns(input));
  return getSupplier(ctx, id);
}

export function updateSupplier(ctx: Ctx, input: ParsedInput<'purchasing.suppliers.update'>): Supplier {
  const before = supplierRow(ctx, input.id);
  refuseTakenName(ctx, input.name, input.id);
  ctx.db.prepare(
    `UPDATE suppliers SET name = @name, contact_person = @contactPerson, email = @email, phone = @phone, street = @street,
       postal_code = @postalCode, city = @city, country_code = @countryCode, vat_id = @vatId, customer_number = @customerNumber,
       payment_terms_days = @paymentTermsDays, note = @note, updated_at = @now WHERE id = @id`,
  ).run({ ...columns(input), id: input.id, now: ctx.now() });
  ctx.audit('purchasing.suppliers.update', `supplier:${input.id}`, before, columns(input));
  return getSupplier(ctx, input.id);
}

export function setSupplierActive(ctx: Ctx, id: number, active: boolean): Supplier {
  const before = supplierRow(ctx, id);
  ctx.db.prepare('UPDATE suppliers SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, ctx.now(), id);
  ctx.audit('purchasing.suppliers.setActive', `supplier:${id}`, { active: before.active === 1 }, { active });
  return getSupplier(ctx, id);
}

export function setSupplierProduct(ctx: Ctx, input: ParsedInput<'purchasing.supplierProducts.set'>): Supplier {
  supplierRow(ctx, input.supplierId);
  productRow(ctx, input.productId);
  const before = ctx.db.prepare('SELECT supplier_sku, price_cents, pack_size, lead_time_days FROM supplier_products WHERE supplier_id = ? AND product_id = ?')
    .get(input.supplierId, input.productId);
  ctx.db.prepare(
    `INSERT INTO supplier_products (supplier_id, product_id, supplier_sku, price_cents, pack_size, lead_time_days)
     VALUES (@supplierId, @productId, @supplierSku, @priceCents, @packSize, @leadTimeDays)
     ON CONFLICT (supplier_id, product_id) DO UPDATE SET supplier_sku = excluded.supplier_sku, price_cents = excluded.price_cents,
       pack_size = excluded.pack_size, lead_time_days = excluded.lead_time_days`,
  ).run(input);
  const { supplierId: _s, productId: _p, ...after } = input;
  ctx.audit('purchasing.supplierProducts.set', `supplier:${input.supplierId}/product:${input.productId}`, before, after);
  return getSupplier(ctx, input.supplierId);
}

export function removeSupplierProduct(ctx: Ctx, supplierId: number, productId: number): Supplier {
  supplierRow(ctx, supplierId);
  const before = ctx.db.prepare('SELECT supplier_sku, price_cents, pack_size, lead_time_days FROM supplier_products WHERE supplier_id = ? AND product_id = ?')
    .get(supplierId, productId);
  if (before === undefined) {
    throw new AppError('NOT_FOUND', `The supplier does not carry product ${productId}.`, { details: { reason: 'supplierProductNotFound', productId } });
  }
  ctx.db.prepare('DELETE FROM supplier_products WHERE supplier_id = ? AND product_id = ?').run(supplierId, productId);
  ctx.audit('purchasing.supplierProducts.remove', `supplier:${supplierId}/product:${productId}`, before);
  return getSupplier(ctx, supplierId);
}
