/**
 * Feedback at the counter and on the improvement board: every kind recorded by the cashier, bad
 * input refused with a reason and nothing written, the board's grouping and counts, the status
 * flow with its refusals, events and audit.
 */
import { logicalDump, testCore } from '../helpers/core';
import { counterCore, productId, sell, type TestCore } from '../helpers/counter';

function failure(t: TestCore, channel: string, input: unknown) {
  const before = logicalDump(t.core.db);
  const result = t.invoke(channel, input);
  expect(logicalDump(t.core.db)).toBe(before);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

/** A customer, created at the counter as the customers module does it. */
const addCustomer = (t: TestCore, name: string) => t.call('customers.create', { name }).id;

describe('recording at the counter (cashier, PIN 1111)', () => {
  let t: TestCore;
  beforeEach(() => { t = counterCore(); });
  afterEach(() => t.close());

  test('each kind is recorded with who, when, and a first event; a lost sale is valued at price × quantity', () => {
    const bread = productId(t, 'Bauernbrot');
    const receipt = sell(t, [{ productId: bread }]);
    const customerId = addCustomer(t, 'Erika Muster');

    const complaint = t.call('feedback.record', { kind: 'complaint', text: 'Brot war trocken', productId: bread, receiptNumber: receipt.number, customerId });
    const wish = t.call('feedback.record', { kind: 'wish', text: 'Hafermilch' });
    const lost = t.call('feedback.record', { kind: 'lostSale', productId: bread, quantity: 3000 });
    const question = t.call('feedback.record', { kind: 'question', text: 'Gibt es glutenfreies Brot?' });

    expect(complaint).toMatchObject({
      kind: 'complaint', text: 'Brot war trocken', productId: bread, productName: 'Bauernbrot', saleId: receipt.id, receiptNumber: receipt.number,
      customerId, customerName: 'Erika Muster', quantity: null, valueCents: null, status: 'new', ownerId: null, resolution: '',
      recordedByName: 'Lena Schulz', recordedAt: '2026-01-15T09:00:00.000Z',
    });
    expect(wish).toMatchObject({ kind: 'wish', productId: null, text: 'Hafermilch', quantity: null });
    expect(lost).toMatchObject({ kind: 'lostSale', text: '', quantity: 3000, valueCents: 3 * 420 });
    expect(question).toMatchObject({ kind: 'question', status: 'new' });

    const events = t.core.db.prepare('SELECT item_id, from_status, to_status FROM feedback_events ORDER BY id').all();
    expect(events).toEqual([complaint, wish, lost, question].map((i) => ({ item_id: i.id, from_status: null, to_status: 'new' })));
    const audited = t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'feedback.record'").pluck().get();
    expect(audited).toBe(4);
  });

  test('a lost sale keeps a value the cashier gave, defaults to one piece, and weighs in thousandths', () => {
    const apples = productId(t, 'Äpfel Elstar');
    expect(t.call('feedback.record', { kind: 'lostSale', productId: apples, quantity: 1500, valueCents: 500 })).toMatchObject({ quantity: 1500, valueCents: 500 });
    expect(t.call('feedback.record', { kind: 'lostSale', productId: apples })).toMatchObject({ quantity: 1000, valueCents: 299 });
    expect(t.call('feedback.record', { kind: 'lostSale', productId: apples, quantity: 250 })).toMatchObject({ valueCents: Math.round(299 / 4) });
    expect(t.call('feedback.record', { kind: 'lostSale', text: 'Hafermilch', quantity: 2000 })).toMatchObject({ productId: null, valueCents: 0 });
  });

  test('bad input is refused with a reason and writes nothing', () => {
    const bread = productId(t, 'Bauernbrot');
    const reason = (input: unknown) => failure(t, 'feedback.record', input).details?.reason;
    expect(reason({ kind: 'complaint', text: '   ' })).toBe('feedbackTextRequired');
    expect(reason({ kind: 'question', productId: bread })).toBe('feedbackTextRequired');
    expect(reason({ kind: 'wish', text: '' })).toBe('feedbackSubjectRequired');
    expect(reason({ kind: 'lostSale' })).toBe('feedbackSubjectRequired');
    expect(reason({ kind: 'complaint', text: 'x', productId: 999_999 })).toBe('feedbackProductUnknown');
    expect(reason({ kind: 'complaint', text: 'x', receiptNumber: '1-999999' })).toBe('feedbackReceiptUnknown');
    expect(reason({ kind: 'complaint', text: 'x', receiptNumber: 'kein Bon' })).toBe('feedbackReceiptUnknown');
    expect(reason({ kind: 'complaint', text: 'x', customerId: 424_242 })).toBe('feedbackCustomerUnknown');
    expect(reason({ kind: 'wish', text: 'x', quantity: 1000 })).toBe('feedbackAmountOnlyLostSale');
    expect(reason({ kind: 'question', text: 'x', valueCents: 100 })).toBe('feedbackAmountOnlyLostSale');
    expect(reason({ kind: 'lostSale', productId: bread, quantity: 0 })).toBe('feedbackQuantityZero');
    // Negative amounts never reach the service: the contract refuses them, naming the field.
    expect(failure(t, 'feedback.record', { kind: 'lostSale', productId: bread, quantity: -1000 })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['quantity'] }] });
    expect(failure(t, 'feedback.record', { kind: 'lostSale', productId: bread, valueCents: -1 })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['valueCents'] }] });
    expect(failure(t, 'feedback.record', { kind: 'praise', text: 'x' })).toMatchObject({ code: 'VALIDATION' });
    expect(t.core.db.prepare('SELECT count(*) FROM feedback_items').pluck().get()).toBe(0);
  });

  test('the cashier may record but not read the board or manage items', () => {
    const item = t.call('feedback.record', { kind: 'wish', text: 'Hafermilch' });
    expect(failure(t, 'feedback.board', {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(failure(t, 'feedback.update', { id: item.id, status: 'inReview', ownerId: null })).toMatchObject({ code: 'FORBIDDEN' });
    expect(t.call('feedback.counterHint', { productId: null })).toMatchObject({ open: 0 });
  });
});

describe('the board', () => {
  test('groups by product and kind with exact counts, open items, lost value, and filters', () => {
    const t = counterCore();
    const bread = productId(t, 'Bauernbrot');
    const milk = productId(t, 'Vollmilch 1 l');
    const record = (input: Record<string, unknown>) => t.call('feedback.record', input);
    record({ kind: 'complaint', text: 'trocken', productId: bread });
    record({ kind: 'complaint', text: 'zu dunkel', productId: bread });
    record({ kind: 'lostSale', productId: bread, quantity: 2000 });
    record({ kind: 'wish', text: 'größer', productId: bread });
    record({ kind: 'lostSale', productId: milk, quantity: 1000, valueCents: 150 });
    t.clock.set('2026-02-10T10:00:00Z');
    t.signInPin('1111');
    record({ kind: 'wish', text: 'Hafermilch' });
    record({ kind: 'question', text: 'Öffnungszeiten Sonntag?' });

    t.signInPin('2222');
    const board = t.call('feedback.board', { status: 'all' });
    expect(board.total).toBe(7);
    expect(board.counts).toEqual({ complaint: 2, wish: 2, lostSale: 2, question: 1 });
    expect(board.statusCounts).toMatchObject({ new: 7, inReview: 0 });
    expect(board.groups.map((g) => [g.productName, g.total, g.counts])).toEqual([
      ['Bauernbrot', 4, { complaint: 2, wish: 1, lostSale: 1, question: 0 }],
      [null, 2, { complaint: 0, wish: 1, lostSale: 0, question: 1 }],
      ['Vollmilch 1 l', 1, { complaint: 0, wish: 0, lostSale: 1, question: 0 }],
    ]);
    const breadGroup = board.groups[0]!;
    expect(breadGroup).toMatchObject({ open: 4, lostQuantity: 2000, lostValueCents: 840 });
    expect(breadGroup.items.map((i) => i.kind)).toEqual(['complaint', 'complaint', 'wish', 'lostSale']);
    expect(breadGroup.items[0]!.text).toBe('zu dunkel'); // newest first within a kind

    const february = t.call('feedback.board', { status: 'all', from: '2026-02-01', to: '2026-02-28' });
    expect(february.total).toBe(2);
    expect(t.call('feedback.board', { kind: 'complaint' }).groups.map((g) => [g.productName, g.total])).toEqual([['Bauernbrot', 2]]);

    const first = breadGroup.items[0]!;
    t.call('feedback.update', { id: first.id, status: 'inReview', ownerId: null });
    const open = t.call('feedback.board', {});
    expect(open.total).toBe(7);
    expect(t.call('feedback.board', { status: 'inReview' }).total).toBe(1);
    expect(t.call('feedback.board', { status: 'new' }).statusCounts).toMatchObject({ new: 6, inReview: 1 });
    t.close();
  });
});

describe('the status flow', () => {
  let t: TestCore;
  let itemId: number;
  beforeEach(() => {
    t = counterCore();
    itemId = t.call('feedback.record', { kind: 'wish', text: 'Hafermilch' }).id;
    t.signInPin('2222');
  });
  afterEach(() => t.close());

  const update = (input: Record<string, unknown>) => t.call('feedback.update', { id: itemId, ownerId: null, ...input });

  test('new → in review → action planned → done, each change one event with who and the note, audited', () => {
    const owner = t.call('feedback.owners').find((o) => o.name === 'Markus Wolf')!;
    update({ status: 'inReview', ownerId: owner.id, note: 'schaue ich mir an' });
    t.clock.set('2026-01-15T17:00:00Z');
    update({ status: 'actionPlanned', ownerId: owner.id, resolution: 'ab Dezember im Sortiment' });
    const done = update({ status: 'done', ownerId: owner.id, resolution: 'ab Dezember im Sortiment', note: 'bestellt' });
    expect(done).toMatchObject({ status: 'done', ownerName: 'Markus Wolf', resolution: 'ab Dezember im Sortiment', updatedAt: '2026-01-15T17:00:00.000Z' });
    expect(done.events.map((e) => [e.fromStatus, e.toStatus, e.staffName, e.note])).toEqual([
      [null, 'new', 'Lena Schulz', ''],
      ['new', 'inReview', 'Markus Wolf', 'schaue ich mir an'],
      ['inReview', 'actionPlanned', 'Markus Wolf', ''],
      ['actionPlanned', 'done', 'Markus Wolf', 'bestellt'],
    ]);
    const audit = t.core.db.prepare("SELECT before, after FROM audit_log WHERE action = 'feedback.update' ORDER BY id").all() as { before: string; after: string }[];
    expect(audit.map((a) => [JSON.parse(a.before).status, JSON.parse(a.after).status])).toEqual([['new', 'inReview'], ['inReview', 'actionPlanned'], ['actionPlanned', 'done']]);
  });

  test('the item row always equals its newest event (status, owner, resolution)', () => {
    update({ status: 'inReview', ownerId: 1 });
    update({ status: 'inReview', ownerId: 2, resolution: 'fragen beim Großhandel' });
    update({ status: 'declined', ownerId: 2, resolution: 'nicht lieferbar' });
    update({ status: 'inReview', ownerId: 2, resolution: 'nicht lieferbar', note: 'neuer Lieferant' });
    const mismatches = t.core.db.prepare(
      `SELECT f.id FROM feedback_items f JOIN feedback_events e ON e.id = (SELECT max(id) FROM feedback_events WHERE item_id = f.id)
       WHERE e.to_status <> f.status OR e.owner_id IS NOT f.owner_id OR e.resolution <> f.resolution OR e.at <> f.updated_at`,
    ).all();
    expect(mismatches).toEqual([]);
  });

  test('jumps, edits of a closed item, missing resolution or reopen note are refused and write nothing', () => {
    const reason = (input: Record<string, unknown>) => failure(t, 'feedback.update', { id: itemId, ownerId: null, ...input }).details?.reason;
    expect(reason({ status: 'done', resolution: 'erledigt' })).toBe('feedbackStatusJump');
    expect(reason({ status: 'actionPlanned' })).toBe('feedbackStatusJump');
    expect(reason({ status: 'declined', resolution: 'nein' })).toBe('feedbackStatusJump');
    update({ status: 'inReview' });
    expect(reason({ status: 'new' })).toBe('feedbackStatusJump');
    expect(reason({ status: 'done' })).toBe('feedbackResolutionRequired');
    expect(reason({ status: 'declined', resolution: '  ' })).toBe('feedbackResolutionRequired');
    expect(reason({ status: 'inReview', ownerId: 999 })).toBe('feedbackOwnerUnknown');
    update({ status: 'actionPlanned', resolution: 'bestellen' });
    expect(reason({ status: 'inReview' })).toBe('feedbackStatusJump');
    update({ status: 'done', resolution: 'im Sortiment' });
    expect(reason({ status: 'done', resolution: 'anders' })).toBe('feedbackClosed');
    expect(reason({ status: 'actionPlanned', resolution: 'im Sortiment' })).toBe('feedbackStatusJump');
    expect(reason({ status: 'inReview', resolution: 'im Sortiment' })).toBe('feedbackReopenNoteRequired');
    expect(failure(t, 'feedback.update', { id: 999, status: 'inReview', ownerId: null }).details?.reason).toBe('feedbackNotFound');
  });

  test('a final item may be reopened to review with a note; an unchanged save writes nothing', () => {
    update({ status: 'inReview' });
    update({ status: 'declined', resolution: 'nicht lieferbar' });
    const before = logicalDump(t.core.db);
    expect(update({ status: 'declined', resolution: 'nicht lieferbar' }).status).toBe('declined');
    expect(logicalDump(t.core.db)).toBe(before);
    const reopened = update({ status: 'inReview', resolution: 'nicht lieferbar', note: 'Kunde fragt wieder' });
    expect(reopened.status).toBe('inReview');
    expect(reopened.events.at(-1)).toMatchObject({ fromStatus: 'declined', toStatus: 'inReview', note: 'Kunde fragt wieder' });
  });

  test('items and events cannot be deleted, what was recorded cannot be edited', () => {
    expect(() => t.core.db.prepare('DELETE FROM feedback_items').run()).toThrow(/never deleted/);
    expect(() => t.core.db.prepare("UPDATE feedback_items SET text = 'anders'").run()).toThrow(/stays as it was/);
    expect(() => t.core.db.prepare('DELETE FROM feedback_events').run()).toThrow(/history/);
    expect(() => t.core.db.prepare("UPDATE feedback_events SET note = 'x'").run()).toThrow(/history/);
  });
});

test('the owner reads an item with its history; owners are the active staff', () => {
  const t = testCore();
  t.loadDemo();
  t.signInPin('1111');
  const item = t.call('feedback.record', { kind: 'question', text: 'Lieferservice?' });
  t.signInOwner();
  expect(t.call('feedback.get', { id: item.id }).events).toHaveLength(1);
  expect(t.call('feedback.owners').map((o) => o.name)).toEqual(['Anna Becker', 'Lena Schulz', 'Markus Wolf']);
  t.close();
});
