/** From the chosen goods receipts to the net per VAT rate an invoice form starts with. */
import type { GoodsReceipt } from '../../../src-shared/contract/purchasing';
import { lineNet } from './format';

export interface RateLine {
  vatRateId: number;
  netCents: number | null;
  /** Typed by the person as printed on the invoice; null: computed from the net. */
  vatCents: number | null;
}

/**
 * Sums each receipt line's net (quantity × unit cost) under its product's VAT rate. Products whose
 * rate is not known yet are left out; the caller asks the catalogue for them and calls again.
 */
export function netPerRate(receipts: GoodsReceipt[], rateOfProduct: ReadonlyMap<number, number>): RateLine[] {
  const sums = new Map<number, number>();
  for (const receipt of receipts) {
    for (const line of receipt.lines) {
      const rate = rateOfProduct.get(line.productId);
      if (rate === undefined) continue;
      sums.set(rate, (sums.get(rate) ?? 0) + lineNet(line.quantity, line.unitCostCents));
    }
  }
  return [...sums].sort(([a], [b]) => a - b).map(([vatRateId, netCents]) => ({ vatRateId, netCents, vatCents: null }));
}
