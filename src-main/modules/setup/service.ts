/** First start: the short setup, or the demo shop. Both run only on an empty database. */
import type { ParsedInput } from '../../../src-shared/contract';
import type { SetupStatus } from '../../../src-shared/contract/setup';
import { PRESETS, type Currency, type Language } from '../../../src-shared/countries';
import { translations } from '../../../src-shared/i18n';
import type { Ctx, SystemServices } from '../../core/context';
import { AppError } from '../../core/errors';
import { createStaff, ensurePresetRoles } from '../auth/staff';
import { loadDemoStaff } from './demo-staff';
import { chartForCountry, completeChart, replaceChart } from '../ledger/charts';
import { post } from '../ledger/service';
import { readSetting, writeSetting } from '../settings/app-settings';
import { recordMoves, shopLocationId, type StockMove } from '../stock/service';
import { DEMO_COMPANY, DEMO_CREDENTIALS, DEMO_OPENING, demoProducts, DEMO_CATEGORIES } from './demo-data';
import { loadDemoPurchasing } from './demo-purchasing';
import { postingText } from '../ledger/posting-texts';

function isInitialized(ctx: Ctx): boolean {
  return ctx.db.prepare('SELECT 1 FROM company WHERE id = 1').get() !== undefined;
}

export function status(ctx: Ctx, system: SystemServices): SetupStatus {
  let row: { name: string; currency: string; language: string } | undefined;
  try {
    row = ctx.db.prepare('SELECT name, currency, language FROM company WHERE id = 1').get() as typeof row;
  } catch (error) {
    // A damaged file may lack even the company table; the status still answers.
    if (!system.readOnly) throw error;
  }
  return {
    state: row ? 'ready' : 'new',
    companyName: row?.name ?? null,
    currency: (row?.currency as Currency | undefined) ?? null,
    language: (row?.language as Language | undefined) ?? 'de',
    readOnly: system.readOnly,
    problem: system.problem,
    problemKind: system.problemKind,
  };
}

function assertNew(ctx: Ctx): void {
  if (isInitialized(ctx)) throw new AppError('CONFLICT', 'Kontor is already set up for this business.', { details: { reason: 'alreadySetUp' } });
}

function insertCompany(ctx: Ctx, company: ParsedInput<'setup.initialize'>['company'], preset: ParsedInput<'setup.initialize'>['preset'], currency: Currency, language: Language): void {
  ctx.db.prepare(
    `INSERT INTO company (id, name, street, postal_code, city, country_code, vat_id, tax_number, email, phone, currency, preset, language, created_at, updated_at)
     VALUES (1, @name, @street, @postalCode, @city, @countryCode, @vatId, @taxNumber, @email, @phone, @currency, @preset, @language, @now, @now)`,
  ).run({ ...company, currency, preset, language, now: ctx.now() });
  const names = translations[language].vatRateNames;
  const insertRate = ctx.db.prepare('INSERT INTO vat_rates (name, rate_bp, created_at) VALUES (?, ?, ?)');
  for (const rate of PRESETS[preset].rates) insertRate.run(names[rate.nameKey], rate.rateBasisPoints, ctx.now());
  ensurePresetRoles(ctx.db);
  // The chart follows the country; completing it now also links the accounts to the new VAT rates.
  const chart = chartForCountry(preset);
  if (chart === readSetting(ctx.db, 'chart')) completeChart(ctx.db, chart);
  else replaceChart(ctx.db, chart);
  writeSetting(ctx.db, 'chart', chart);
}

export function initialize(ctx: Ctx, input: ParsedInput<'setup.initialize'>): { ownerId: number } {
  assertNew(ctx);
  const currency = PRESETS[input.preset].currency ?? input.currency;
  if (!currency) {
    throw new AppError('VALIDATION', 'Choose the currency for this country.', { issues: [{ path: ['currency'], message: 'required for other countries' }] });
  }
  insertCompany(ctx, input.company, input.preset, currency, input.language);
  const ownerId = createStaff(ctx.db, { ...input.owner, role: 'owner', language: input.language }, ctx.now());
  ctx.db.prepare('INSERT INTO audit_log (at, staff_id, action, subject, after) VALUES (?, ?, ?, ?, ?)')
    .run(ctx.now(), ownerId, 'setup.initialize', 'company', JSON.stringify({ company: input.company.name, preset: input.preset, currency }));
  return { ownerId };
}

export function loadDemo(ctx: Ctx, language: Language): { products: number; staff: number } {
  assertNew(ctx);
  insertCompany(ctx, DEMO_COMPANY, 'DE', 'EUR', language);
  const now = ctx.now();
  const { owner, manager, cashier } = DEMO_CREDENTIALS;
  createStaff(ctx.db, { ...owner, role: 'owner' }, now);
  createStaff(ctx.db, { ...manager, role: 'manager' }, now);
  createStaff(ctx.db, { ...cashier, role: 'cashier' }, now);

  const rateId = (bp: number) => ctx.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = ?').pluck().get(bp) as number;
  const rateIds = { standard: rateId(1900), reduced: rateId(700) };
  const insertCategory = ctx.db.prepare('INSERT INTO categories (name, sort_order) VALUES (?, ?)');
  const categoryIds = new Map(DEMO_CATEGORIES.map((name, i) => [name, Number(insertCategory.run(name, i).lastInsertRowid)]));
  const insertProduct = ctx.db.prepare(
    `INSERT INTO products (sku, name, category_id, price_cents, vat_rate_id, unit, cost_cents, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBarcode = ctx.db.prepare('INSERT INTO product_barcodes (code, product_id) VALUES (?, ?)');
  const products = demoProducts();
  const stock: StockMove[] = [];
  for (const p of products) {
    const { lastInsertRowid } = insertProduct.run(p.sku, p.name, categoryIds.get(p.category) ?? null, p.priceCents, rateIds[p.rate], p.unit, p.costCents, now, now);
    if (p.ean) insertBarcode.run(p.ean, lastInsertRowid);
    stock.push({ productId: Number(lastInsertRowid), quantity: p.openingStock, reason: 'opening' });
  }
  recordMoves(ctx, stock);
  loadDemoPurchasing(ctx, shopLocationId(ctx));
  loadDemoStaff(ctx);
  post(ctx, {
    text: postingText(ctx, 'opening'), sourceType: 'ledger.manual',
    lines: [{ account: 'cash', amountCents: DEMO_OPENING.cashCents }, { account: 'bank', amountCents: DEMO_OPENING.bankCents },
      { account: 'openingBalance', amountCents: -(DEMO_OPENING.cashCents + DEMO_OPENING.bankCents) }],
  });
  ctx.audit('setup.loadDemo', 'company', undefined, { products: products.length });
  return { products: products.length, staff: 3 };
}
