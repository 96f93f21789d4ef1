/**
 * The customer register: gap-free numbers, required names, checked e-mail and VAT ID, the
 * duplicate hint, find as you type through the index, deactivation instead of deletion, audit,
 * and who may give credit.
 */
import { logicalDump, testCore } from '../helpers/core';

function shop() {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  return t;
}
type T = ReturnType<typeof shop>;

const create = (t: T, fields: Record<string, unknown>) => t.call('customers.create', fields);

function refused(t: T, channel: 'customers.create' | 'customers.update', input: Record<string, unknown>, code: string, reason?: string) {
  const before = logicalDump(t.core.db);
  const result = t.invoke(channel, input);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    if (reason) expect(result.error.details?.reason).toBe(reason);
  }
  expect(logicalDump(t.core.db)).toBe(before);
}

test('customers get gap-free numbers, defaults, and an audit row each', () => {
  const t = shop();
  const anna = create(t, { name: 'Anna Schmidt', phone: '0171 2345678', email: 'anna@example.de' });
  expect(anna).toMatchObject({ number: 1, kind: 'person', name: 'Anna Schmidt', active: true, onAccount: false, balanceCents: 0, creditLimitCents: null, paymentTermsDays: 0 });
  // A failed create in between takes no number.
  refused(t, 'customers.create', { name: 'Falsch', email: 'kein-at' }, 'VALIDATION', 'emailInvalid');
  const firm = create(t, { kind: 'business', name: 'Krume GmbH', vatId: 'de 123 456 789', street: 'Mühlenweg 3', postalCode: '10115', city: 'Berlin', countryCode: 'DE' });
  expect(firm).toMatchObject({ number: 2, kind: 'business', vatId: 'DE123456789' });
  expect(t.core.db.prepare("SELECT action, subject FROM audit_log WHERE action LIKE 'customers.%' ORDER BY id").raw().all())
    .toEqual([['customers.create', `customer:${anna.id}`], ['customers.create', `customer:${firm.id}`]]);
  t.close();
});

test('bad input is refused with a reason and writes nothing', () => {
  const t = shop();
  refused(t, 'customers.create', { name: '   ' }, 'VALIDATION');
  refused(t, 'customers.create', { name: 'X', email: 'a@b' }, 'VALIDATION', 'emailInvalid');
  refused(t, 'customers.create', { name: 'X', phone: 'call me' }, 'VALIDATION', 'phoneInvalid');
  refused(t, 'customers.create', { kind: 'business', name: 'X', vatId: '123456789' }, 'VALIDATION', 'vatIdInvalid');
  refused(t, 'customers.create', { kind: 'business', name: 'X', vatId: 'DE1' }, 'VALIDATION', 'vatIdInvalid');
  refused(t, 'customers.create', { name: 'X', countryCode: 'de' }, 'VALIDATION');
  refused(t, 'customers.create', { name: 'X', creditLimitCents: -1 }, 'VALIDATION');
  const c = create(t, { name: 'Y' });
  refused(t, 'customers.update', { id: c.id, name: 'Y', email: 'nope' }, 'VALIDATION', 'emailInvalid');
  refused(t, 'customers.update', { id: 9999, name: 'Y' }, 'NOT_FOUND', 'customerNotFound');
  t.close();
});

test('a cashier may create customers at the counter but not give them credit', () => {
  const t = shop();
  t.signInPin('1111');
  const walkIn = create(t, { name: 'Laufkunde Meier', phone: '030 555 01' });
  expect(walkIn.number).toBe(1);
  refused(t, 'customers.create', { name: 'Gierig', onAccount: true }, 'FORBIDDEN', 'onAccountNeedsManager');
  refused(t, 'customers.create', { name: 'Gierig', creditLimitCents: 100 }, 'FORBIDDEN', 'onAccountNeedsManager');
  refused(t, 'customers.create', { name: 'Gierig', paymentTermsDays: 30 }, 'FORBIDDEN', 'onAccountNeedsManager');
  expect(t.invoke('customers.update', { id: walkIn.id, name: 'X', onAccount: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  t.signInPin('2222'); // a manager has sales.manage
  expect(t.call('customers.update', { id: walkIn.id, name: 'Laufkunde Meier', onAccount: true, creditLimitCents: 20_000 })).toMatchObject({ onAccount: true, creditLimitCents: 20_000 });
  t.close();
});

test('update keeps the number; customers are deactivated, never deleted, and come back', () => {
  const t = shop();
  const c = create(t, { name: 'Alt', phone: '040 123456' });
  const changed = t.call('customers.update', { id: c.id, kind: 'business', name: 'Neu GmbH', vatId: 'ATU12345678', paymentTermsDays: 30, onAccount: true });
  expect(changed).toMatchObject({ number: c.number, name: 'Neu GmbH', vatId: 'ATU12345678', paymentTermsDays: 30, onAccount: true, phone: '' });
  expect(t.call('customers.setActive', { id: c.id, active: false }).active).toBe(false);
  expect(t.call('customers.search', { query: 'neu' })).toEqual([]);
  expect(t.call('customers.search', { query: 'neu', includeInactive: true }).map((r) => r.id)).toEqual([c.id]);
  expect(t.call('customers.list', { status: 'inactive' }).rows.map((r) => r.id)).toEqual([c.id]);
  expect(t.call('customers.setActive', { id: c.id, active: true }).active).toBe(true);
  expect(() => t.core.db.prepare('DELETE FROM customers WHERE id = ?').run(c.id)).toThrow(/never deleted/);
  expect(() => t.core.db.prepare('UPDATE customers SET number = 99 WHERE id = ?').run(c.id)).toThrow(/never changes/);
  const actions = t.core.db.prepare("SELECT action FROM audit_log WHERE subject = ? ORDER BY id").pluck().all(`customer:${c.id}`);
  expect(actions).toEqual(['customers.create', 'customers.update', 'customers.deactivate', 'customers.reactivate']);
  t.close();
});

test('find as you type: name parts, number, phone in any punctuation, e-mail, city; inactive last or hidden', () => {
  const t = shop();
  const anna = create(t, { name: 'Anna Müller', phone: '+49 171 2345678', email: 'anna.mueller@example.de', city: 'Köln' });
  const bernd = create(t, { name: 'Bernd Anders', phone: '0171 999 000', email: 'bernd@firma.example' });
  const firm = create(t, { kind: 'business', name: 'Müller & Söhne KG', contactPerson: 'Petra Sohn', postalCode: '50667', city: 'Köln' });
  const ids = (query: string) => t.call('customers.search', { query }).map((r) => r.id);
  expect(ids('mül')).toEqual([anna.id, firm.id]);
  expect(ids('muller')).toEqual([anna.id, firm.id]);
  expect(ids('an')).toEqual([anna.id, bernd.id]);
  expect(ids('anna mü')).toEqual([anna.id]);
  expect(ids('petra')).toEqual([firm.id]);
  expect(ids('0171 999')).toEqual([bernd.id]);
  expect(ids('49171')).toEqual([anna.id]);
  expect(ids('anna.mue')).toEqual([anna.id]);
  expect(ids('köln')).toEqual([anna.id, firm.id]);
  expect(ids('50667')).toEqual([firm.id]);
  expect(ids(String(bernd.number))[0]).toBe(bernd.id);
  expect(ids('"*')).toEqual([]);
  expect(ids('zzz')).toEqual([]);
  expect(t.call('customers.search', { query: 'm', limit: 1 })).toHaveLength(1);
  t.close();
});

test('the search runs on the full-text index, not a scan of the customers', () => {
  const t = shop();
  const insert = t.core.db.prepare("INSERT INTO customers (number, kind, name, phone_digits, created_at, updated_at) VALUES (?, 'person', ?, ?, '2026-01-01', '2026-01-01')");
  t.core.db.transaction(() => {
    for (let i = 1; i <= 5000; i++) insert.run(i, `Kunde ${i} ${['Meier', 'Schulz', 'Becker', 'Wolf'][i % 4]}`, `0301${String(i).padStart(6, '0')}`);
  })();
  const plan = (t.core.db.prepare(
    `EXPLAIN QUERY PLAN SELECT c.* FROM customer_search s JOIN customers c ON c.id = s.rowid
     WHERE customer_search MATCH '"beck"*' AND c.active = 1 ORDER BY c.active DESC, c.name COLLATE NOCASE LIMIT 10`,
  ).all() as { detail: string }[]).map((r) => r.detail).join('\n');
  expect(plan).toMatch(/VIRTUAL TABLE INDEX/);
  expect(plan).not.toMatch(/SCAN c\b/);
  const hits = t.call('customers.search', { query: 'beck 12', limit: 10 });
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.every((h) => h.name.includes('Becker') && /\b12/.test(h.name))).toBe(true);
  expect(t.call('customers.search', { query: '0301000042' }).map((h) => h.number)).toEqual([42]);
  expect(t.call('customers.list', { search: 'wolf', limit: 5 }).total).toBe(1250);
  t.close();
});

test('duplicates by phone digits or e-mail are a hint, not a refusal', () => {
  const t = shop();
  const anna = create(t, { name: 'Anna', phone: '0171 2345678', email: 'Anna@Example.de' });
  expect(t.call('customers.duplicates', { phone: '0171-234 56 78' }).map((c) => c.id)).toEqual([anna.id]);
  expect(t.call('customers.duplicates', { email: 'anna@example.de' }).map((c) => c.id)).toEqual([anna.id]);
  expect(t.call('customers.duplicates', { phone: '0171 2345678', excludeId: anna.id })).toEqual([]);
  expect(t.call('customers.duplicates', { phone: '12' })).toEqual([]);
  // Creating the same person again is allowed (the screen warns first).
  expect(create(t, { name: 'Anna S.', phone: '0171 2345678' }).number).toBe(2);
  t.close();
});

test('the list filters by status and balance, pages, and counts', () => {
  const t = shop();
  for (const name of ['Cäsar', 'Berta', 'Anton', 'Dora']) create(t, { name });
  const page = t.call('customers.list', { status: 'all', limit: 2, offset: 1 });
  expect(page.total).toBe(4);
  expect(page.rows.map((r) => r.name)).toEqual(['Berta', 'Cäsar']);
  expect(t.call('customers.list', { status: 'withBalance' }).total).toBe(0);
  expect(t.call('customers.list', { search: 'dor' }).rows.map((r) => r.name)).toEqual(['Dora']);
  t.close();
});
