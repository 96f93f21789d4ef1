/**
 * The cart on screen (client-side until checkout). Totals come from the shared `priceCart`, the
 * same function the core prices with, so the screen and the receipt agree to the cent.
 */
import { create } from 'zustand';
import type { Customer } from '../../../src-shared/contract/customers';
import type { CartInput, CartLineDraft } from '../../../src-shared/contract/sell';
import { priceCart, type Discount, type PricedCart, type PricingLine } from '../../../src-shared/pricing';

export interface ProductLine {
  kind: 'product';
  key: number;
  draft: CartLineDraft;
  quantity: number;
  discount?: Discount;
  priceOverrideCents?: number;
  approvalId?: number;
}

export interface VoucherLine {
  kind: 'voucher';
  key: number;
  amountCents: number;
}

export type CartLine = ProductLine | VoucherLine;

interface CartState {
  lines: CartLine[];
  basketDiscount: Discount | null;
  basketApprovalId: number | null;
  /** The line just added or changed (highlighted and scrolled into view). */
  highlight: number | null;
  /** The line the keyboard works on (↑/↓, +/−, Del). */
  selected: number | null;
  /** The customer the sale is for (as read when attached); needed to sell on account. */
  customer: Customer | null;
  setCustomer(customer: Customer | null): void;
  add(draft: CartLineDraft): number;
  addVoucher(amountCents: number): void;
  setQuantity(key: number, quantity: number): void;
  step(key: number, delta: 1 | -1): void;
  remove(key: number): void;
  update(key: number, patch: Partial<Pick<ProductLine, 'discount' | 'priceOverrideCents' | 'approvalId'>>): void;
  setBasketDiscount(discount: Discount | null, approvalId?: number | null): void;
  select(key: number | null): void;
  moveSelection(delta: 1 | -1): void;
  load(lines: CartLineDraft[], vouchers: number[]): void;
  clear(): void;
}

let nextKey = 1;

const mergeable = (line: CartLine, draft: CartLineDraft): line is ProductLine =>
  line.kind === 'product' && !line.draft.embedded && !draft.embedded && draft.unit === 'piece' &&
  line.draft.productId === draft.productId && line.priceOverrideCents === undefined;

export const useCartStore = create<CartState>((set, get) => ({
  lines: [],
  basketDiscount: null,
  basketApprovalId: null,
  highlight: null,
  selected: null,
  customer: null,
  setCustomer(customer) {
    set({ customer });
  },
  add(draft) {
    const existing = get().lines.find((line) => mergeable(line, draft));
    if (existing) {
      set((s) => ({
        lines: s.lines.map((l) => (l === existing ? { ...existing, quantity: existing.quantity + draft.quantity } : l)),
        highlight: existing.key,
        selected: existing.key,
      }));
      return existing.key;
    }
    const key = nextKey++;
    set((s) => ({ lines: [...s.lines, { kind: 'product', key, draft, quantity: draft.quantity }], highlight: key, selected: key }));
    return key;
  },
  addVoucher(amountCents) {
    const key = nextKey++;
    set((s) => ({ lines: [...s.lines, { kind: 'voucher', key, amountCents }], highlight: key, selected: key }));
  },
  setQuantity(key, quantity) {
    set((s) => ({ lines: s.lines.map((l) => (l.key === key && l.kind === 'product' ? { ...l, quantity } : l)), highlight: key }));
  },
  step(key, delta) {
    const line = get().lines.find((l) => l.key === key);
    if (!line || line.kind !== 'product' || line.draft.embedded || line.draft.unit !== 'piece') return;
    const quantity = line.quantity + delta * 1000;
    if (quantity <= 0) get().remove(key);
    else get().setQuantity(key, quantity);
  },
  remove(key) {
    set((s) => {
      const index = s.lines.findIndex((l) => l.key === key);
      const lines = s.lines.filter((l) => l.key !== key);
      const neighbour = lines[Math.min(index, lines.length - 1)];
      return { lines, highlight: null, selected: neighbour?.key ?? null, ...(lines.length === 0 ? { basketDiscount: null, basketApprovalId: null } : {}) };
    });
  },
  update(key, patch) {
    set((s) => ({ lines: s.lines.map((l) => (l.key === key && l.kind === 'product' ? { ...l, ...patch } : l)), highlight: key }));
  },
  setBasketDiscount(discount, approvalId = null) {
    set({ basketDiscount: discount, basketApprovalId: discount ? approvalId : null });
  },
  select(key) {
    set({ selected: key });
  },
  moveSelection(delta) {
    const { lines, selected } = get();
    if (lines.length === 0) return;
    const index = lines.findIndex((l) => l.key === selected);
    const next = index < 0 ? (delta > 0 ? 0 : lines.length - 1) : Math.max(0, Math.min(lines.length - 1, index + delta));
    set({ selected: lines[next]!.key, highlight: null });
  },
  load(drafts, vouchers) {
    const lines: CartLine[] = [
      ...drafts.map((draft): CartLine => ({ kind: 'product', key: nextKey++, draft, quantity: draft.quantity })),
      ...vouchers.map((amountCents): CartLine => ({ kind: 'voucher', key: nextKey++, amountCents })),
    ];
    set({ lines, basketDiscount: null, basketApprovalId: null, highlight: null, selected: lines.at(-1)?.key ?? null });
  },
  clear() {
    set({ lines: [], basketDiscount: null, basketApprovalId: null, highlight: null, selected: null, customer: null });
  },
}));

export const unitPriceOf = (line: ProductLine): number => line.priceOverrideCents ?? line.draft.unitPriceCents;

export function pricingLines(lines: CartLine[]): PricingLine[] {
  return lines.map((line) =>
    line.kind === 'voucher'
      ? { unitPriceCents: line.amountCents, quantity: 1000, vatRateBp: null, vatRateId: null, basketDiscountable: false }
      : { unitPriceCents: unitPriceOf(line), quantity: line.quantity, vatRateBp: line.draft.vatRateBasisPoints, vatRateId: line.draft.vatRateId, discount: line.discount ?? null },
  );
}

export function priceOf(lines: CartLine[], basketDiscount: Discount | null): PricedCart {
  return priceCart(pricingLines(lines), basketDiscount);
}

/** The cart as the core takes it (park, checkout). */
export function toCartInput(state: Pick<CartState, 'lines' | 'basketDiscount' | 'basketApprovalId'>): CartInput {
  return {
    lines: state.lines.map((line) =>
      line.kind === 'voucher'
        ? { type: 'voucher' as const, amountCents: line.amountCents }
        : {
            type: 'product' as const,
            productId: line.draft.productId,
            quantity: line.quantity,
            ...(line.draft.barcode && line.draft.embedded ? { barcode: line.draft.barcode } : {}),
            ...(line.priceOverrideCents !== undefined ? { priceOverrideCents: line.priceOverrideCents } : {}),
            ...(line.discount ? { discount: line.discount } : {}),
            ...(line.approvalId ? { approvalId: line.approvalId } : {}),
          },
    ),
    ...(state.basketDiscount ? { basketDiscount: state.basketDiscount } : {}),
    ...(state.basketApprovalId ? { basketApprovalId: state.basketApprovalId } : {}),
  };
}
