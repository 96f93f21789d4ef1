/** Looking up what a purchasing command names, and small rules shared by its parts. */
import type { Ctx } from '../../core/context';
import { divideRounded } from '../../../src-shared/money';
import { AppError } from '../../core/errors';

export interface SupplierRow {
  id: number; name: string; contact_person: string; email: string; phone: string; street: string; postal_code: string; city: string;
  country_code: string; vat_id: string; customer_number: string; payment_terms_days: number; note: string; active: 0 | 1;
}

export function supplierRow(ctx: Pick<Ctx, 'db'>, supplierId: number): SupplierRow {
  const row = ctx.db.prepare('SELECT * FROM suppliers WHERE id = ?').get(supplierId) as SupplierRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no supplier ${supplierId}.`, { details: { reason: 'supplierNotFound', supplierId } });
  return row;
}

/** New orders go only to suppliers still in use. */
export function activeSupplierRow(ctx: Pick<Ctx, 'db'>, supplierId: number): SupplierRow {
  const row = supplierRow(ctx, supplierId);
  if (!row.active) throw new AppError('CONFLICT', `Supplier "${row.name}" is inactive.`, { details: { reason: 'supplierInactive', name: row.name } });
  return row;
}

export interface SupplierProductRow { supplier_sku: string; price_cents: number; pack_size: number; lead_time_days: number }

export function supplierProductRow(ctx: Pick<Ctx, 'db'>, supplierId: number, productId: number): SupplierProductRow | undefined {
  return ctx.db.prepare('SELECT supplier_sku, price_cents, pack_size, lead_time_days FROM supplier_products WHERE supplier_id = ? AND product_id = ?')
    .get(supplierId, productId) as SupplierProductRow | undefined;
}

/** A product may appear once per order, receipt or suggestion batch. */
export function refuseDuplicateProducts<T extends { productId: number }>(lines: T[], key: (line: T) => string = (l) => String(l.productId)): void {
  const seen = new Set<string>();
  for (const line of lines) {
    const k = key(line);
    if (seen.has(k)) {
      throw new AppError('VALIDATION', `Product ${line.productId} appears twice.`, { details: { reason: 'purchasingDuplicateLine', productId: line.productId } });
    }
    seen.add(k);
  }
}

/** A calendar day plus some days (days as YYYY-MM-DD, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Quantity (thousandths) × price per piece or kg, to the cent (half away from zero). */
export function lineNet(quantity: number, unitCostCents: number): number {
  const n = quantity * unitCostCents;
  // The input limits allow products beyond what cents can carry exactly: refuse those lines.
  if (!Number.isSafeInteger(n) || n > Number.MAX_SAFE_INTEGER / 2) {
    throw new AppError('VALIDATION', 'The line is too large.', { details: { reason: 'purchasingAmountTooLarge' } });
  }
  return divideRounded(n, 1000);
}

export const staffOf = (ctx: Ctx): number | null => ctx.session?.staffId ?? null;
