import fc from 'fast-check';
import { embeddedCode } from '../../src-shared/barcode';
import { counterCore, journalOf, productId, ref } from '../helpers/counter';
import { logicalDump } from '../helpers/core';

describe('a hand-computed basket', () => {
  test('mixed 19 %/7 %, a weighed item, a price label, line and basket discounts: totals, VAT and journal to the cent', () => {
    const t = counterCore();
    const bread = productId(t, 'Bauernbrot'); // 4,20 € 7 %
    const cola = productId(t, 'Cola 0,5 l'); // 1,49 € 19 %
    const cheese = productId(t, 'Bergkäse'); // 24,90 €/kg 7 %
    t.core.db.prepare("INSERT INTO product_barcodes (code, product_id) VALUES ('2100001', ?)").run(cheese);

    const apples = t.call('counter.lookup', { code: embeddedCode('2800025', 350) }); // 0,350 kg × 2,99 €/kg
    expect(apples).toMatchObject({ name: 'Äpfel Elstar', quantity: 350, unitPriceCents: 299, embedded: 'weight' });
    const label = t.call('counter.lookup', { code: embeddedCode('2100001', 725) }); // a 7,25 € price label
    expect(label).toMatchObject({ productId: cheese, quantity: 1000, unitPriceCents: 725, embedded: 'price' });

    const receipt = t.call('counter.checkout', {
      cart: {
        lines: [
          { type: 'product', productId: bread, quantity: 2000 },
          { type: 'product', productId: cola, quantity: 3000, discount: { kind: 'percent', basisPoints: 1000 } },
          { type: 'product', productId: apples.productId, quantity: 350, barcode: apples.barcode },
          { type: 'product', productId: cheese, quantity: 1000, barcode: label.barcode },
        ],
        basketDiscount: { kind: 'amount', cents: 50 },
      },
      payments: [{ method: 'card', amountCents: 1000 }, { method: 'cash', amountCents: 2000 }],
      clientRef: ref(),
    });
    // Lines: 840; 447 − 45 = 402; 104.65 → 105; 725. Basket 50 over 2072 by largest remainder: 20, 10, 3, 17.
    expect(receipt.lines.map((l) => [l.grossCents, l.discountCents, l.totalCents])).toEqual([[840, 20, 820], [447, 55, 392], [105, 3, 102], [725, 17, 708]]);
    expect(receipt.totalCents).toBe(2022);
    expect(receipt.discountCents).toBe(95);
    expect(receipt.vat.map((v) => [v.letter, v.rateBasisPoints, v.grossCents, v.netCents, v.vatCents])).toEqual([
      ['A', 1900, 392, 329, 63],
      ['B', 700, 1630, 1523, 107],
    ]);
    expect(receipt.changeCents).toBe(978);
    expect(journalOf(t, receipt.id)).toEqual({ '1000': 1022, '1361': 1000, '1771': -107, '1776': -63, '8300': -1523, '8400': -329 });
    // Stock left the shop: 2 loaves, 3 colas, 350 g apples, 1 piece of cheese.
    const moved = t.core.db.prepare("SELECT product_id, quantity FROM stock_moves WHERE reason = 'sale' ORDER BY id").raw().all();
    expect(moved).toEqual([[bread, -2000], [cola, -3000], [apples.productId, -350], [cheese, -1000]]);
    t.close();
  });
});

test('the journal entry of any cart balances, and revenue + VAT + vouchers = total (property)', () => {
  const t = counterCore();
  const products = t.core.db.prepare('SELECT id, unit FROM products ORDER BY id').all() as { id: number; unit: string }[];
  const line = fc.record({
    index: fc.nat({ max: products.length - 1 }),
    pieces: fc.integer({ min: 1, max: 9 }),
    grams: fc.integer({ min: 1, max: 5000 }),
    discount: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
  });
  fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }), (lines, basketBp) => {
    const cart = {
      lines: lines.map((l) => {
        const p = products[l.index]!;
        return {
          type: 'product' as const, productId: p.id, quantity: p.unit === 'kg' ? l.grams : l.pieces * 1000,
          ...(l.discount ? { discount: { kind: 'percent' as const, basisPoints: l.discount } } : {}),
        };
      }),
      ...(basketBp ? { basketDiscount: { kind: 'percent' as const, basisPoints: basketBp } } : {}),
    };
    const receipt = t.call('counter.checkout', { cart, payments: [{ method: 'cash', amountCents: 1_000_000 }], clientRef: ref() });
    const journal = journalOf(t, receipt.id);
    expect(Object.values(journal).reduce((a, b) => a + b, 0)).toBe(0);
    expect(receipt.vat.reduce((a, v) => a + v.netCents + v.vatCents, 0)).toBe(receipt.totalCents);
    expect(receipt.lines.reduce((a, l) => a + l.totalCents, 0)).toBe(receipt.totalCents);
    expect(journal['1000']).toBe(receipt.totalCents);
  }), { numRuns: 60 });
  t.close();
}, 120_000);

describe('checkout rules', () => {
  test('no sale without an open shift', () => {
    const t = counterCore();
    t.call('shift.close', { counted: [{ denominationCents: 10_000, count: 1 }] });
    const r = t.invoke('counter.checkout', { cart: { lines: [{ type: 'product', productId: 1, quantity: 1000 }] }, payments: [{ method: 'cash', amountCents: 500 }], clientRef: ref() });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'noOpenShift' } } });
    t.close();
  });

  test('underpayment, card over the total, fractions of pieces and foreign labels are refused and change nothing', () => {
    const t = counterCore();
    const before = logicalDump(t.core.db);
    const line = { type: 'product', productId: 1, quantity: 1000 };
    const attempts = [
      [{ cart: { lines: [line] }, payments: [{ method: 'cash', amountCents: 100 }] }, 'underpaid'],
      [{ cart: { lines: [line] }, payments: [{ method: 'card', amountCents: 1000 }] }, 'overpaidNonCash'],
      [{ cart: { lines: [{ ...line, quantity: 1500 }] }, payments: [{ method: 'cash', amountCents: 1000 }] }, 'fractionalPieces'],
      [{ cart: { lines: [{ ...line, barcode: embeddedCode('2800025', 350), quantity: 350 }] }, payments: [{ method: 'cash', amountCents: 1000 }] }, 'barcodeMismatch'],
      [{ cart: { lines: [line] }, payments: [{ method: 'voucher', amountCents: 420, voucherCode: 'GS-NONE-NONE' }] }, 'voucherNotFound'],
    ] as const;
    for (const [input, reason] of attempts) {
      const r = t.invoke('counter.checkout', { ...input, clientRef: ref() });
      expect(r.ok, reason).toBe(false);
      if (!r.ok) expect(r.error.details?.reason).toBe(reason);
    }
    expect(logicalDump(t.core.db)).toBe(before);
    t.close();
  });

  test('a retried checkout with the same clientRef returns the same receipt, never a second sale', () => {
    const t = counterCore();
    const input = { cart: { lines: [{ type: 'product', productId: 1, quantity: 1000 }] }, payments: [{ method: 'cash', amountCents: 500 }], clientRef: 'same-ref-123456' };
    const first = t.call('counter.checkout', input);
    const second = t.call('counter.checkout', input);
    expect(second.id).toBe(first.id);
    expect(t.core.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(1);
    // The same id for a different request is refused, not answered with the old receipt.
    const other = { ...input, cart: { lines: [{ type: 'product', productId: 1, quantity: 5000 }] }, payments: [{ method: 'card', amountCents: 2100 }] };
    expect(t.invoke('counter.checkout', other)).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'clientRefReused' } } });
    expect(t.invoke('counter.return', { saleId: first.id, lines: [{ saleLineId: first.lines[0]!.id, quantity: 1000 }], refundMethod: 'cash', clientRef: input.clientRef }))
      .toMatchObject({ ok: false, error: { details: { reason: 'clientRefReused' } } });
    t.close();
  });

  test('unknown and invalid codes give clear errors', () => {
    const t = counterCore();
    expect(t.invoke('counter.lookup', { code: '4004211000016' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'badCheckDigit' } } });
    expect(t.invoke('counter.lookup', { code: '4000000000006' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'unknownBarcode' } } });
    expect(t.invoke('counter.lookup', { code: '40042110' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } }); // EAN-8 with a wrong check digit
    expect(t.invoke('counter.lookup', { code: 'x y' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'badBarcode' } } });
    t.close();
  });
});

describe('manager approvals', () => {
  test('a discount above the limit needs a manager; the approval is used once and audited', () => {
    const t = counterCore();
    const cart = { lines: [{ type: 'product', productId: 1, quantity: 1000, discount: { kind: 'percent', basisPoints: 2500 } }] };
    const pay = [{ method: 'cash', amountCents: 1000 }];
    expect(t.invoke('counter.checkout', { cart, payments: pay, clientRef: ref() }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'approvalRequired', action: 'discount' } } });
    expect(t.invoke('counter.approve', { pin: '1111', action: 'discount' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const { approvalId, managerName } = t.call('counter.approve', { pin: '2222', action: 'discount' });
    expect(managerName).toBe('Markus Wolf');
    const approved = { lines: [{ ...cart.lines[0]!, approvalId }] };
    expect(t.call('counter.checkout', { cart: approved, payments: pay, clientRef: ref() }).totalCents).toBe(315);
    expect(t.invoke('counter.checkout', { cart: approved, payments: pay, clientRef: ref() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    t.signInOwner();
    expect(t.call('audit.list', { action: 'counter.discount.approved' })).toHaveLength(1);
    t.close();
  });

  test('a price override always needs a manager', () => {
    const t = counterCore();
    const line = { type: 'product', productId: 1, quantity: 1000, priceOverrideCents: 100 };
    expect(t.invoke('counter.checkout', { cart: { lines: [line] }, payments: [{ method: 'cash', amountCents: 100 }], clientRef: ref() }))
      .toMatchObject({ ok: false, error: { details: { action: 'priceOverride' } } });
    const { approvalId } = t.call('counter.approve', { pin: '2222', action: 'priceOverride' });
    const receipt = t.call('counter.checkout', { cart: { lines: [{ ...line, approvalId }] }, payments: [{ method: 'cash', amountCents: 100 }], clientRef: ref() });
    expect(receipt.lines[0]).toMatchObject({ unitPriceCents: 100, totalCents: 100 });
    t.close();
  });
});

describe('vouchers', () => {
  test('a voucher is sold as a liability, redeemed in parts, and its balance tracked', () => {
    const t = counterCore();
    const sold = t.call('counter.checkout', { cart: { lines: [{ type: 'voucher', amountCents: 2500 }] }, payments: [{ method: 'cash', amountCents: 2500 }], clientRef: ref() });
    const code = sold.lines[0]!.voucherCode!;
    expect(sold.vat).toEqual([]);
    expect(journalOf(t, sold.id)).toEqual({ '1000': 2500, '1718': -2500 });
    expect(t.call('counter.voucher.check', { code }).balanceCents).toBe(2500);

    const bread = { type: 'product', productId: 1, quantity: 3000 }; // 12,60 €
    const paid = t.call('counter.checkout', { cart: { lines: [bread] }, payments: [{ method: 'voucher', amountCents: 1260, voucherCode: code }], clientRef: ref() });
    expect(journalOf(t, paid.id)).toEqual({ '1718': 1260, '1771': -82, '8300': -1178 });
    expect(t.call('counter.voucher.check', { code }).balanceCents).toBe(1240);
    expect(t.invoke('counter.checkout', { cart: { lines: [bread] }, payments: [{ method: 'voucher', amountCents: 1260, voucherCode: code }], clientRef: ref() }))
      .toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'voucherBalance' } } });
    t.close();
  });
});
