/** Company data, VAT rates and sign-in security. */
import type { Company, SecuritySettings, VatRate } from '../../../src-shared/contract/settings';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { readSetting, writeSetting } from './app-settings';

interface CompanyRow {
  name: string; street: string; postal_code: string; city: string; country_code: string; vat_id: string;
  tax_number: string; email: string; phone: string; currency: string; preset: string; language: string;
}

export function getCompany(ctx: Ctx): Company {
  const row = ctx.db.prepare('SELECT * FROM company WHERE id = 1').get() as CompanyRow | undefined;
  if (!row) throw notFound('Company');
  return {
    name: row.name, street: row.street, postalCode: row.postal_code, city: row.city, countryCode: row.country_code,
    vatId: row.vat_id, taxNumber: row.tax_number, email: row.email, phone: row.phone,
    currency: row.currency as Company['currency'], preset: row.preset as Company['preset'], language: row.language as Company['language'],
  };
}

export function updateCompany(ctx: Ctx, input: ParsedInput<'settings.company.update'>): Company {
  const before = getCompany(ctx);
  ctx.db.prepare(
    `UPDATE company SET name = @name, street = @street, postal_code = @postalCode, city = @city, country_code = @countryCode,
       vat_id = @vatId, tax_number = @taxNumber, email = @email, phone = @phone, language = @language, updated_at = @now WHERE id = 1`,
  ).run({ ...input, now: ctx.now() });
  const after = getCompany(ctx);
  ctx.audit('settings.company.update', 'company', before, after);
  return after;
}

interface VatRateRow { id: number; name: string; rate_bp: number; retired_at: string | null; used_by: number }

const VAT_RATE_SELECT = `SELECT v.id, v.name, v.rate_bp, v.retired_at,
  (SELECT count(*) FROM products p WHERE p.vat_rate_id = v.id) AS used_by FROM vat_rates v`;

const toVatRate = (r: VatRateRow): VatRate => ({ id: r.id, name: r.name, rateBasisPoints: r.rate_bp, retiredAt: r.retired_at, usedBy: r.used_by });

export function listVatRates(ctx: Ctx): VatRate[] {
  return (ctx.db.prepare(`${VAT_RATE_SELECT} ORDER BY v.retired_at IS NOT NULL, v.rate_bp DESC, v.id`).all() as VatRateRow[]).map(toVatRate);
}

function getVatRate(ctx: Ctx, id: number): VatRate {
  const row = ctx.db.prepare(`${VAT_RATE_SELECT} WHERE v.id = ?`).get(id) as VatRateRow | undefined;
  if (!row) throw notFound('VAT rate');
  return toVatRate(row);
}

function assertNameFree(ctx: Ctx, name: string, exceptId: number): void {
  const clash = ctx.db.prepare('SELECT id FROM vat_rates WHERE lower(name) = lower(?) AND id <> ? AND retired_at IS NULL').get(name, exceptId);
  if (clash) throw new AppError('CONFLICT', `An active VAT rate is already called "${name}".`, { details: { field: 'name', reason: 'vatNameTaken', name: name } });
}

export function createVatRate(ctx: Ctx, input: ParsedInput<'settings.vatRates.create'>): VatRate {
  assertNameFree(ctx, input.name, 0);
  const { lastInsertRowid } = ctx.db.prepare('INSERT INTO vat_rates (name, rate_bp, created_at) VALUES (?, ?, ?)')
    .run(input.name, input.rateBasisPoints, ctx.now());
  const created = getVatRate(ctx, Number(lastInsertRowid));
  ctx.audit('settings.vatRates.create', `vat_rate:${created.id}`, undefined, created);
  return created;
}

export function renameVatRate(ctx: Ctx, input: ParsedInput<'settings.vatRates.rename'>): VatRate {
  const before = getVatRate(ctx, input.id);
  assertNameFree(ctx, input.name, input.id);
  ctx.db.prepare('UPDATE vat_rates SET name = ? WHERE id = ?').run(input.name, input.id);
  const after = getVatRate(ctx, input.id);
  ctx.audit('settings.vatRates.rename', `vat_rate:${input.id}`, before, after);
  return after;
}

export function setVatRateRetired(ctx: Ctx, id: number, retired: boolean): VatRate {
  const before = getVatRate(ctx, id);
  if (retired === (before.retiredAt !== null)) {
    throw new AppError('CONFLICT', retired ? 'This VAT rate is already retired.' : 'This VAT rate is already active.', { details: { reason: retired ? 'alreadyRetired' : 'alreadyActive' } });
  }
  if (retired) {
    const activeProducts = ctx.db.prepare('SELECT count(*) AS n FROM products WHERE vat_rate_id = ? AND active = 1').get(id) as { n: number };
    if (activeProducts.n > 0) {
      throw new AppError('CONFLICT', `${activeProducts.n} active products still use this rate; move them to another rate first.`, { details: { reason: 'vatRateInUse', count: activeProducts.n, name: before.name } });
    }
  } else {
    assertNameFree(ctx, before.name, id);
  }
  ctx.db.prepare('UPDATE vat_rates SET retired_at = ? WHERE id = ?').run(retired ? ctx.now() : null, id);
  const after = getVatRate(ctx, id);
  ctx.audit(retired ? 'settings.vatRates.retire' : 'settings.vatRates.reactivate', `vat_rate:${id}`, before, after);
  return after;
}

export function getSecurity(ctx: Ctx): SecuritySettings {
  return readSetting(ctx.db, 'security');
}

export function updateSecurity(ctx: Ctx, input: SecuritySettings): SecuritySettings {
  const before = getSecurity(ctx);
  writeSetting(ctx.db, 'security', input);
  ctx.audit('settings.security.update', 'security', before, input);
  return input;
}
