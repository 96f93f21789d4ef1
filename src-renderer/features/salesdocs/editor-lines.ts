/**
 * The editor's lines as the person types them (text fields), and their conversion to what the
 * core takes: quantities in thousandths, prices in cents, discounts in basis points. The totals
 * use the same shared arithmetic as the core, so the screen shows the numbers the PDF will.
 */
import type { SalesDocumentLine, SalesLineInput, SalesUnit } from '../../../src-shared/contract/salesdocs';
import { formatMoneyInput, parseMoneyInput } from '../../../src-shared/money-input';
import { parsePercent } from '../../../src-shared/money';
import { documentTotals, lineNetCents, type DocumentTotals } from '../../../src-shared/salesdocs-totals';

export interface EditorLine {
  key: string;
  productId: number | null;
  sku: string;
  description: string;
  quantity: string;
  unit: SalesUnit;
  unitPrice: string;
  discount: string;
  vatRateId: number;
}

let keys = 0;
export const nextKey = () => `line-${++keys}`;

/** "2,5" / "2.5" / "3" → thousandths (2500); null for anything else or more than three decimals. */
export function parseQuantityInput(text: string): number | null {
  const match = /^\s*(\d{1,7})(?:[.,](\d{1,3}))?\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
  return value > 0 ? value : null;
}

export function formatQuantityInput(thousandths: number, separator: string): string {
  const whole = Math.floor(thousandths / 1000);
  const fraction = String(thousandths % 1000).padStart(3, '0').replace(/0+$/, '');
  return fraction ? `${whole}${separator}${fraction}` : String(whole);
}

/** An empty discount is none; otherwise a percentage ("10", "2,5"). */
export function parseDiscountInput(text: string): number | null {
  return text.trim() === '' ? 0 : parsePercent(text);
}

export function toInput(line: EditorLine): SalesLineInput | null {
  const quantity = parseQuantityInput(line.quantity);
  const unitPriceCents = parseMoneyInput(line.unitPrice);
  const discountBasisPoints = parseDiscountInput(line.discount);
  if (quantity === null || unitPriceCents === null || discountBasisPoints === null || line.description.trim() === '') return null;
  return { productId: line.productId, description: line.description.trim(), quantity, unit: line.unit, unitPriceCents, discountBasisPoints, vatRateId: line.vatRateId };
}

export function fromDocumentLine(line: SalesDocumentLine, separator: string): EditorLine {
  return {
    key: nextKey(), productId: line.productId, sku: line.sku, description: line.description, quantity: formatQuantityInput(line.quantity, separator),
    unit: line.unit, unitPrice: formatMoneyInput(line.unitPriceCents, separator),
    discount: line.discountBasisPoints === 0 ? '' : formatQuantityInput(line.discountBasisPoints * 10, separator), vatRateId: line.vatRateId,
  };
}

/** A line's net for the screen, or null while it cannot be read. */
export function editorLineNet(line: EditorLine): number | null {
  const input = toInput({ ...line, description: line.description || '-' });
  return input === null ? null : lineNetCents(input);
}

/** The totals of the lines that can be read, with the rates' percentages. */
export function editorTotals(lines: EditorLine[], rateOf: (vatRateId: number) => number): DocumentTotals | null {
  const inputs = lines.map((l) => toInput({ ...l, description: l.description || '-' }));
  if (inputs.some((i) => i === null)) return null;
  return documentTotals(inputs.map((i) => ({ ...i!, rateBasisPoints: rateOf(i!.vatRateId) })));
}
