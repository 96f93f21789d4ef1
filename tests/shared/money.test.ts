import fc from 'fast-check';
import { divideRounded, parsePercent, percentOf, splitGross, vatOnNet } from '../../src-shared/money';
import { lineAmount } from '../../src-shared/quantity';

const cents = fc.integer({ min: -10_000_000_00, max: 10_000_000_00 });
const rate = fc.integer({ min: 0, max: 10_000 });
/** Negation without -0, which amounts must never hold. */
const neg = (x: number) => (x === 0 ? 0 : -x);

describe('VAT split from gross', () => {
  test('net + VAT = gross, for every rate and amount', () => {
    fc.assert(fc.property(cents, rate, (gross, r) => {
      const { net, vat } = splitGross(gross, r);
      expect(net + vat).toBe(gross);
      expect(Number.isInteger(net) && Number.isInteger(vat)).toBe(true);
    }), { numRuns: 5000 });
  });

  test('a refund is the exact negation of its sale', () => {
    fc.assert(fc.property(cents, rate, (gross, r) => {
      const sale = splitGross(gross, r);
      const refund = splitGross(-gross, r);
      expect(refund.vat).toBe(neg(sale.vat));
      expect(refund.net).toBe(neg(sale.net));
      expect(Object.is(refund.vat, -0) || Object.is(refund.net, -0)).toBe(false);
    }), { numRuns: 5000 });
  });

  test('VAT is within half a cent of the exact value', () => {
    fc.assert(fc.property(cents, rate, (gross, r) => {
      const { vat } = splitGross(gross, r);
      // |vat*(10000+r) - gross*r| <= (10000+r)/2, in integers.
      expect(Math.abs(vat * (10_000 + r) - gross * r)).toBeLessThanOrEqual((10_000 + r) / 2);
    }));
  });

  test('known German figures', () => {
    expect(splitGross(119, 1900)).toEqual({ net: 100, vat: 19 });
    expect(splitGross(1000, 1900)).toEqual({ net: 840, vat: 160 });
    expect(splitGross(107, 700)).toEqual({ net: 100, vat: 7 });
    expect(splitGross(-1000, 1900)).toEqual({ net: -840, vat: -160 });
    expect(splitGross(0, 1900)).toEqual({ net: 0, vat: 0 });
  });

  test('rejects floats and impossible rates', () => {
    expect(() => splitGross(1.5, 1900)).toThrow(RangeError);
    expect(() => splitGross(100, 19.5)).toThrow(RangeError);
    expect(() => splitGross(100, -1)).toThrow(RangeError);
    expect(() => splitGross(100, 10_001)).toThrow(RangeError);
  });
});

describe('rounding and other helpers', () => {
  test('divideRounded rounds half away from zero and is odd-symmetric', () => {
    expect(divideRounded(5, 10)).toBe(1);
    expect(divideRounded(-5, 10)).toBe(-1);
    expect(divideRounded(4, 10)).toBe(0);
    expect(divideRounded(15, 10)).toBe(2);
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
      expect(divideRounded(neg(n), d)).toBe(neg(divideRounded(n, d)));
    }));
  });

  test('VAT on net, percentages and line amounts stay integers', () => {
    expect(vatOnNet(100, 1900)).toBe(19);
    expect(percentOf(999, 1000)).toBe(100);
    expect(lineAmount(299, 1500)).toBe(449); // 1.5 kg at 2.99 = 4.485 → 4.49
    expect(lineAmount(299, -1500)).toBe(-449);
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), (price, qty) => {
      expect(Number.isInteger(lineAmount(price, qty))).toBe(true);
    }));
  });

  test('parsePercent reads typed percentages without floats', () => {
    expect(parsePercent('19')).toBe(1900);
    expect(parsePercent('8,1')).toBe(810);
    expect(parsePercent('7.70 %')).toBe(770);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(10_000);
    for (const bad of ['', 'abc', '101', '1.234', '-5', '1e2']) expect(parsePercent(bad)).toBeNull();
  });
});
