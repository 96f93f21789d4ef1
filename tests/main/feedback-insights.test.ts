/**
 * What the improvement loop gives back: the counter hint for a product and a customer (with the
 * resolution), the charts computed on hand-built data, and lost sales per product for the
 * reorder suggestions.
 */
import { lostSalesByProduct } from '../../src-main/modules/feedback/lost-sales';
import { periodStart } from '../../src-main/modules/feedback/charts';
import { counterCore, productId, type TestCore } from '../helpers/counter';

/** Records as the cashier at a given moment (signing in again: sessions expire as the clock moves). */
function recordAt(t: TestCore, at: string, input: Record<string, unknown>) {
  t.clock.set(at);
  t.signInPin('1111');
  return t.call('feedback.record', input);
}

function move(t: TestCore, id: number, steps: [string, string][]) {
  t.signInPin('2222');
  for (const [status, resolution] of steps) t.call('feedback.update', { id, status, ownerId: null, resolution, note: status === 'inReview' ? 'wieder' : '' });
}

describe('the counter hint', () => {
  test('counts asks and complaints for the product and shows the resolution once written', () => {
    const t = counterCore();
    const bread = productId(t, 'Bauernbrot');
    const wishes = [1, 2, 3].map(() => t.call('feedback.record', { kind: 'wish', text: 'Bio-Variante', productId: bread }));
    t.call('feedback.record', { kind: 'lostSale', productId: bread, quantity: 2000 });
    t.call('feedback.record', { kind: 'lostSale', productId: bread });
    t.call('feedback.record', { kind: 'complaint', text: 'trocken', productId: bread });
    t.call('feedback.record', { kind: 'wish', text: 'Hafermilch' });

    expect(t.call('feedback.counterHint', { productId: bread })).toEqual({ productId: bread, customerId: null, asked: 5, complaints: 1, open: 6, resolutions: [] });

    move(t, wishes[0]!.id, [['inReview', ''], ['actionPlanned', 'ab Dezember im Sortiment']]);
    t.signInPin('1111');
    expect(t.call('feedback.counterHint', { productId: bread })).toMatchObject({
      asked: 5, open: 6, resolutions: [{ itemId: wishes[0]!.id, kind: 'wish', status: 'actionPlanned', resolution: 'ab Dezember im Sortiment', about: 'product' }],
    });

    move(t, wishes[0]!.id, [['done', 'ab Dezember im Sortiment']]);
    move(t, wishes[1]!.id, [['inReview', ''], ['done', 'ab Dezember im Sortiment']]);
    t.signInPin('1111');
    const hint = t.call('feedback.counterHint', { productId: bread });
    expect(hint.open).toBe(4);
    // The same words are shown once.
    expect(hint.resolutions.map((r) => [r.status, r.resolution])).toEqual([['done', 'ab Dezember im Sortiment']]);

    // Reopened: back in review, its old resolution no longer shows.
    move(t, wishes[0]!.id, [['inReview', 'ab Dezember im Sortiment']]);
    move(t, wishes[1]!.id, [['inReview', 'ab Dezember im Sortiment']]);
    t.signInPin('1111');
    expect(t.call('feedback.counterHint', { productId: bread }).resolutions).toEqual([]);
    t.close();
  });

  test('shows what was resolved for the sale’s customer too', () => {
    const t = counterCore();
    const customerId = t.call('customers.create', { name: 'Erika Muster' }).id;
    const item = t.call('feedback.record', { kind: 'complaint', text: 'Rechnung falsch', customerId });
    move(t, item.id, [['inReview', ''], ['done', 'Gutschrift über 5 € erteilt']]);
    t.signInPin('1111');
    expect(t.call('feedback.counterHint', { customerId })).toMatchObject({
      asked: 0, complaints: 0, open: 0, resolutions: [{ resolution: 'Gutschrift über 5 € erteilt', about: 'customer' }],
    });
    expect(t.invoke('feedback.counterHint', { productId: 999_999 })).toMatchObject({ ok: false, error: { details: { reason: 'feedbackProductUnknown' } } });
    t.close();
  });
});

describe('the charts', () => {
  test('week and month starts', () => {
    expect(periodStart('2026-01-15', 'week')).toBe('2026-01-12');
    expect(periodStart('2026-01-12', 'week')).toBe('2026-01-12');
    expect(periodStart('2026-01-18', 'week')).toBe('2026-01-12');
    expect(periodStart('2026-03-01', 'week')).toBe('2026-02-23');
    expect(periodStart('2026-02-28', 'month')).toBe('2026-02-01');
  });

  test('top complaints, most asked (by product or words) and lost value per week and month, on hand-built data', () => {
    const t = counterCore();
    const bread = productId(t, 'Bauernbrot');
    const milk = productId(t, 'Vollmilch 1 l');
    const apples = productId(t, 'Äpfel Elstar');
    // Week of 5 January
    recordAt(t, '2026-01-06T10:00:00Z', { kind: 'complaint', text: 'trocken', productId: bread });
    recordAt(t, '2026-01-06T11:00:00Z', { kind: 'lostSale', productId: milk, quantity: 2000, valueCents: 258 });
    recordAt(t, '2026-01-07T10:00:00Z', { kind: 'wish', text: 'Hafermilch' });
    // Week of 12 January
    recordAt(t, '2026-01-12T10:00:00Z', { kind: 'complaint', text: 'zu dunkel', productId: bread });
    recordAt(t, '2026-01-13T10:00:00Z', { kind: 'complaint', text: 'matschig', productId: apples });
    recordAt(t, '2026-01-14T10:00:00Z', { kind: 'lostSale', text: ' hafermilch ', quantity: 1000, valueCents: 199 });
    recordAt(t, '2026-01-14T11:00:00Z', { kind: 'lostSale', productId: milk, quantity: 1000, valueCents: 129 });
    recordAt(t, '2026-01-15T10:00:00Z', { kind: 'complaint', text: 'Parkplatz voll' });
    // (nothing in the week of 19 January)
    // February
    recordAt(t, '2026-02-03T10:00:00Z', { kind: 'lostSale', text: 'HAFERMILCH', quantity: 3000, valueCents: 597 });
    recordAt(t, '2026-02-04T10:00:00Z', { kind: 'question', text: 'Lieferservice?' });
    // Outside every range below
    recordAt(t, '2025-12-31T10:00:00Z', { kind: 'complaint', text: 'alt', productId: apples });

    t.signInOwner();
    const weeks = t.call('feedback.charts', { from: '2026-01-05', to: '2026-01-25', bucket: 'week' });
    expect(weeks.topComplaints).toEqual([
      { productId: bread, label: 'Bauernbrot', count: 2 },
      { productId: apples, label: 'Äpfel Elstar', count: 1 },
      { productId: null, label: null, count: 1 },
    ]);
    expect(weeks.mostAsked).toEqual([
      { productId: null, label: 'Hafermilch', count: 2, quantity: 1000 },
      { productId: milk, label: 'Vollmilch 1 l', count: 2, quantity: 3000 },
    ].sort((a, b) => b.quantity - a.quantity));
    expect(weeks.lostValue).toEqual([
      { start: '2026-01-05', valueCents: 258, count: 1 },
      { start: '2026-01-12', valueCents: 199 + 129, count: 2 },
      { start: '2026-01-19', valueCents: 0, count: 0 },
    ]);

    const months = t.call('feedback.charts', { from: '2026-01-01', to: '2026-03-31', bucket: 'month' });
    expect(months.lostValue).toEqual([
      { start: '2026-01-01', valueCents: 258 + 199 + 129, count: 3 },
      { start: '2026-02-01', valueCents: 597, count: 1 },
      { start: '2026-03-01', valueCents: 0, count: 0 },
    ]);
    expect(months.mostAsked[0]).toEqual({ productId: null, label: 'Hafermilch', count: 3, quantity: 4000 });

    expect(t.invoke('feedback.charts', { from: '2026-02-01', to: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(t.invoke('feedback.charts', { from: '2020-01-01', to: '2026-01-01', bucket: 'week' }))
      .toMatchObject({ ok: false, error: { details: { reason: 'feedbackRangeTooLong' } } });
    t.close();
  });
});

test('lostSalesByProduct sums lost quantities per product since a moment, leaving out declined ones and free text', () => {
  const t = counterCore();
  const bread = productId(t, 'Bauernbrot');
  const apples = productId(t, 'Äpfel Elstar');
  recordAt(t, '2026-01-02T10:00:00Z', { kind: 'lostSale', productId: bread, quantity: 5000 });
  recordAt(t, '2026-01-10T10:00:00Z', { kind: 'lostSale', productId: bread, quantity: 2000 });
  recordAt(t, '2026-01-11T10:00:00Z', { kind: 'lostSale', productId: bread });
  recordAt(t, '2026-01-12T10:00:00Z', { kind: 'lostSale', productId: apples, quantity: 750 });
  const declined = recordAt(t, '2026-01-12T11:00:00Z', { kind: 'lostSale', productId: apples, quantity: 9000 });
  recordAt(t, '2026-01-12T12:00:00Z', { kind: 'lostSale', text: 'Hafermilch', quantity: 4000 });
  recordAt(t, '2026-01-12T13:00:00Z', { kind: 'wish', productId: bread, text: 'größer' });
  move(t, declined.id, [['inReview', ''], ['declined', 'führen wir nicht']]);

  const since = lostSalesByProduct(t.core, '2026-01-05T00:00:00.000Z');
  expect([...since.entries()].sort()).toEqual([[bread, 3000], [apples, 750]].sort());
  expect(lostSalesByProduct(t.core, '2026-01-01T00:00:00.000Z').get(bread)).toBe(8000);
  expect(lostSalesByProduct(t.core, '2026-02-01T00:00:00.000Z').size).toBe(0);
  t.close();
});
