/** The lines of a goods receipt being counted: from the order's outstanding quantities, scans and typing. */
import type { PurchaseOrder } from '../../../src-shared/contract/purchasing';

export interface CountedLine {
  productId: number;
  name: string;
  sku: string;
  unit: 'piece' | 'kg';
  /** Still to come on the order; null for a product the order does not have (or no order). */
  outstanding: number | null;
  /** Thousandths counted so far; null while the field is empty. */
  counted: number | null;
  /** Only for a receipt without an order; null lets the core take the supplier's price or the current cost. */
  unitCostCents: number | null;
}

/** The order's open lines, each prefilled with what is still outstanding (or with 0 to count from scratch). */
export function linesFromOrder(order: PurchaseOrder, prefill: boolean): CountedLine[] {
  return order.lines.filter((l) => l.outstanding > 0).map((l) => ({
    productId: l.productId, name: l.name, sku: l.sku, unit: l.unit, outstanding: l.outstanding,
    counted: prefill ? l.outstanding : 0, unitCostCents: null,
  }));
}

/** Adds a counted quantity to the product's line, or a new line at the end. */
export function addCount(lines: CountedLine[], product: Omit<CountedLine, 'counted' | 'outstanding' | 'unitCostCents'>, quantity: number): CountedLine[] {
  const at = lines.findIndex((l) => l.productId === product.productId);
  if (at < 0) return [...lines, { ...product, outstanding: null, counted: quantity, unitCostCents: null }];
  return lines.map((l, i) => (i === at ? { ...l, counted: (l.counted ?? 0) + quantity } : l));
}

/** More than the order still expects: what the person must confirm before it is booked. */
export function surplusOf(line: CountedLine, withOrder: boolean): number {
  if (!withOrder) return 0;
  return Math.max(0, (line.counted ?? 0) - (line.outstanding ?? 0));
}

/** One product delivered beyond the order, as the confirmation lists it. */
export interface Surplus {
  productId: number;
  name: string;
  unit: 'piece' | 'kg';
  outstanding: number;
  received: number;
}

/**
 * The surplus the core found (its refusal lists every line, so a receipt booked meanwhile by
 * someone else counts), else what the screen counted against the outstanding quantities.
 */
export function surplusFrom(details: Record<string, unknown> | undefined, lines: CountedLine[]): Surplus[] {
  const unitOf = (productId: number) => lines.find((l) => l.productId === productId)?.unit ?? 'piece';
  try {
    const listed = JSON.parse(String(details?.lines)) as { productId: number; name: string; outstanding: number; received: number }[];
    if (Array.isArray(listed) && listed.length > 0) return listed.map((l) => ({ ...l, unit: unitOf(l.productId) }));
  } catch {
    // Not listed: fall back to what the screen knows.
  }
  return lines.filter((l) => surplusOf(l, true) > 0)
    .map((l) => ({ productId: l.productId, name: l.name, unit: l.unit, outstanding: l.outstanding ?? 0, received: l.counted ?? 0 }));
}
