/** The catalogue against a real core and SQLite file: products, barcodes, search, quick keys, CSV. */
import type { Product } from '../../src-shared/contract/catalogue';
import { parseProductCsv } from '../../src-renderer/features/catalogue/csv-file';
import { logicalDump, testCore } from '../helpers/core';

function owner() {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  return t;
}

const bread = { sku: 'BR-100', name: 'Sauerteigbrot', categoryId: 1, priceCents: 459, vatRateId: 2, unit: 'piece', costCents: 210, barcodes: [] as string[] };
const errorOf = (t: ReturnType<typeof testCore>, channel: string, input: unknown) => {
  const result = t.invoke(channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
};

describe('products', () => {
  test('create, edit, deactivate and reactivate; every write is audited', () => {
    const t = owner();
    const created = t.call('catalogue.product.create', { ...bread, barcodes: ['4006381333931'] });
    expect(created).toMatchObject({ sku: 'BR-100', name: 'Sauerteigbrot', categoryName: 'Backwaren', priceCents: 459, vatRateBasisPoints: 700, active: true, barcodes: ['4006381333931'], costCents: 210 });
    expect(t.call('catalogue.product.get', { id: created.id })).toEqual(created);

    const edited = t.call('catalogue.product.update', { ...bread, id: created.id, name: 'Sauerteigbrot 1 kg', priceCents: 599, unit: 'piece', barcodes: ['2800001'] });
    expect(edited).toMatchObject({ name: 'Sauerteigbrot 1 kg', priceCents: 599, barcodes: ['2800001'], active: true });

    expect(t.call('catalogue.product.setActive', { id: created.id, active: false }).active).toBe(false);
    expect(t.call('catalogue.search', { query: 'sauerteig' })).toEqual([]);
    expect(t.call('catalogue.search', { query: 'sauerteig', includeInactive: true }).map((p) => p.id)).toEqual([created.id]);
    expect(t.call('catalogue.product.setActive', { id: created.id, active: true }).active).toBe(true);
    expect(t.core.db.prepare('SELECT count(*) FROM products WHERE id = ?').pluck().get(created.id)).toBe(1);

    const actions = t.call('audit.list', { limit: 10 }).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['catalogue.product.create', 'catalogue.product.update', 'catalogue.product.deactivate', 'catalogue.product.reactivate']));
    const update = t.call('audit.list', { action: 'catalogue.product.update' })[0];
    expect(update).toMatchObject({ before: { name: 'Sauerteigbrot', priceCents: 459 }, after: { name: 'Sauerteigbrot 1 kg', priceCents: 599 } });
    t.close();
  });

  test('SKU and VAT rules: a taken SKU is a CONFLICT, a retired or unknown rate is refused', () => {
    const t = owner();
    expect(errorOf(t, 'catalogue.product.create', { ...bread, sku: 'lm-0001' })).toMatchObject({ code: 'CONFLICT', details: { reason: 'skuTaken', sku: 'lm-0001', name: 'Bauernbrot' } });
    t.call('settings.vatRates.retire', { id: 3 });
    expect(errorOf(t, 'catalogue.product.create', { ...bread, vatRateId: 3 })).toMatchObject({ code: 'VALIDATION', details: { reason: 'vatRateInactive' } });
    expect(errorOf(t, 'catalogue.product.create', { ...bread, vatRateId: 99 })).toMatchObject({ code: 'VALIDATION', details: { reason: 'vatRateInactive' } });
    expect(errorOf(t, 'catalogue.product.create', { ...bread, categoryId: 999 })).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'categoryNotFound' } });
    expect(errorOf(t, 'catalogue.product.update', { ...bread, id: 99999 })).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'productNotFound' } });
    t.close();
  });

  test('categories: list, create, rename; names are unique regardless of case', () => {
    const t = owner();
    const before = t.call('catalogue.category.list');
    expect(before[0]).toMatchObject({ id: 1, name: 'Backwaren', productCount: 24, activeCount: 24 });
    const created = t.call('catalogue.category.create', { name: 'Feinkost' });
    expect(t.call('catalogue.category.list').at(-1)).toEqual(created);
    expect(errorOf(t, 'catalogue.category.create', { name: 'feinkost' })).toMatchObject({ code: 'CONFLICT', details: { reason: 'categoryNameTaken' } });
    expect(t.call('catalogue.category.rename', { id: 1, name: 'Brot & Gebäck' }).name).toBe('Brot & Gebäck');
    expect(t.call('catalogue.product.get', { id: 1 }).categoryName).toBe('Brot & Gebäck');
    t.close();
  });
});

describe('barcodes', () => {
  test('GS1 codes need a valid check digit; UPC-A is stored as EAN-13; shop codes are free-form', () => {
    const t = owner();
    expect(errorOf(t, 'catalogue.product.create', { ...bread, barcodes: ['4006381333932'] })).toMatchObject({ code: 'VALIDATION', details: { reason: 'barcodeCheckDigit', code: '4006381333932' } });
    expect(errorOf(t, 'catalogue.product.create', { ...bread, barcodes: ['96385074'.replace(/4$/, '5')] })).toMatchObject({ details: { reason: 'barcodeCheckDigit' } });
    expect(errorOf(t, 'catalogue.product.create', { ...bread, barcodes: ['abc def'] })).toMatchObject({ code: 'VALIDATION', details: { reason: 'barcodeFormat' } });
    const p = t.call('catalogue.product.create', { ...bread, barcodes: ['036000291452', '96385074', '2800001', 'BRT-7.a_1', '036000291452'] });
    expect([...p.barcodes].sort()).toEqual(['0036000291452', '2800001', '96385074', 'BRT-7.a_1'].sort());
    // Scanning the UPC-A finds the product again.
    expect(t.call('catalogue.search', { query: '036000291452' })[0]?.id).toBe(p.id);
    t.close();
  });

  test('a barcode belongs to one product: CONFLICT naming the owner; the database is unchanged', () => {
    const t = owner();
    const taken = t.call('catalogue.product.get', { id: 1 }).barcodes[0]!;
    const before = logicalDump(t.core.db);
    expect(errorOf(t, 'catalogue.product.create', { ...bread, barcodes: [taken] })).toMatchObject({
      code: 'CONFLICT', details: { reason: 'barcodeTaken', code: taken, sku: 'LM-0001', name: 'Bauernbrot' },
    });
    expect(errorOf(t, 'catalogue.product.update', { ...bread, id: 2, barcodes: [taken] })).toMatchObject({ code: 'CONFLICT' });
    expect(logicalDump(t.core.db)).toBe(before);
    // Moving a code: take it off the first product, then it is free.
    const { id, sku, name, categoryId, priceCents, vatRateId, unit, costCents } = t.call('catalogue.product.get', { id: 1 });
    t.call('catalogue.product.update', { id, sku, name, categoryId, priceCents, vatRateId, unit, costCents, barcodes: [] });
    expect(t.call('catalogue.product.update', { ...bread, id: 2, sku: 'LM-0002', barcodes: [taken] }).barcodes).toEqual([taken]);
    t.close();
  });
});

describe('search', () => {
  test('prefix matching on every term, inside German compounds too', () => {
    const t = owner();
    const names = (query: string, limit = 20) => t.call('catalogue.search', { query, limit }).map((p) => p.name);
    expect(names('bau br')).toEqual(['Bauernbrot', 'Bauernbrot Bio', 'Bauernbrot groß']);
    expect(names('Bauernbrot')[0]).toBe('Bauernbrot');
    expect(names('brot')).toEqual(expect.arrayContaining(['Bauernbrot', 'Roggenbrot', 'Vollkornbrot', 'Marzipanbrot 100 g']));
    expect(names('milch bio')).toContain('Vollmilch 1 l Bio');
    expect(names('apfel')).toEqual(expect.arrayContaining(['Äpfel Elstar', 'Apfelschorle 0,5 l']));
    expect(names('b', 5)).toHaveLength(5);
    expect(names('   ')).toEqual([]);
    expect(names('xyzzy')).toEqual([]);
    expect(names('"*(')).toEqual([]);
    t.close();
  });

  test('an exact barcode or SKU ranks first', () => {
    const t = owner();
    const target = t.call('catalogue.product.get', { id: 17 });
    const code = target.barcodes[0]!;
    expect(t.call('catalogue.search', { query: code })[0]?.id).toBe(17);
    // A product whose SKU is a prefix-match of many others still comes first on an exact SKU.
    expect(t.call('catalogue.search', { query: 'LM-001' }).length).toBeGreaterThan(1);
    expect(t.call('catalogue.search', { query: 'lm-0017' })[0]?.id).toBe(17);
    // A product named like another's SKU does not outrank the exact SKU.
    t.call('catalogue.product.create', { ...bread, name: 'LM-0017 Nachbau' });
    expect(t.call('catalogue.search', { query: 'LM-0017' })[0]?.id).toBe(17);
    t.close();
  });

  test('the index follows edits, barcode changes and direct SQL inserts', () => {
    const t = owner();
    const ids = (query: string) => t.call('catalogue.search', { query, includeInactive: true }).map((p) => p.id);
    const p = t.call('catalogue.product.create', { ...bread, barcodes: ['4006381333931'] });
    expect(ids('sauer')).toEqual([p.id]);
    expect(ids('4006381333931')).toEqual([p.id]);
    t.call('catalogue.product.update', { ...bread, id: p.id, sku: 'BR-200', name: 'Dinkelvollkornbrot', barcodes: ['96385074'] });
    expect(ids('sauer')).toEqual([]);
    expect(ids('4006381333931')).toEqual([]);
    expect(ids('BR-100')).toEqual([]);
    expect(ids('dinkelvoll')).toEqual([p.id]);
    expect(ids('96385074')).toEqual([p.id]);
    expect(ids('br-20')).toEqual([p.id]);
    // The demo loader and imports write with SQL; the triggers index that too.
    const db = t.core.db;
    const id = Number(db.prepare(`INSERT INTO products (sku, name, category_id, price_cents, vat_rate_id, unit, created_at, updated_at)
      VALUES ('SQL-1', 'Kürbiskernbrötchen', 1, 99, 2, 'piece', 'x', 'x')`).run().lastInsertRowid);
    db.prepare('INSERT INTO product_barcodes (code, product_id) VALUES (?, ?)').run('SHOP-77', id);
    expect(ids('kurbis')).toEqual([id]);
    expect(ids('SHOP-77')).toEqual([id]);
    db.prepare("DELETE FROM product_barcodes WHERE code = 'SHOP-77'").run();
    expect(ids('SHOP-77')).toEqual([]);
    t.close();
  });
});

describe('quick keys', () => {
  test('default: every category with its first active products; the owner edits pages and keys', () => {
    const t = owner();
    const pages = t.call('catalogue.quickKeys.get');
    expect(pages.map((p) => p.name)).toEqual(['Backwaren', 'Obst & Gemüse', 'Käse & Wurst', 'Milchprodukte', 'Kaffee & Tee', 'Süßwaren', 'Getränke', 'Haushalt', 'Schreibwaren', 'Geschenke']);
    expect(pages[0]!.products).toHaveLength(24);
    expect(pages[0]!.products.every((p) => p.active && p.categoryId === 1)).toBe(true);

    t.call('catalogue.quickKeys.setProducts', { categoryId: 2, productIds: [30, 25, 1] });
    t.call('catalogue.quickKeys.setPages', { pages: [{ categoryId: 2, hidden: false }, { categoryId: 10, hidden: true }] });
    t.call('catalogue.product.setActive', { id: 25, active: false });
    const edited = t.call('catalogue.quickKeys.get');
    expect(edited[0]).toMatchObject({ categoryId: 2, name: 'Obst & Gemüse' });
    expect(edited[0]!.products.map((p) => p.id)).toEqual([30, 1]);
    expect(edited.map((p) => p.categoryId)).not.toContain(10);
    expect(t.call('catalogue.quickKeys.layout').find((p) => p.categoryId === 10)).toMatchObject({ hidden: true, custom: false });

    // A new category shows up as an automatic page.
    const cat = t.call('catalogue.category.create', { name: 'Feinkost' });
    t.call('catalogue.product.create', { ...bread, categoryId: cat.id });
    expect(t.call('catalogue.quickKeys.get').at(-1)).toMatchObject({ categoryId: cat.id, products: [{ sku: 'BR-100' }] });

    t.call('catalogue.quickKeys.setProducts', { categoryId: 2, productIds: null });
    expect(t.call('catalogue.quickKeys.get')[0]!.products).toHaveLength(15); // 16 in the category, one deactivated above
    expect(errorOf(t, 'catalogue.quickKeys.setProducts', { categoryId: 2, productIds: [1, 1] })).toMatchObject({ code: 'VALIDATION', details: { reason: 'duplicateKey' } });
    expect(errorOf(t, 'catalogue.quickKeys.setProducts', { categoryId: 2, productIds: [99999] })).toMatchObject({ code: 'NOT_FOUND' });
    t.close();
  });
});

describe('CSV', () => {
  const snapshot = (products: Product[]) =>
    products.map(({ id: _id, categoryId: _c, vatRateId: _v, ...rest }) => ({ ...rest, barcodes: [...rest.barcodes].sort() })).sort((a, b) => a.sku.localeCompare(b.sku));
  const allProducts = (t: ReturnType<typeof testCore>) => {
    const ids = t.core.db.prepare('SELECT id FROM products').pluck().all() as number[];
    return ids.map((id) => t.call('catalogue.product.get', { id }));
  };

  test('export → import into an empty shop gives identical data', () => {
    const source = owner();
    source.call('catalogue.product.create', { ...bread, name: 'Brot; "extra" knusprig', barcodes: ['4006381333931', '2800001'] });
    source.call('catalogue.product.setActive', { id: 5, active: false });
    const exported = source.call('catalogue.csv.export');
    expect(exported.csv.startsWith('\uFEFFsku;name;category;price;vat_rate;unit;cost;active;barcodes\r\n')).toBe(true);
    expect(exported.csv).toContain('LM-0001;Bauernbrot;Backwaren;4,20;7;piece;2,52;1;4004211000015');
    expect(exported.rows).toBe(197);

    // The target: a new German shop without products (same VAT rates).
    const target = testCore();
    target.call('setup.initialize', {
      company: { name: 'Neu', street: '', postalCode: '', city: '', countryCode: 'DE', vatId: '', taxNumber: '', email: '', phone: '' },
      preset: 'DE', language: 'de', owner: { name: 'Nora', username: 'nora', password: 'long-enough-1' },
    });
    target.setToken(target.call('auth.signIn', { username: 'nora', password: 'long-enough-1' }).token);
    const parsed = parseProductCsv(exported.csv);
    expect(parsed).toMatchObject({ missing: [], unknown: [], parseError: null });
    const preview = parsed.rows.length <= 500 ? target.call('catalogue.csv.preview', { rows: parsed.rows }) : [];
    expect(preview.every((r) => r.action === 'create')).toBe(true);
    const result = target.call('catalogue.csv.import', { rows: parsed.rows });
    expect(result).toEqual({ created: 197, updated: 0, unchanged: 0, failed: [] });
    expect(snapshot(allProducts(target))).toEqual(snapshot(allProducts(source)));

    // Importing the same file again changes nothing.
    expect(target.call('catalogue.csv.preview', { rows: parsed.rows }).every((r) => r.action === 'unchanged')).toBe(true);
    expect(target.call('catalogue.csv.import', { rows: parsed.rows })).toMatchObject({ created: 0, updated: 0, unchanged: 197 });
    source.close();
    target.close();
  });

  const csv = (lines: string[]) => parseProductCsv(['sku;name;category;price;vat_rate;unit;cost;active;barcodes', ...lines].join('\n')).rows;

  test('preview: per row the action, or the row, column and reason of each problem', () => {
    const t = owner();
    const taken = t.call('catalogue.product.get', { id: 3 }).barcodes[0]!;
    const rows = csv([
      'NEW-1;Käsebrot;Feinkost;3,49;7;piece;1,20;1;4006381333931',
      'LM-0001;Bauernbrot;Backwaren;4,59;7;piece;2,52;1;4004211000015',
      'LM-0002;Dinkelbrötchen;Backwaren;0,65;7;piece;0,39;1;4004211000022',
      'NEW-2;;Feinkost;abc;16;stück;;vielleicht;4006381333932',
      `NEW-3;Teure Sache;;1.234,50;19;kg;;0;${taken}`,
      ';Ohne Nummer;;1;19;;;;',
      'NEW-1;Doppelt;;1;19;;;;',
    ]);
    const preview = t.call('catalogue.csv.preview', { rows });
    const byLine = Object.fromEntries(preview.map((r) => [r.line, r]));
    expect(byLine[2]).toMatchObject({ action: 'create', sku: 'NEW-1', issues: [] });
    expect(byLine[3]).toMatchObject({ action: 'update', sku: 'LM-0001' });
    expect(byLine[4]).toMatchObject({ action: 'unchanged' });
    expect(byLine[5]!.action).toBe('error');
    expect(byLine[5]!.issues.map((i) => [i.column, i.reason])).toEqual([
      ['name', 'required'], ['price', 'invalidMoney'], ['vat_rate', 'unknownVatRate'], ['active', 'invalidActive'], ['barcodes', 'barcodeCheckDigit'],
    ]);
    expect(byLine[6]!.issues).toEqual([{ column: 'barcodes', reason: 'barcodeTaken', value: taken, details: expect.objectContaining({ sku: 'LM-0003' }) }]);
    expect(byLine[7]!.issues).toEqual([{ column: 'sku', reason: 'required' }]);
    expect(byLine[8]!.issues).toEqual([{ column: 'sku', reason: 'duplicateSku', value: 'NEW-1' }]);
    t.close();
  });

  test('import: valid rows go in, a bad row imports nothing of itself, categories are created', () => {
    const t = owner();
    const rows = csv([
      'NEW-1;Käsebrot;Feinkost;3,49;7;piece;1,20;1;4006381333931',
      'NEW-2;Halb gut;Neue Gruppe;2,00;7;piece;;1;4006381333932',
      'LM-0001;Bauernbrot;Backwaren;4,59;7;piece;2,52;1;4004211000015',
      'NEW-3;Teure Sache;;1.234,50;19;kg;;0;',
    ]);
    const result = t.call('catalogue.csv.import', { rows });
    expect(result).toMatchObject({ created: 2, updated: 1, unchanged: 0, failed: [{ line: 3, sku: 'NEW-2', issues: [{ column: 'barcodes', reason: 'barcodeCheckDigit' }] }] });
    const db = t.core.db;
    expect(db.prepare("SELECT count(*) FROM products WHERE sku = 'NEW-2'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM categories WHERE name = 'Neue Gruppe'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM categories WHERE name = 'Feinkost'").pluck().get()).toBe(1);
    expect(t.call('catalogue.search', { query: 'NEW-3', includeInactive: true })[0]).toMatchObject({ priceCents: 123450, unit: 'kg', active: false, vatRateBasisPoints: 1900 });
    expect(t.call('catalogue.product.get', { id: 1 }).priceCents).toBe(459);
    expect(t.call('audit.list', { action: 'catalogue.csv.import' })).toHaveLength(1);
    t.close();
  });

  test('a file with only some columns updates just those', () => {
    const t = owner();
    const rows = parseProductCsv('sku;price\nLM-0001;5\nLM-0002;0,70\n').rows;
    expect(t.call('catalogue.csv.import', { rows })).toMatchObject({ created: 0, updated: 2, failed: [] });
    expect(t.call('catalogue.product.get', { id: 1 })).toMatchObject({ name: 'Bauernbrot', priceCents: 500, barcodes: ['4004211000015'] });
    const missingColumns = parseProductCsv('sku;price\nNEW-9;5\n').rows;
    expect(t.call('catalogue.csv.preview', { rows: missingColumns })[0]!.issues.map((i) => i.column)).toEqual(['name', 'vat_rate']);
    t.close();
  });
});

test('permissions: a cashier reads but cannot write; nothing changes', () => {
  const t = testCore();
  t.loadDemo();
  t.signInPin('1111');
  expect(t.call('catalogue.search', { query: 'brot' }).length).toBeGreaterThan(0);
  expect(t.call('catalogue.quickKeys.get').length).toBeGreaterThan(0);
  const before = logicalDump(t.core.db);
  for (const [channel, input] of [
    ['catalogue.product.create', bread],
    ['catalogue.product.update', { ...bread, id: 1 }],
    ['catalogue.product.setActive', { id: 1, active: false }],
    ['catalogue.category.create', { name: 'X' }],
    ['catalogue.quickKeys.setProducts', { categoryId: 1, productIds: [1] }],
    ['catalogue.csv.import', { rows: [{ line: 2, sku: 'LM-0001', price: '1' }] }],
    ['catalogue.product.list', {}],
  ] as const) {
    expect(t.invoke(channel, input), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  expect(logicalDump(t.core.db)).toBe(before);
  t.close();
});
