/**
 * Outgoing deliveries against the real core: numbering, the forward-only status, stock leaving at
 * "shipped", editing only while planned, cancelling, refusals that write nothing, and the
 * delivery note PDF read back field by field.
 */
import type { Delivery } from '../../src-shared/contract/deliveries';
import { logicalDump, testCore } from '../helpers/core';
import { productId, type TestCore } from '../helpers/counter';
import { pdfText } from '../helpers/pdf-text';

let t: TestCore;
beforeEach(() => {
  t = testCore();
  t.loadDemo();
  t.signInOwner();
});
afterEach(() => t.close());

const SHOP = 1;
const STORE = 2;
const recipient = { name: 'Gasthaus Linde', street: 'Marktplatz 3', postalCode: '79098', city: 'Freiburg', contact: 'Frau Berger', phone: '0761 12345' };

const onHand = (product: number, location: number) =>
  t.call('stock.product', { productId: product }).locations.find((l) => l.locationId === location)!.quantity;
const deliveryMoves = (id: number) =>
  t.core.db.prepare("SELECT product_id, location_id, quantity, reason, source_type, source_id FROM stock_moves WHERE source_type = 'delivery' AND source_id = ? ORDER BY id").all(id);

function create(lines: { productId: number; quantity: number }[], extra: Record<string, unknown> = {}): Delivery {
  return t.call('deliveries.create', { recipient, reference: 'B-17', locationId: SHOP, plannedOn: '2026-01-20', note: 'Hintereingang', lines, ...extra });
}

/** The call fails with this code and reason and leaves the database as it was. */
function refused(channel: string, input: unknown, code: string, reason?: string) {
  const before = logicalDump(t.core.db);
  const result = t.invoke(channel, input);
  expect(result.ok, channel).toBe(false);
  if (!result.ok) {
    expect(result.error.code, channel).toBe(code);
    if (reason) expect(result.error.details?.reason, channel).toBe(reason);
  }
  expect(logicalDump(t.core.db)).toBe(before);
}

async function pdfOf(id: number): Promise<{ fileName: string; text: string }> {
  const envelope = await t.core.invokeAsync('deliveries.pdf', { id }, { token: t.signedToken() });
  if (!envelope.ok) throw new Error(`deliveries.pdf: ${envelope.error.code} ${envelope.error.message}`);
  const { fileName, base64 } = envelope.data as { fileName: string; base64: string };
  const bytes = Buffer.from(base64, 'base64');
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  return { fileName, text: await pdfText(bytes) };
}

test('planned → packed → shipped → delivered: the stock leaves exactly at "shipped", with reason and source', () => {
  const bread = productId(t, 'Bauernbrot');
  const apples = productId(t, 'Äpfel Elstar');
  const [breadBefore, applesBefore] = [onHand(bread, SHOP), onHand(apples, SHOP)];
  const seen: string[][] = [];
  t.core.onChanged((topics) => seen.push([...topics]));

  const planned = create([{ productId: bread, quantity: 3000 }, { productId: apples, quantity: 1250 }]);
  expect(planned).toMatchObject({
    number: 1, status: 'planned', recipientName: 'Gasthaus Linde', recipientCity: 'Freiburg', reference: 'B-17', locationId: SHOP, locationName: 'Laden',
    plannedOn: '2026-01-20', shippedAt: null, lineCount: 2, note: 'Hintereingang', customerOrderId: null,
    recipient: { ...recipient, countryCode: 'DE' },
  });
  expect(planned.lines).toEqual([
    expect.objectContaining({ position: 1, productId: bread, name: 'Bauernbrot', unit: 'piece', quantity: 3000, onHand: breadBefore }),
    expect.objectContaining({ position: 2, productId: apples, unit: 'kg', quantity: 1250, onHand: applesBefore }),
  ]);
  expect(planned.events).toEqual([{ at: '2026-01-15T09:00:00.000Z', status: 'planned', staffName: expect.any(String), note: '' }]);

  t.clock.set('2026-01-15T10:00:00Z');
  expect(t.call('deliveries.pack', { id: planned.id, note: 'Karton 1' }).status).toBe('packed');
  expect(deliveryMoves(planned.id)).toEqual([]);
  expect(onHand(bread, SHOP)).toBe(breadBefore);

  t.clock.set('2026-01-15T11:30:00Z');
  const shipped = t.call('deliveries.ship', { id: planned.id, note: 'DHL 0034' });
  expect(shipped).toMatchObject({ status: 'shipped', shippedAt: '2026-01-15T11:30:00.000Z' });
  expect(deliveryMoves(planned.id)).toEqual([
    { product_id: bread, location_id: SHOP, quantity: -3000, reason: 'sale', source_type: 'delivery', source_id: planned.id },
    { product_id: apples, location_id: SHOP, quantity: -1250, reason: 'sale', source_type: 'delivery', source_id: planned.id },
  ]);
  expect(onHand(bread, SHOP)).toBe(breadBefore - 3000);
  expect(onHand(apples, SHOP)).toBe(applesBefore - 1250);
  expect(shipped.lines[0]!.onHand).toBe(breadBefore - 3000);

  t.clock.set('2026-01-15T15:00:00Z');
  const delivered = t.call('deliveries.deliver', { id: planned.id, note: 'angenommen' });
  expect(delivered.status).toBe('delivered');
  expect(delivered.events.map((e) => [e.status, e.at, e.note])).toEqual([
    ['planned', '2026-01-15T09:00:00.000Z', ''],
    ['packed', '2026-01-15T10:00:00.000Z', 'Karton 1'],
    ['shipped', '2026-01-15T11:30:00.000Z', 'DHL 0034'],
    ['delivered', '2026-01-15T15:00:00.000Z', 'angenommen'],
  ]);
  expect(deliveryMoves(planned.id)).toHaveLength(2);
  expect(t.core.db.prepare("SELECT action FROM audit_log WHERE subject = ? ORDER BY id").pluck().all(`delivery:${planned.id}`))
    .toEqual(['deliveries.create', 'deliveries.packed', 'deliveries.shipped', 'deliveries.delivered']);
  expect(seen).toEqual([['deliveries'], ['deliveries'], ['deliveries', 'stock'], ['deliveries']]);
  expect(t.call('counter.verify', {})).toMatchObject({ ok: true });
});

test('numbers are gap-free: a refused delivery takes none', () => {
  const bread = productId(t, 'Bauernbrot');
  expect(create([{ productId: bread, quantity: 1000 }]).number).toBe(1);
  refused('deliveries.create', { recipient, locationId: SHOP, plannedOn: '2026-01-20', lines: [{ productId: 999_999, quantity: 1000 }] }, 'NOT_FOUND', 'stockProductNotFound');
  expect(create([{ productId: bread, quantity: 1000 }]).number).toBe(2);
});

test('a planned delivery is changed with its lines replaced; once packed it is fixed, in the service and in the database', () => {
  const bread = productId(t, 'Bauernbrot');
  const rolls = productId(t, 'Dinkelbrötchen');
  const d = create([{ productId: bread, quantity: 1000 }]);
  const changed = t.call('deliveries.update', {
    id: d.id, recipient: { ...recipient, name: 'Gasthaus Linde GmbH' }, reference: 'B-18', locationId: STORE, plannedOn: '2026-01-21', note: '', lines: [{ productId: rolls, quantity: 20_000 }, { productId: bread, quantity: 2000 }],
  });
  expect(changed).toMatchObject({ number: 1, recipientName: 'Gasthaus Linde GmbH', reference: 'B-18', locationId: STORE, plannedOn: '2026-01-21', note: '' });
  expect(changed.lines.map((l) => [l.position, l.productId, l.quantity])).toEqual([[1, rolls, 20_000], [2, bread, 2000]]);
  expect(t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'deliveries.update'").pluck().get()).toBe(1);

  t.call('deliveries.pack', { id: d.id });
  refused('deliveries.update', { id: d.id, recipient, locationId: SHOP, plannedOn: '2026-01-20', lines: [{ productId: bread, quantity: 1000 }] }, 'CONFLICT', 'deliveryNotEditable');
  // The database refuses too, whatever code would try.
  expect(() => t.core.db.prepare('UPDATE delivery_lines SET quantity = 1 WHERE delivery_id = ?').run(d.id)).toThrow(/final/);
  expect(() => t.core.db.prepare('DELETE FROM delivery_lines WHERE delivery_id = ?').run(d.id)).toThrow(/final/);
  expect(() => t.core.db.prepare('INSERT INTO delivery_lines (delivery_id, position, product_id, quantity) VALUES (?, 3, ?, 1000)').run(d.id, bread)).toThrow(/final/);
  expect(() => t.core.db.prepare("UPDATE deliveries SET recipient_name = 'X' WHERE id = ?").run(d.id)).toThrow(/fixed once packed/);
  expect(() => t.core.db.prepare("UPDATE deliveries SET status = 'planned' WHERE id = ?").run(d.id)).toThrow(/only moves forward/);
  expect(() => t.core.db.prepare('DELETE FROM deliveries WHERE id = ?').run(d.id)).toThrow(/kept/);
  expect(() => t.core.db.prepare('DELETE FROM delivery_events WHERE delivery_id = ?').run(d.id)).toThrow(/appended/);
});

test('cancelling: planned or packed, with the reason in the history; never after shipping', () => {
  const bread = productId(t, 'Bauernbrot');
  const a = create([{ productId: bread, quantity: 1000 }]);
  const b = create([{ productId: bread, quantity: 1000 }]);
  const c = create([{ productId: bread, quantity: 1000 }]);
  const cancelled = t.call('deliveries.cancel', { id: a.id, reason: 'Kunde hat abgesagt' });
  expect(cancelled.status).toBe('cancelled');
  expect(cancelled.events.at(-1)).toMatchObject({ status: 'cancelled', note: 'Kunde hat abgesagt' });
  t.call('deliveries.pack', { id: b.id });
  expect(t.call('deliveries.cancel', { id: b.id, reason: 'doppelt' }).status).toBe('cancelled');
  expect(deliveryMoves(b.id)).toEqual([]);

  t.call('deliveries.pack', { id: c.id });
  t.call('deliveries.ship', { id: c.id });
  refused('deliveries.cancel', { id: c.id, reason: 'zu spät' }, 'CONFLICT', 'deliveryAlreadyShipped');
  refused('deliveries.cancel', { id: c.id, reason: '   ' }, 'VALIDATION');
  t.call('deliveries.deliver', { id: c.id });
  refused('deliveries.cancel', { id: c.id, reason: 'zu spät' }, 'CONFLICT', 'deliveryAlreadyShipped');
  for (const channel of ['deliveries.pack', 'deliveries.ship', 'deliveries.deliver']) refused(channel, { id: a.id }, 'CONFLICT', 'deliveryCancelled');
  refused('deliveries.cancel', { id: a.id, reason: 'nochmal' }, 'CONFLICT', 'deliveryCancelled');
  refused('deliveries.update', { id: a.id, recipient, locationId: SHOP, plannedOn: '2026-01-20', lines: [{ productId: bread, quantity: 1000 }] }, 'CONFLICT', 'deliveryCancelled');
});

test('bad input and wrong moves are refused with a reason and write nothing', () => {
  const bread = productId(t, 'Bauernbrot');
  const base = { recipient, locationId: SHOP, plannedOn: '2026-01-20', lines: [{ productId: bread, quantity: 1000 }] };
  refused('deliveries.create', { ...base, locationId: 99 }, 'NOT_FOUND', 'stockLocationNotFound');
  refused('deliveries.create', { ...base, lines: [{ productId: 999_999, quantity: 1000 }] }, 'NOT_FOUND', 'stockProductNotFound');
  refused('deliveries.create', { ...base, lines: [{ productId: bread, quantity: 0 }] }, 'VALIDATION');
  refused('deliveries.create', { ...base, lines: [{ productId: bread, quantity: -1000 }] }, 'VALIDATION');
  refused('deliveries.create', { ...base, lines: [] }, 'VALIDATION');
  refused('deliveries.create', { ...base, lines: [{ productId: bread, quantity: 1000 }, { productId: bread, quantity: 2000 }] }, 'VALIDATION', 'deliveryDuplicateLine');
  refused('deliveries.create', { ...base, lines: [{ productId: bread, quantity: 1500 }] }, 'VALIDATION', 'deliveryFractionalPieces');
  refused('deliveries.create', { ...base, recipient: { ...recipient, city: '' } }, 'VALIDATION');
  refused('deliveries.create', { ...base, plannedOn: '2026-02-30' }, 'VALIDATION');
  refused('deliveries.get', { id: 42 }, 'NOT_FOUND', 'deliveryNotFound');
  refused('deliveries.pack', { id: 42 }, 'NOT_FOUND', 'deliveryNotFound');

  const d = create([{ productId: bread, quantity: 1000 }]);
  refused('deliveries.update', { ...base, id: d.id, lines: [{ productId: 999_999, quantity: 1000 }] }, 'NOT_FOUND', 'stockProductNotFound');
  refused('deliveries.ship', { id: d.id }, 'CONFLICT', 'deliveryNotPacked');
  refused('deliveries.deliver', { id: d.id }, 'CONFLICT', 'deliveryNotShipped');
  t.call('deliveries.pack', { id: d.id });
  refused('deliveries.pack', { id: d.id }, 'CONFLICT', 'deliveryStatusBackwards');
  refused('deliveries.deliver', { id: d.id }, 'CONFLICT', 'deliveryNotShipped');
  t.call('deliveries.ship', { id: d.id });
  refused('deliveries.ship', { id: d.id }, 'CONFLICT', 'deliveryStatusBackwards');
  refused('deliveries.pack', { id: d.id }, 'CONFLICT', 'deliveryStatusBackwards');
  t.call('deliveries.deliver', { id: d.id });
  refused('deliveries.deliver', { id: d.id }, 'CONFLICT', 'deliveryStatusBackwards');
  expect(deliveryMoves(d.id)).toHaveLength(1);

  t.signInPin('1111');
  refused('deliveries.create', base, 'FORBIDDEN');
  t.signInPin('2222');
  expect(t.call('deliveries.pack', { id: create([{ productId: bread, quantity: 1000 }]).id }).status).toBe('packed');
});

test('shipping more than is on hand goes through, as at the counter: the stock turns negative and the line showed the shortfall', () => {
  const bread = productId(t, 'Bauernbrot');
  expect(onHand(bread, STORE)).toBe(0);
  const d = create([{ productId: bread, quantity: 5000 }], { locationId: STORE });
  expect(d.lines[0]).toMatchObject({ quantity: 5000, onHand: 0 });
  t.call('deliveries.pack', { id: d.id });
  t.call('deliveries.ship', { id: d.id });
  expect(onHand(bread, STORE)).toBe(-5000);
  expect(deliveryMoves(d.id)).toEqual([expect.objectContaining({ location_id: STORE, quantity: -5000 })]);
});

test('the list filters by status and finds by number, recipient, city or reference', () => {
  const bread = productId(t, 'Bauernbrot');
  const a = create([{ productId: bread, quantity: 1000 }]);
  const b = create([{ productId: bread, quantity: 1000 }], { recipient: { name: 'Hotel 50%_Sonne', street: 'Weg 1', postalCode: '1010', city: 'Wien', countryCode: 'AT' }, reference: 'PO-9', plannedOn: '2026-01-25' });
  t.call('deliveries.pack', { id: b.id });
  const numbers = (input: Record<string, unknown>) => t.call('deliveries.list', input).deliveries.map((d) => d.number);
  expect(numbers({})).toEqual([b.number, a.number]);
  expect(t.call('deliveries.list', {}).total).toBe(2);
  expect(numbers({ status: 'planned' })).toEqual([a.number]);
  expect(numbers({ status: 'packed' })).toEqual([b.number]);
  expect(numbers({ status: 'shipped' })).toEqual([]);
  expect(numbers({ search: 'wien' })).toEqual([b.number]);
  expect(numbers({ search: 'PO-9' })).toEqual([b.number]);
  expect(numbers({ search: '50%_' })).toEqual([b.number]);
  expect(numbers({ search: '%' })).toEqual([b.number]);
  expect(numbers({ search: String(a.number) })).toEqual([a.number]);
  expect(numbers({ limit: 1, offset: 1 })).toEqual([a.number]);
  expect(t.call('deliveries.list', { status: 'packed' }).deliveries[0]).toMatchObject({ recipientName: 'Hotel 50%_Sonne', recipientCity: 'Wien', lineCount: 1, status: 'packed' });
});

describe('the delivery note PDF', () => {
  test('says who sends what to whom, with number, date and reference, in German, without prices', async () => {
    const bread = productId(t, 'Bauernbrot');
    const apples = productId(t, 'Äpfel Elstar');
    const skus = t.core.db.prepare('SELECT sku FROM products WHERE id IN (?, ?) ORDER BY id').pluck().all(bread, apples) as string[];
    const company = t.call('settings.company.get', {});
    const d = create([{ productId: bread, quantity: 3000 }, { productId: apples, quantity: 1250 }]);

    const planned = await pdfOf(d.id);
    expect(planned.fileName).toBe('Lieferschein-1.pdf');
    const text = planned.text;
    for (const part of [
      'Lieferschein 1', 'Lieferschein-Nr.', 'Datum', '20.01.2026', 'Ihre Referenz', 'B-17', 'Tel. Empfänger', '0761 12345',
      'Gasthaus Linde', 'z. Hd. Frau Berger', 'Marktplatz 3', '79098 Freiburg',
      company.name, company.street, `${company.postalCode} ${company.city}`,
      'Pos.', 'Art.-Nr.', 'Artikel', 'Menge', 'Bauernbrot', '3 Stk.', 'Äpfel Elstar', '1,250 kg', ...skus,
      'Hintereingang', 'Ware vollständig und unbeschädigt erhalten', '1/1',
    ]) expect(text, part).toContain(part);
    expect(text).not.toMatch(/€|EUR|Preis|Summe/);
    expect(text).not.toContain('4,20'); // Bauernbrot's price
    expect(text).not.toContain('Deutschland'); // domestic: no country line
    expect(text.indexOf('Bauernbrot')).toBeLessThan(text.indexOf('Äpfel Elstar'));

    t.clock.set('2026-01-15T10:00:00Z');
    t.call('deliveries.pack', { id: d.id });
    t.call('deliveries.ship', { id: d.id });
    const shipped = await pdfOf(d.id);
    expect(shipped.text).toContain('15.01.2026');
    expect(shipped.text).not.toContain('20.01.2026');
  });

  test('follows the shop language, names a foreign country, and marks a cancelled delivery', async () => {
    const bread = productId(t, 'Bauernbrot');
    const company = t.call('settings.company.get', {});
    const { currency: _currency, preset: _preset, ...editable } = company;
    t.call('settings.company.update', { ...editable, language: 'en', vatId: 'DE123456789' });
    const d = create([{ productId: bread, quantity: 2000 }], { recipient: { name: 'Hotel Sonne', street: 'Ring 1', postalCode: '1010', city: 'Wien', countryCode: 'AT' }, reference: '' });
    const { fileName, text } = await pdfOf(d.id);
    expect(fileName).toBe('Delivery-note-1.pdf');
    for (const part of ['Delivery note 1', 'Delivery note no.', '20/01/2026', 'Hotel Sonne', '1010 Wien', 'Austria', 'Pos.', 'SKU', 'Product', 'Quantity', '2 pcs', 'VAT ID DE123456789', 'Goods received']) {
      expect(text, part).toContain(part);
    }
    expect(text).not.toContain('Your reference');
    expect(text).not.toContain('Attn.');

    t.call('deliveries.cancel', { id: d.id, reason: 'abgesagt' });
    expect((await pdfOf(d.id)).text).toContain('Delivery note 1 (cancelled)');
  });

  test('an unknown delivery is NOT_FOUND; a cashier may not read it', async () => {
    expect(await t.core.invokeAsync('deliveries.pdf', { id: 7 }, { token: t.signedToken() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'deliveryNotFound' } } });
    t.signInPin('1111');
    expect(t.invoke('deliveries.pdf', { id: 7 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
