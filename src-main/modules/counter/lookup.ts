/** From a scanned code or a product id to a line the screen can show (price and VAT from the catalogue). */
import type { CartLineDraft } from '../../../src-shared/contract/sell';
import { parseBarcode } from '../../../src-shared/barcode';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { readSetting } from '../settings/app-settings';

interface ProductRow { id: number; sku: string; name: string; unit: 'piece' | 'kg'; price_cents: number; vat_rate_id: number; rate_bp: number; active: number }

const PRODUCT_SELECT = `SELECT p.id, p.sku, p.name, p.unit, p.price_cents, p.vat_rate_id, v.rate_bp, p.active
  FROM products p JOIN vat_rates v ON v.id = p.vat_rate_id`;

export function loadProduct(ctx: Ctx, productId: number): ProductRow {
  const row = ctx.db.prepare(`${PRODUCT_SELECT} WHERE p.id = ?`).get(productId) as ProductRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'This product does not exist.', { details: { reason: 'productNotFound' } });
  if (!row.active) throw new AppError('CONFLICT', `"${row.name}" is no longer sold.`, { details: { reason: 'productInactive', name: row.name } });
  return row;
}

function draftOf(p: ProductRow): CartLineDraft {
  return {
    productId: p.id, name: p.name, sku: p.sku, unit: p.unit, unitPriceCents: p.price_cents,
    quantity: 1000, vatRateId: p.vat_rate_id, vatRateBasisPoints: p.rate_bp,
  };
}

export function productDraft(ctx: Ctx, productId: number): CartLineDraft {
  return draftOf(loadProduct(ctx, productId));
}

function productIdByCode(ctx: Ctx, code: string): number | undefined {
  return ctx.db.prepare('SELECT product_id FROM product_barcodes WHERE code = ?').pluck().get(code) as number | undefined;
}

/**
 * Resolves a code to a line. Price-embedded codes fix the line's amount (1 × the price), weight
 * codes its weight (grams = thousandths of a kg) at the product's price per kg.
 */
export function lookup(ctx: Ctx, rawCode: string): CartLineDraft {
  const parsed = parseBarcode(rawCode, readSetting(ctx.db, 'counter').embeddedPrefixes);
  if (parsed.kind === 'invalid') {
    throw new AppError('VALIDATION', `"${parsed.code}" is not a valid barcode (${parsed.reason === 'checkDigit' ? 'wrong check digit' : 'unexpected characters'}).`, {
      details: { reason: parsed.reason === 'checkDigit' ? 'badCheckDigit' : 'badBarcode', code: parsed.code },
    });
  }
  const unknown = () => new AppError('NOT_FOUND', `No product has the code ${parsed.code}.`, { details: { reason: 'unknownBarcode', code: parsed.code } });
  if (parsed.kind === 'embedded') {
    const id = productIdByCode(ctx, parsed.itemCode);
    if (id === undefined) throw unknown();
    const product = loadProduct(ctx, id);
    const draft = { ...draftOf(product), barcode: parsed.code, embedded: parsed.embedded };
    return parsed.embedded === 'price' ? { ...draft, unitPriceCents: parsed.value, quantity: 1000 } : { ...draft, quantity: parsed.value };
  }
  const id = productIdByCode(ctx, parsed.code);
  if (id === undefined) throw unknown();
  return { ...draftOf(loadProduct(ctx, id)), barcode: parsed.code };
}
