import { testCore, logicalDump } from '../helpers/core';

const company = {
  name: 'Café Sonne', street: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', countryCode: 'DE',
  vatId: 'DE999999999', taxNumber: '', email: '', phone: '',
};

describe('first start', () => {
  test('setup creates the company, the preset VAT rates in the chosen language and the owner', () => {
    const t = testCore();
    expect(t.call('setup.status')).toMatchObject({ state: 'new', readOnly: false });
    t.call('setup.initialize', { company, preset: 'AT', language: 'en', owner: { name: 'Sonja', username: 'Sonja', password: 'long-enough-1', pin: '4321' } });
    expect(t.call('setup.status')).toMatchObject({ state: 'ready', companyName: 'Café Sonne', currency: 'EUR', language: 'en' });
    t.call('auth.signIn', { username: 'sonja', password: 'long-enough-1' });
    t.signInPin('4321');
    expect(t.call('auth.session')?.role).toBe('owner');
    expect(t.call('settings.vatRates.list').map((r) => [r.name, r.rateBasisPoints])).toEqual([
      ['Standard', 2000], ['Special', 1300], ['Reduced', 1000], ['Exempt', 0],
    ]);
    t.close();
  });

  test('Switzerland gets CHF; another country must name its currency', () => {
    const t = testCore();
    const other = { company: { ...company, countryCode: 'NO' }, preset: 'OTHER', language: 'de', owner: { name: 'O', username: 'own', password: 'long-enough-1' } };
    expect(t.invoke('setup.initialize', other)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(t.call('setup.status').state).toBe('new');
    t.call('setup.initialize', { ...other, currency: 'DKK' });
    expect(t.call('setup.status').currency).toBe('DKK');
    t.close();

    const ch = testCore();
    ch.call('setup.initialize', { ...other, preset: 'CH', company: { ...company, countryCode: 'CH' } });
    expect(ch.call('setup.status').currency).toBe('CHF');
    ch.close();
  });

  test('setup and the demo run only once', () => {
    const t = testCore();
    t.loadDemo();
    const before = logicalDump(t.core.db);
    expect(t.invoke('setup.loadDemo', { language: 'de' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.invoke('setup.initialize', { company, preset: 'DE', language: 'de', owner: { name: 'X', username: 'xx', password: 'long-enough-1' } }))
      .toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(logicalDump(t.core.db)).toBe(before);
    t.close();
  });

  test('the demo shop: about 200 products with valid EAN-13, 19 % and 7 %, three staff', () => {
    const t = testCore();
    t.loadDemo();
    const db = t.core.db;
    const products = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
    expect(products).toBeGreaterThanOrEqual(180);
    expect(products).toBeLessThanOrEqual(220);
    const codes = db.prepare("SELECT code FROM product_barcodes WHERE code NOT LIKE '28%'").pluck().all() as string[];
    expect(codes.length).toBeGreaterThan(150);
    for (const code of codes) {
      expect(code).toMatch(/^\d{13}$/);
      const sum = [...code.slice(0, 12)].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
      expect((10 - (sum % 10)) % 10).toBe(Number(code[12]));
    }
    const byRate = db.prepare('SELECT v.rate_bp, count(*) AS n FROM products p JOIN vat_rates v ON v.id = p.vat_rate_id GROUP BY v.rate_bp ORDER BY v.rate_bp').all();
    expect(byRate).toEqual([{ rate_bp: 700, n: expect.any(Number) }, { rate_bp: 1900, n: expect.any(Number) }]);
    expect(db.prepare("SELECT count(*) FROM products WHERE unit = 'kg'").pluck().get()).toBeGreaterThan(0);
    expect(t.call('auth.pinStaff').map((s) => s.name)).toEqual(['Lena Schulz', 'Markus Wolf']);
    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(3);
    t.close();
  });
});

describe('company and VAT rates', () => {
  function owner() {
    const t = testCore();
    t.loadDemo();
    t.signInOwner();
    return t;
  }

  test('company data can be changed and the change is audited', () => {
    const t = owner();
    const updated = t.call('settings.company.update', { ...company, language: 'en' });
    expect(updated).toMatchObject({ name: 'Café Sonne', currency: 'EUR', preset: 'DE', language: 'en' });
    const [entry] = t.call('audit.list', { action: 'settings.company.update' });
    expect(entry).toMatchObject({ staffName: 'Anna Becker', before: { name: 'Laden am Markt' }, after: { name: 'Café Sonne' } });
    t.close();
  });

  test('rates are added, renamed and retired; a used rate cannot be retired while active products use it', () => {
    const t = owner();
    const rates = t.call('settings.vatRates.list');
    const reduced = rates.find((r) => r.rateBasisPoints === 700)!;
    const exempt = rates.find((r) => r.rateBasisPoints === 0)!;
    expect(reduced.usedBy).toBeGreaterThan(0);
    expect(exempt.usedBy).toBe(0);

    expect(t.call('settings.vatRates.rename', { id: reduced.id, name: 'Ermäßigt (Lebensmittel)' }).name).toBe('Ermäßigt (Lebensmittel)');
    expect(t.invoke('settings.vatRates.retire', { id: reduced.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'vatRateInUse' } } });

    const retired = t.call('settings.vatRates.retire', { id: exempt.id });
    expect(retired.retiredAt).toBe('2026-01-15T09:00:00.000Z');
    expect(t.invoke('settings.vatRates.retire', { id: exempt.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.call('settings.vatRates.reactivate', { id: exempt.id }).retiredAt).toBeNull();

    const created = t.call('settings.vatRates.create', { name: 'Land- und Forstwirtschaft', rateBasisPoints: 780 });
    expect(created).toMatchObject({ rateBasisPoints: 780, usedBy: 0, retiredAt: null });
    expect(t.invoke('settings.vatRates.create', { name: 'land- und forstwirtschaft', rateBasisPoints: 500 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.invoke('settings.vatRates.rename', { id: 999, name: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const actions = t.call('audit.list', {}).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['settings.vatRates.rename', 'settings.vatRates.retire', 'settings.vatRates.reactivate', 'settings.vatRates.create']));
    t.close();
  });

  test('the database itself refuses deleting a rate or changing its percentage', () => {
    const t = owner();
    expect(() => t.core.db.prepare('DELETE FROM vat_rates WHERE id = 1').run()).toThrow(/never deleted/);
    expect(() => t.core.db.prepare('UPDATE vat_rates SET rate_bp = 1600 WHERE id = 1').run()).toThrow(/never changes/);
    expect(() => t.core.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    t.close();
  });

  test('security settings are validated', () => {
    const t = owner();
    expect(t.call('settings.security.get')).toEqual({ pinMaxAttempts: 5, pinLockMinutes: 5, sessionHours: 12 });
    expect(t.invoke('settings.security.update', { pinMaxAttempts: 1, pinLockMinutes: 5, sessionHours: 12 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    t.close();
  });
});
