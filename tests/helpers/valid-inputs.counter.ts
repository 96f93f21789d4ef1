/** Valid sample inputs for the counter's and shift channels (see valid-inputs.ts). */
const cart = { lines: [{ type: 'product', productId: 1, quantity: 1000 }] };

export const VALID_COUNTER = {
  'counter.lookup': { code: '4004211000015' },
  'counter.product': { productId: 1 },
  'counter.approve': { pin: '2222', action: 'discount' },
  'counter.park': { cart, label: 'Frau Meier' },
  'counter.parked.list': {},
  'counter.parked.recall': { id: 1 },
  'counter.checkout': { cart, payments: [{ method: 'cash', amountCents: 500 }], clientRef: 'test-checkout-1' },
  'counter.receipt.get': { id: 1 },
  'counter.receipt.reprint': { id: 1 },
  'counter.receipt.recent': { limit: 5 },
  'counter.return': { saleId: 1, lines: [{ saleLineId: 1, quantity: 1000 }], refundMethod: 'cash', clientRef: 'test-return-1' },
  'counter.void': { saleId: 1 },
  'counter.voucher.check': { code: 'GS-ABCD-1234' },
  'counter.verify': {},
  'counter.settings.get': {},
  'counter.settings.update': { discountLimitBasisPoints: 1000, refundLimitCents: 5000, quickCashCents: [500, 1000, 2000, 5000], embeddedPrefixes: { '21': 'price', '28': 'weight' } },
  'shift.current': {},
  'shift.open': { floatCents: 15000 },
  'shift.cashMove': { direction: 'out', amountCents: 2000, reason: 'pettyExpense', note: 'Briefmarken' },
  'shift.xReport': {},
  'shift.close': { counted: [{ denominationCents: 1000, count: 15 }] },
  'shift.zReport.get': { id: 1 },
  'shift.zReport.list': { limit: 10 },
} satisfies Record<string, Record<string, unknown>>;
