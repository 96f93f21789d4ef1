/**
 * A scanned or typed code → the product and how much one scan counts: one piece (or one kg), or
 * the weight a scale label carries. Exact barcodes and SKUs come from the catalogue search (open
 * to everyone in the back office); scale labels need the counter's lookup, which only people who
 * may sell can use.
 */
import { parseBarcode } from '../../../src-shared/barcode';
import type { SessionInfo } from '../../../src-shared/contract/auth';
import { ApiError, call } from '../../lib/api';
import { can } from '../auth/store';

export interface ScannedProduct {
  productId: number;
  name: string;
  sku: string;
  unit: 'piece' | 'kg';
  /** Thousandths this scan adds. */
  quantity: number;
}

export class UnknownCode extends Error {
  constructor(readonly code: string) {
    super(`No product has the code ${code}.`);
  }
}

export async function findByCode(rawCode: string, session: SessionInfo | null): Promise<ScannedProduct> {
  const code = rawCode.trim();
  const normalised = parseBarcode(code).code;
  const found = await call('catalogue.search', { query: code, limit: 5 });
  const exact = found.find((p) => p.barcodes.includes(code) || p.barcodes.includes(normalised) || p.sku.toLowerCase() === code.toLowerCase());
  if (exact) return { productId: exact.id, name: exact.name, sku: exact.sku, unit: exact.unit, quantity: 1000 };
  if (/^\d{8,14}$/.test(code) && can(session, 'counter.sell')) {
    try {
      const draft = await call('counter.lookup', { code });
      return { productId: draft.productId, name: draft.name, sku: draft.sku, unit: draft.unit, quantity: draft.embedded === 'weight' ? draft.quantity : 1000 };
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND') throw error;
    }
  }
  throw new UnknownCode(code);
}
