/**
 * The counter (module "counter"): scanning, the cart, manager approvals, parked sales, checkout,
 * receipts, returns, voids and vouchers. The cart lives in the screen; the core re-prices it from
 * the catalogue at checkout and never trusts a price it did not approve.
 */
import { z } from '../zod-setup';
import type { VatBucket } from '../pricing';
import { channel } from './define';
import { empty, id, optionalText, pin, requiredText } from './fields';

const cents = z.int().min(0).max(100_000_000_00);
export const discountInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), basisPoints: z.int().min(1).max(10_000) }),
  z.strictObject({ kind: z.literal('amount'), cents: z.int().min(1).max(100_000_000_00) }),
]);

export const productLineInput = z.strictObject({
  type: z.literal('product'),
  productId: id,
  /** Thousandths: 1 piece = 1000; grams for weighed goods. */
  quantity: z.int().min(1).max(1_000_000_000),
  /** The scanned code when it carried a price or a weight; the core reads it again. */
  barcode: z.string().max(40).optional(),
  priceOverrideCents: cents.optional(),
  discount: discountInput.optional(),
  /** A manager's approval for the override or a discount above the limit. */
  approvalId: id.optional(),
});

export const voucherLineInput = z.strictObject({
  type: z.literal('voucher'),
  amountCents: z.int().min(100).max(1_000_000),
});

export const cartInput = z.strictObject({
  lines: z.array(z.discriminatedUnion('type', [productLineInput, voucherLineInput])).min(1).max(500),
  basketDiscount: discountInput.optional(),
  basketApprovalId: id.optional(),
});

/** 'account': on account, for a customer allowed to buy on account (the customers module keeps the account). */
export const PAYMENT_METHODS = ['cash', 'card', 'voucher', 'account'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const paymentInput = z.strictObject({
  method: z.enum(PAYMENT_METHODS),
  amountCents: z.int().min(1).max(100_000_000_00),
  voucherCode: z.string().trim().max(40).optional(),
});

export type CartInput = z.input<typeof cartInput>;
export type ProductLineInput = z.input<typeof productLineInput>;

/** A line as the screen shows it before checkout (from a scan, a search or a recalled sale). */
export interface CartLineDraft {
  productId: number;
  name: string;
  sku: string;
  unit: 'piece' | 'kg';
  unitPriceCents: number;
  quantity: number;
  vatRateId: number;
  vatRateBasisPoints: number;
  barcode?: string;
  /** Set when the code fixed the line's price or weight (the quantity cannot be changed then). */
  embedded?: 'price' | 'weight';
}

export interface ReceiptLine {
  id: number;
  kind: 'product' | 'voucher';
  productId: number | null;
  name: string;
  sku: string | null;
  unit: 'piece' | 'kg';
  quantity: number;
  unitPriceCents: number;
  grossCents: number;
  discountCents: number;
  totalCents: number;
  vatRateBasisPoints: number | null;
  /** "A", "B" … pointing into the VAT table; null outside VAT. */
  vatLetter: string | null;
  voucherCode: string | null;
  /** For a sale: how much can still be returned (thousandths). */
  returnableQuantity: number;
}

export interface Receipt {
  id: number;
  number: string;
  kind: 'sale' | 'return' | 'void';
  at: string;
  registerName: string;
  staffName: string;
  originalNumber: string | null;
  currency: string;
  seller: { name: string; street: string; postalCode: string; city: string; vatId: string; taxNumber: string };
  lines: ReceiptLine[];
  discountCents: number;
  totalCents: number;
  vat: (VatBucket & { letter: string })[];
  payments: { method: PaymentMethod; amountCents: number; voucherCode: string | null }[];
  changeCents: number;
  /** The customer the sale was made for (returns and voids carry the sale's customer); null when none. */
  customer: { id: number; number: number; name: string } | null;
  /** Set on reprints: this is copy number N. */
  copy: number | null;
  /** The sale is booked in a locked period: a return or void of it is booked in the open period (today). */
  inClosedPeriod: boolean;
  hash: string;
}

export interface ParkedSale {
  id: number;
  label: string;
  parkedAt: string;
  staffName: string;
  lineCount: number;
  totalCents: number;
}

export const APPROVAL_ACTIONS = ['discount', 'priceOverride', 'refund', 'void'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

export interface CounterSettings {
  /** Discounts above this (basis points of the line or basket) need a manager. */
  discountLimitBasisPoints: number;
  /** Refunds above this need a manager. */
  refundLimitCents: number;
  /** Quick-cash buttons, in cents. */
  quickCashCents: number[];
  /** Two-digit EAN-13 prefixes whose codes carry a price or a weight. */
  embeddedPrefixes: Record<string, 'price' | 'weight'>;
}

export const counterSettingsInput = z.strictObject({
  discountLimitBasisPoints: z.int().min(0).max(10_000),
  refundLimitCents: cents,
  quickCashCents: z.array(z.int().min(1).max(1_000_000)).max(8),
  embeddedPrefixes: z.record(z.string().regex(/^2\d$/), z.enum(['price', 'weight'])),
});

export const sellContract = {
  'counter.lookup': channel<CartLineDraft>()({ input: z.strictObject({ code: z.string().trim().min(1).max(40) }), access: 'counter.sell' }),
  'counter.product': channel<CartLineDraft>()({ input: z.strictObject({ productId: id }), access: 'counter.sell' }),
  'counter.approve': channel<{ approvalId: number; managerName: string; expiresAt: string }>()({
    input: z.strictObject({ pin, action: z.enum(APPROVAL_ACTIONS) }),
    access: 'counter.sell',
    changes: ['audit'],
  }),
  'counter.park': channel<{ id: number }>()({
    input: z.strictObject({ cart: cartInput, label: optionalText(60).default('') }),
    access: 'counter.sell',
    changes: ['parked'],
  }),
  'counter.parked.list': channel<ParkedSale[]>()({ input: empty, access: 'counter.sell' }),
  'counter.parked.recall': channel<{ lines: CartLineDraft[]; voucherLines: number[] }>()({
    input: z.strictObject({ id }),
    access: 'counter.sell',
    changes: ['parked'],
  }),
  'counter.checkout': channel<Receipt>()({
    input: z.strictObject({
      cart: cartInput,
      payments: z.array(paymentInput).min(1).max(10),
      /** The screen's id for this checkout: a retried call returns the same receipt, never a second sale. */
      clientRef: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
      /** The customer attached to the sale; needed for the tender 'account'. */
      customerId: id.optional(),
    }),
    access: 'counter.sell',
    changes: ['sales', 'shift', 'stock', 'ledger', 'customers'],
  }),
  'counter.receipt.get': channel<Receipt>()({
    input: z.union([z.strictObject({ id }), z.strictObject({ number: requiredText(40) })]),
    access: 'counter.sell',
  }),
  'counter.receipt.reprint': channel<Receipt>()({ input: z.strictObject({ id }), access: 'counter.sell', changes: ['audit'] }),
  'counter.receipt.recent': channel<{ id: number; number: string; kind: Receipt['kind']; at: string; totalCents: number }[]>()({
    input: z.strictObject({ limit: z.int().min(1).max(100).default(20) }),
    access: 'counter.sell',
  }),
  'counter.return': channel<Receipt>()({
    input: z.strictObject({
      saleId: id,
      lines: z.array(z.strictObject({ saleLineId: id, quantity: z.int().min(1).max(1_000_000_000) })).min(1).max(500),
      refundMethod: z.enum(['cash', 'card']),
      approvalId: id.optional(),
      clientRef: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
    }),
    access: 'counter.sell',
    changes: ['sales', 'shift', 'stock', 'ledger', 'customers'],
  }),
  'counter.void': channel<Receipt>()({
    input: z.strictObject({ saleId: id, approvalId: id.optional() }),
    access: 'counter.sell',
    changes: ['sales', 'shift', 'stock', 'ledger', 'customers'],
  }),
  'counter.voucher.check': channel<{ code: string; balanceCents: number }>()({
    input: z.strictObject({ code: z.string().trim().min(4).max(40) }),
    access: 'counter.sell',
  }),
  'counter.verify': channel<{ receipts: number; ok: boolean; problems: { number: string; problem: string }[] }>()({
    input: empty,
    access: 'audit.view',
  }),
  'counter.settings.get': channel<CounterSettings>()({ input: empty, access: 'counter.sell' }),
  'counter.settings.update': channel<CounterSettings>()({ input: counterSettingsInput, access: 'settings.manage', changes: ['counterSettings'] }),
};
