/**
 * What the shop's A4 letters (purchase orders, delivery notes, sales documents) word alike: the
 * locale of the shop's language, `{{name}}` templates from the translation files, days and
 * quantities, the recipient's country line, the company's sender line and footer, and the download.
 */
import type { Company } from '../../src-shared/contract/settings';
import type { Language } from '../../src-shared/countries';
import type { Ctx } from '../core/context';
import { renderA4, type A4Document } from './a4';

export const PDF_LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** Fills `{{name}}` placeholders of a translation text; a missing value leaves nothing. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name] ?? ''));
}

/** A calendar day (YYYY-MM-DD) as the locale writes it, e.g. 15.01.2026. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A quantity in thousandths with its unit: kilograms always with three decimals, pieces as whole numbers where whole. */
export function formatQuantity(thousandths: number, unit: 'piece' | 'kg', locale: string, unitTexts: { kg: string; piece: string }): string {
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: unit === 'kg' ? 3 : 0, maximumFractionDigits: 3 }).format(thousandths / 1000);
  return `${amount} ${unit === 'kg' ? unitTexts.kg : unitTexts.piece}`;
}

/** Abroad, the country is the last line of the address, in the sender's language; at home there is none. */
export function countryLines(countryCode: string, companyCountry: string, locale: string): string[] {
  if (!countryCode || countryCode === companyCountry) return [];
  return [new Intl.DisplayNames([locale], { type: 'region' }).of(countryCode) ?? countryCode];
}

/** The company's name and address, as the small sender line above the recipient. */
export function senderLines(company: Company): string[] {
  return [company.name, company.street, `${company.postalCode} ${company.city}`.trim()].filter((s) => s !== '');
}

/**
 * The footer: name (and address unless left out), VAT ID and tax number (each only when set,
 * worded by the document's own templates), e-mail and phone.
 */
export function companyFooter(company: Company, templates: { vatId: string; taxNumber: string }, { address = true } = {}): string {
  return [
    company.name, ...(address ? [company.street, `${company.postalCode} ${company.city}`.trim()] : []),
    company.vatId && fillTemplate(templates.vatId, { vatId: company.vatId }),
    company.taxNumber && fillTemplate(templates.taxNumber, { taxNumber: company.taxNumber }),
    company.email, company.phone,
  ].filter((part) => part !== '').join(' · ');
}

/**
 * A letter as a download: what it says is read in one (deferred) transaction, so it is one
 * consistent state of the database; the layout runs after, outside the transaction.
 */
export async function letterDownload(ctx: Ctx, spec: () => { fileName: string; doc: A4Document }): Promise<{ fileName: string; base64: string }> {
  const { fileName, doc } = ctx.db.transaction(spec).deferred();
  const bytes = await renderA4(doc);
  return { fileName, base64: bytes.toString('base64') };
}
