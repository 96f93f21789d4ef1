/** Purchasing: suppliers with their article data, and purchase orders from draft to placed, cancelled and closed — against the real core. */
import { pdfText } from '../helpers/pdf-text';
import { logicalDump } from '../helpers/core';
import { BERGER, NORD, placedOrder, productId, purchasingCore, refused, SHOP, STORE, supplierId, type PurchasingCore } from '../helpers/purchasing';

let t: PurchasingCore;
beforeEach(() => {
  t = purchasingCore();
});
afterEach(() => t.close());

const auditActions = (prefix: string) => t.core.db.prepare('SELECT action FROM audit_log WHERE action LIKE ? ORDER BY id').pluck().all(`${prefix}%`);

describe('suppliers', () => {
  test('the demo has two suppliers with their article data; a new one is created, changed, deactivated', () => {
    expect(t.call('purchasing.suppliers.list', {}).map((s) => s.name)).toEqual([NORD, BERGER]);
    const berger = t.call('purchasing.suppliers.get', { id: supplierId(t, BERGER) });
    expect(berger).toMatchObject({ customerNumber: '1077', paymentTermsDays: 30, city: 'Freiburg im Breisgau', contactPerson: 'Thomas Berger', active: true, openOrders: 0, openPayableCents: 0 });
    expect(berger.products.find((p) => p.name === 'Espresso 250 g')).toMatchObject({ supplierSku: 'RB-1003', priceCents: 375, packSize: 6000, leadTimeDays: 5, unit: 'piece' });

    const created = t.call('purchasing.suppliers.create', { name: 'Bäckerei Sonnenschein', city: 'Freiburg', customerNumber: 'A-17', email: 'eva@sonne.example' });
    expect(created).toMatchObject({ name: 'Bäckerei Sonnenschein', countryCode: 'DE', paymentTermsDays: 14, active: true, products: [] });
    expect(t.call('purchasing.suppliers.list', { search: 'sonne' }).map((s) => s.id)).toEqual([created.id]);
    expect(t.call('purchasing.suppliers.list', { search: 'A-17' }).map((s) => s.id)).toEqual([created.id]);
    expect(t.call('purchasing.suppliers.list', { search: '100%' })).toEqual([]);

    const updated = t.call('purchasing.suppliers.update', { id: created.id, name: 'Bäckerei Sonnenschein KG', paymentTermsDays: 7, note: 'liefert morgens' });
    expect(updated).toMatchObject({ name: 'Bäckerei Sonnenschein KG', paymentTermsDays: 7, note: 'liefert morgens', customerNumber: '' });
    const inactive = t.call('purchasing.suppliers.setActive', { id: created.id, active: false });
    expect(inactive.active).toBe(false);
    expect(t.call('purchasing.suppliers.list', {}).map((s) => s.name)).toEqual([NORD, BERGER]);
    expect(t.call('purchasing.suppliers.list', { includeInactive: true }).map((s) => s.name)).toEqual([NORD, BERGER, 'Bäckerei Sonnenschein KG']);
    expect(auditActions('purchasing.suppliers')).toEqual(['purchasing.suppliers.create', 'purchasing.suppliers.update', 'purchasing.suppliers.setActive']);
    // Deactivated, never deleted (the database refuses it too).
    expect(() => t.core.db.prepare('DELETE FROM suppliers WHERE id = ?').run(created.id)).toThrow(/never deleted/);
  });

  test('names are unique regardless of case, umlauts included', () => {
    refused(t, 'purchasing.suppliers.create', { name: 'rösterei berger' }, 'CONFLICT', 'supplierNameTaken');
    refused(t, 'purchasing.suppliers.create', { name: 'RÖSTEREI BERGER' }, 'CONFLICT', 'supplierNameTaken');
    refused(t, 'purchasing.suppliers.update', { id: supplierId(t, NORD), name: 'Rösterei BERGER' }, 'CONFLICT', 'supplierNameTaken');
    // Keeping one's own name is fine.
    expect(t.call('purchasing.suppliers.update', { id: supplierId(t, NORD), name: 'GROSSHANDEL Nord GmbH' }).name).toBe('GROSSHANDEL Nord GmbH');
    refused(t, 'purchasing.suppliers.get', { id: 99 }, 'NOT_FOUND', 'supplierNotFound');
    refused(t, 'purchasing.suppliers.update', { id: 99, name: 'X' }, 'NOT_FOUND', 'supplierNotFound');
    refused(t, 'purchasing.suppliers.create', { name: '   ' }, 'VALIDATION');
    refused(t, 'purchasing.suppliers.create', { name: 'X', email: 'not-an-address' }, 'VALIDATION');
  });

  test('a supplier\'s data for a product is added, replaced and removed', () => {
    const nord = supplierId(t, NORD);
    const bread = productId(t, 'Bauernbrot');
    const added = t.call('purchasing.supplierProducts.set', { supplierId: nord, productId: bread, supplierSku: 'GN-1', priceCents: 250 });
    expect(added.products.find((p) => p.productId === bread)).toMatchObject({ supplierSku: 'GN-1', priceCents: 250, packSize: 1000, leadTimeDays: 3 });
    const replaced = t.call('purchasing.supplierProducts.set', { supplierId: nord, productId: bread, supplierSku: 'GN-2', priceCents: 240, packSize: 10_000, leadTimeDays: 1 });
    expect(replaced.products.filter((p) => p.productId === bread)).toEqual([
      expect.objectContaining({ supplierSku: 'GN-2', priceCents: 240, packSize: 10_000, leadTimeDays: 1 }),
    ]);
    const removed = t.call('purchasing.supplierProducts.remove', { supplierId: nord, productId: bread });
    expect(removed.products.some((p) => p.productId === bread)).toBe(false);
    expect(auditActions('purchasing.supplierProducts')).toEqual(['purchasing.supplierProducts.set', 'purchasing.supplierProducts.set', 'purchasing.supplierProducts.remove']);

    refused(t, 'purchasing.supplierProducts.remove', { supplierId: nord, productId: bread }, 'NOT_FOUND', 'supplierProductNotFound');
    refused(t, 'purchasing.supplierProducts.set', { supplierId: nord, productId: 999_999, priceCents: 1 }, 'NOT_FOUND', 'stockProductNotFound');
    refused(t, 'purchasing.supplierProducts.set', { supplierId: 99, productId: bread, priceCents: 1 }, 'NOT_FOUND', 'supplierNotFound');
    refused(t, 'purchasing.supplierProducts.set', { supplierId: nord, productId: bread, priceCents: -1 }, 'VALIDATION');
    refused(t, 'purchasing.supplierProducts.set', { supplierId: nord, productId: bread, priceCents: 1, packSize: 0 }, 'VALIDATION');
  });
});

describe('orders', () => {
  test('a draft gets its number at once, is changed freely, and placing fixes it with the supplier\'s article numbers', () => {
    const nord = supplierId(t, NORD);
    const cola = productId(t, 'Cola 0,5 l');
    const water = productId(t, 'Mineralwasser 0,75 l');
    const soap = productId(t, 'Spülmittel 500 ml');
    const draft = t.call('purchasing.orders.create', { supplierId: nord, locationId: SHOP, note: 'Bitte an die Rampe', lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }] });
    expect(draft).toMatchObject({ number: 1, status: 'draft', supplierName: NORD, locationName: 'Laden', expectedOn: null, orderedAt: null, overdue: false, netCents: 2040, receiptIds: [] });
    expect(draft.lines).toEqual([expect.objectContaining({ productId: cola, sku: 'LM-0123', supplierSku: 'GN-10123', quantity: 24_000, received: 0, outstanding: 24_000, lineNetCents: 2040 })]);
    expect(draft.events).toEqual([{ at: '2026-01-15T09:00:00.000Z', status: 'draft', staffName: 'Olga Owner', note: '' }]);

    // The lines are replaced; a product without supplier data has no supplier SKU (yet).
    const changed = t.call('purchasing.orders.update', {
      id: draft.id, supplierId: nord, locationId: STORE, note: '', lines: [{ productId: water, quantity: 12_000, unitCostCents: 45 }, { productId: soap, quantity: 2000, unitCostCents: 333 }],
    });
    expect(changed.lines.map((l) => [l.productId, l.supplierSku, l.quantity, l.lineNetCents])).toEqual([[water, '', 12_000, 540], [soap, 'GN-30145', 2000, 666]]);
    expect(changed).toMatchObject({ locationName: 'Lager', netCents: 1206, note: '' });

    // The supplier names the water before the order goes out: placing copies the article number.
    t.call('purchasing.supplierProducts.set', { supplierId: nord, productId: water, supplierSku: 'GN-999', priceCents: 45, leadTimeDays: 6 });
    const placed = t.call('purchasing.orders.place', { id: draft.id });
    expect(placed).toMatchObject({ status: 'ordered', orderedAt: '2026-01-15T09:00:00.000Z', expectedOn: '2026-01-21' }); // + the longest lead time (6 days)
    expect(placed.lines.map((l) => l.supplierSku)).toEqual(['GN-999', 'GN-30145']);
    expect(placed.events.map((e) => e.status)).toEqual(['draft', 'ordered']);
    expect(auditActions('purchasing.orders')).toEqual(['purchasing.orders.create', 'purchasing.orders.update', 'purchasing.orders.place']);

    // Placed: no more changes, through the channels or behind their back.
    refused(t, 'purchasing.orders.update', { id: draft.id, supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 1000, unitCostCents: 1 }] }, 'CONFLICT', 'orderNotDraft');
    refused(t, 'purchasing.orders.place', { id: draft.id }, 'CONFLICT', 'orderNotDraft');
    expect(() => t.core.db.prepare('UPDATE purchase_order_lines SET quantity = 1 WHERE order_id = ?').run(draft.id)).toThrow(/cannot change/);
    expect(() => t.core.db.prepare('DELETE FROM purchase_order_lines WHERE order_id = ?').run(draft.id)).toThrow(/cannot change/);
    expect(() => t.core.db.prepare('INSERT INTO purchase_order_lines (order_id, position, product_id, quantity, unit_cost_cents) VALUES (?, 9, ?, 1, 1)').run(draft.id, cola)).toThrow(/cannot change/);
    expect(() => t.core.db.prepare('UPDATE purchase_orders SET note = ? WHERE id = ?').run('x', draft.id)).toThrow(/cannot change/);
    expect(() => t.core.db.prepare('DELETE FROM purchase_orders WHERE id = ?').run(draft.id)).toThrow(/kept/);
  });

  test('the expected day: given when placing, else the draft\'s, else none when no line has supplier data', () => {
    const nord = supplierId(t, NORD);
    const bread = productId(t, 'Bauernbrot');
    const cola = productId(t, 'Cola 0,5 l');
    expect(placedOrder(t, { supplierId: nord, locationId: SHOP, lines: [{ productId: bread, quantity: 1000, unitCostCents: 1 }] }).expectedOn).toBeNull();
    expect(placedOrder(t, { supplierId: nord, locationId: SHOP, expectedOn: '2026-02-01', lines: [{ productId: cola, quantity: 1000, unitCostCents: 1 }] }).expectedOn).toBe('2026-02-01');
    expect(placedOrder(t, { supplierId: nord, locationId: SHOP, expectedOn: '2026-02-01', lines: [{ productId: cola, quantity: 1000, unitCostCents: 1 }] }, '2026-01-19').expectedOn).toBe('2026-01-19');
  });

  test('bad orders are refused with a reason and change nothing', () => {
    const nord = supplierId(t, NORD);
    const cola = productId(t, 'Cola 0,5 l');
    const line = { productId: cola, quantity: 1000, unitCostCents: 85 };
    refused(t, 'purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [line, line] }, 'VALIDATION', 'purchasingDuplicateLine');
    refused(t, 'purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [line, { ...line, productId: 999_999 }] }, 'NOT_FOUND', 'stockProductNotFound');
    refused(t, 'purchasing.orders.create', { supplierId: 99, locationId: SHOP, lines: [line] }, 'NOT_FOUND', 'supplierNotFound');
    refused(t, 'purchasing.orders.create', { supplierId: nord, locationId: 99, lines: [line] }, 'NOT_FOUND', 'stockLocationNotFound');
    refused(t, 'purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [] }, 'VALIDATION');
    refused(t, 'purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [{ ...line, quantity: 0 }] }, 'VALIDATION');
    refused(t, 'purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [{ ...line, quantity: 2500 }] }, 'VALIDATION', 'purchaseFractionalPieces');
    refused(t, 'purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [{ ...line, quantity: 1_000_000_000, unitCostCents: 100_000_000 }] }, 'VALIDATION', 'purchasingAmountTooLarge');
    refused(t, 'purchasing.orders.get', { id: 99 }, 'NOT_FOUND', 'purchaseOrderNotFound');
    t.call('purchasing.suppliers.setActive', { id: nord, active: false });
    refused(t, 'purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [line] }, 'CONFLICT', 'supplierInactive');
    // The failed attempts took no number.
    t.call('purchasing.suppliers.setActive', { id: nord, active: true });
    expect(t.call('purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [line] }).number).toBe(1);
  });

  test('cancelling needs a reason and keeps the order and its number; only drafts and orders with nothing received', () => {
    const nord = supplierId(t, NORD);
    const cola = productId(t, 'Cola 0,5 l');
    const lines = [{ productId: cola, quantity: 24_000, unitCostCents: 85 }];
    const draft = t.call('purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines });
    refused(t, 'purchasing.orders.cancel', { id: draft.id, reason: '  ' }, 'VALIDATION');
    const cancelled = t.call('purchasing.orders.cancel', { id: draft.id, reason: 'doppelt angelegt' });
    expect(cancelled).toMatchObject({ status: 'cancelled', number: 1 });
    expect(cancelled.events.at(-1)).toEqual({ at: '2026-01-15T09:00:00.000Z', status: 'cancelled', staffName: 'Olga Owner', note: 'doppelt angelegt' });
    refused(t, 'purchasing.orders.cancel', { id: draft.id, reason: 'nochmal' }, 'CONFLICT', 'orderNotCancellable');
    refused(t, 'purchasing.orders.place', { id: draft.id }, 'CONFLICT', 'orderNotDraft');
    expect(() => t.core.db.prepare("UPDATE purchase_orders SET status = 'ordered', ordered_at = 'x' WHERE id = ?").run(draft.id)).toThrow(/final/);

    const placed = placedOrder(t, { supplierId: nord, locationId: SHOP, lines });
    expect(placed.number).toBe(2);
    refused(t, 'purchasing.orders.close', { id: placed.id }, 'CONFLICT', 'orderNotClosable');
    expect(t.call('purchasing.orders.cancel', { id: placed.id, reason: 'Lieferant kann nicht' }).status).toBe('cancelled');

    const third = placedOrder(t, { supplierId: nord, locationId: SHOP, lines });
    t.call('purchasing.receipts.create', { orderId: third.id, locationId: SHOP, lines: [{ productId: cola, quantity: 1000 }] });
    refused(t, 'purchasing.orders.cancel', { id: third.id, reason: 'zu spät' }, 'CONFLICT', 'orderNotCancellable');
    const closed = t.call('purchasing.orders.close', { id: third.id, reason: 'Rest kommt nicht mehr' });
    expect(closed.status).toBe('closed');
    expect(closed.events.map((e) => [e.status, e.note])).toEqual([['draft', ''], ['ordered', ''], ['partlyReceived', 'Wareneingang 1'], ['closed', 'Rest kommt nicht mehr']]);
    refused(t, 'purchasing.orders.close', { id: third.id }, 'CONFLICT', 'orderNotClosable');
    expect(t.call('purchasing.orders.list', { status: 'cancelled' }).orders.map((o) => o.number)).toEqual([2, 1]);
  });

  test('the list filters by status, open, overdue and supplier, pages, and sums the net per order', () => {
    const nord = supplierId(t, NORD);
    const berger = supplierId(t, BERGER);
    const coffee = productId(t, 'Kaffee ganze Bohne 500 g');
    const cola = productId(t, 'Cola 0,5 l');
    t.call('purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }] });
    placedOrder(t, { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }] }, '2026-01-16');
    placedOrder(t, { supplierId: berger, locationId: STORE, lines: [{ productId: coffee, quantity: 6000, unitCostCents: 520 }] }, '2026-01-30');
    const numbers = (input: Record<string, unknown>) => t.call('purchasing.orders.list', input).orders.map((o) => o.number);
    expect(numbers({})).toEqual([3, 2, 1]);
    expect(numbers({ status: 'draft' })).toEqual([1]);
    expect(numbers({ status: 'open' })).toEqual([3, 2]);
    expect(numbers({ status: 'overdue' })).toEqual([]);
    expect(numbers({ supplierId: berger })).toEqual([3]);
    expect(numbers({ limit: 1, offset: 1 })).toEqual([2]);
    expect(t.call('purchasing.orders.list', { limit: 1 }).total).toBe(3);
    expect(t.call('purchasing.orders.list', { supplierId: berger }).orders[0]).toMatchObject({ netCents: 3120, locationName: 'Lager', supplierName: BERGER, overdue: false });
    expect(t.call('purchasing.suppliers.get', { id: nord }).openOrders).toBe(1);

    // Two days later the first placed order is late.
    t.clock.set('2026-01-17T10:00:00Z');
    t.signInPin('7777');
    expect(numbers({ status: 'overdue' })).toEqual([2]);
    expect(t.call('purchasing.orders.get', { id: 2 }).overdue).toBe(true);
    expect(t.call('purchasing.orders.get', { id: 1 }).overdue).toBe(false); // a draft is never late
  });

  test('a cashier may not buy; a manager may', () => {
    const nord = supplierId(t, NORD);
    const cola = productId(t, 'Cola 0,5 l');
    t.signInPin('1111');
    const before = logicalDump(t.core.db);
    for (const [channel, input] of [
      ['purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 1000, unitCostCents: 85 }] }],
      ['purchasing.suppliers.create', { name: 'Neu' }],
      ['purchasing.supplierProducts.set', { supplierId: nord, productId: cola, priceCents: 1 }],
      ['purchasing.orders.list', {}],
    ] as const) {
      expect(t.invoke(channel, input), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(logicalDump(t.core.db)).toBe(before);
    t.signInPin('2222');
    expect(t.call('purchasing.orders.create', { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 1000, unitCostCents: 85 }] }).status).toBe('draft');
  });
});

describe('the order as a PDF', () => {
  async function pdf(id: number) {
    const envelope = await t.core.invokeAsync('purchasing.orders.pdf', { id }, { token: t.signedToken() });
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
    const { fileName, base64 } = envelope.data as { fileName: string; base64: string };
    // Table headers wrap within their cells: compare with all whitespace as single spaces.
    return { fileName, text: (await pdfText(Buffer.from(base64, 'base64'))).replace(/\s+/g, ' ') };
  }

  test('says what the supplier needs to know, field by field, in the shop\'s language', async () => {
    const nord = supplierId(t, NORD);
    const cola = productId(t, 'Cola 0,5 l');
    const cheese = productId(t, 'Bergkäse');
    t.call('purchasing.suppliers.update', {
      id: nord, name: NORD, contactPerson: 'Jana Peters', street: 'Hafenstraße 12', postalCode: '20457', city: 'Hamburg', customerNumber: 'K-48213',
      email: 'bestellung@grosshandel-nord.example', phone: '040 987654', vatId: 'DE298765432', paymentTermsDays: 14, note: '',
    });
    const draft = t.call('purchasing.orders.create', {
      supplierId: nord, locationId: STORE, note: 'Anlieferung bitte vormittags.',
      lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }, { productId: cheese, quantity: 2500, unitCostCents: 1490 }],
    });

    const asDraft = await pdf(draft.id);
    expect(asDraft.fileName).toBe('Bestellentwurf-1.pdf');
    expect(asDraft.text).toContain('Bestellentwurf 1');

    t.call('purchasing.orders.place', { id: draft.id, expectedOn: '2026-01-20' });
    const { fileName, text } = await pdf(draft.id);
    expect(fileName).toBe('Bestellung-1.pdf');
    // Sender and recipient
    expect(text).toContain('Laden am Markt');
    expect(text).toContain('Marktplatz 3');
    for (const line of ['Großhandel Nord GmbH', 'z. Hd. Jana Peters', 'Hafenstraße 12', '20457 Hamburg']) expect(text).toContain(line);
    // Facts
    expect(text).toMatch(/Bestell-Nr\.\s+1/);
    expect(text).toMatch(/Datum\s+15\.01\.2026/);
    expect(text).toMatch(/Unsere Kunden-Nr\.\s+K-48213/);
    expect(text).toMatch(/Liefertermin\s+20\.01\.2026/);
    expect(text).toMatch(/Lieferung an\s+Lager/);
    expect(text).toContain('Bestellung 1');
    // Table: position, their SKU, ours, name, quantity with unit, unit price, line net
    for (const header of ['Pos.', 'Ihre Art.-Nr.', 'Unsere Art.-Nr.', 'Bezeichnung', 'Menge', 'Einzelpreis netto', 'Gesamt netto']) expect(text).toContain(header);
    expect(text).toMatch(/1\s+GN-10123\s+LM-0123\s+Cola 0,5 l\s+24 Stk\.\s+0,85\s€\s+20,40\s€/);
    expect(text).toMatch(/2\s+LM-\d{4}\s+Bergkäse\s+2,500 kg\s+14,90\s€\/kg\s+37,25\s€/);
    // Totals, notes, footer
    expect(text).toMatch(/Summe netto\s+57,65\s€/);
    expect(text).toContain('Anlieferung bitte vormittags.');
    expect(text).toContain('Bitte bestätigen Sie uns die Bestellung und den Liefertermin.');
    expect(text).toContain('USt-IdNr. DE123456789');
    expect(text).toContain('Steuernr. 06/123/45678');
    expect(text).toContain('hallo@laden-am-markt.example');
    expect(text).toContain('0761 123456');
  });

  test('follows the shop language (English) and names an unknown order', async () => {
    const nord = supplierId(t, NORD);
    const cola = productId(t, 'Cola 0,5 l');
    const { currency: _currency, preset: _preset, ...company } = t.call('settings.company.get', {});
    t.call('settings.company.update', { ...company, language: 'en' });
    const order = placedOrder(t, { supplierId: nord, locationId: SHOP, lines: [{ productId: cola, quantity: 24_000, unitCostCents: 85 }] }, '2026-01-20');
    const { fileName, text } = await pdf(order.id);
    expect(fileName).toBe('Purchase-order-1.pdf');
    expect(text).toContain('Purchase order 1');
    expect(text).toMatch(/Delivery date\s+20\/01\/2026/);
    expect(text).toMatch(/24 pcs\s+€0\.85\s+€20\.40/);
    expect(text).toMatch(/Net total\s+€20\.40/);
    const missing = await t.core.invokeAsync('purchasing.orders.pdf', { id: 99 }, { token: t.signedToken() });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'purchaseOrderNotFound' } } });
  });
});

test('every reason purchasing gives has a German and an English text', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { translations } = await import('../../src-shared/i18n');
  const dir = path.join(__dirname, '../../src-main/modules/purchasing');
  const reasons = new Set(fs.readdirSync(dir).flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/reason: '(\w+)'/g)].map((m) => m[1]!)));
  expect(reasons.size).toBeGreaterThan(15);
  for (const reason of reasons) {
    for (const lang of ['de', 'en'] as const) expect((translations[lang].errors.reasons as Record<string, string>)[reason], `${lang} ${reason}`).toBeTruthy();
  }
});
