/**
 * From a scanned or typed code to the product being counted, and how much one scan counts.
 * The catalogue's search is used (any signed-in staff may search, so a stock clerk without the
 * counter's permission can count too, and inactive products found on the shelf are found), but
 * only an exact SKU or barcode is taken — a count must never add to a product that merely
 * resembles the code.
 */
import { DEFAULT_EMBEDDED_PREFIXES, parseBarcode, type EmbeddedPrefixes } from '../../../src-shared/barcode';
import type { ProductSummary } from '../../../src-shared/contract/catalogue';
import { call } from '../../lib/api';

export type CountScan =
  /** `quantity` in thousandths; null: a weighed product without a scale label, its weight must be typed. */
  | { kind: 'found'; product: ProductSummary; quantity: number | null }
  | { kind: 'unknown'; code: string }
  | { kind: 'badCheckDigit'; code: string };

const ONE_UNIT = 1000;

export async function resolveCountCode(raw: string, prefixes: EmbeddedPrefixes = DEFAULT_EMBEDDED_PREFIXES): Promise<CountScan> {
  const code = raw.trim();
  const parsed = parseBarcode(code, prefixes);
  const query = parsed.kind === 'embedded' ? parsed.itemCode : code;
  const hits = await call('catalogue.search', { query, limit: 5, includeInactive: true });
  const perScan = (product: ProductSummary, weight: number | null = null): CountScan => ({
    kind: 'found', product, quantity: product.unit === 'kg' ? weight : ONE_UNIT,
  });

  const bySku = hits.find((p) => p.sku.toLowerCase() === code.toLowerCase());
  if (bySku) return perScan(bySku);
  if (parsed.kind === 'plain') {
    const product = hits.find((p) => p.barcodes.includes(parsed.code) || p.barcodes.includes(code));
    if (product) return perScan(product);
  }
  if (parsed.kind === 'embedded') {
    const product = hits.find((p) => p.barcodes.includes(parsed.itemCode));
    // A scale label carries the weight in grams (= thousandths of a kg); a price label only the price.
    if (product) return perScan(product, parsed.embedded === 'weight' && parsed.value > 0 ? parsed.value : null);
  }
  if (parsed.kind === 'invalid' && parsed.reason === 'checkDigit') return { kind: 'badCheckDigit', code };
  return { kind: 'unknown', code };
}
