/** Field schemas shared by the module contracts: bounded, trimmed text and ids. */
import { z } from '../zod-setup';
import { COUNTRY_PRESETS, CURRENCIES, LANGUAGES } from '../countries';

export const id = z.int().positive().max(Number.MAX_SAFE_INTEGER);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);
export const language = z.enum(LANGUAGES);
export const currency = z.enum(CURRENCIES);
export const countryPreset = z.enum(COUNTRY_PRESETS);
export const pin = z.string().regex(/^\d{4,8}$/, 'PIN must be 4 to 8 digits');
export const username = z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{2,40}$/, 'letters, digits, dot, dash or underscore; 2 to 40');
export const password = z.string().min(10, 'at least 10 characters').max(200);
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'two capital letters (ISO 3166)');
/** VAT rate in basis points: 19 % = 1900. */
export const rateBasisPoints = z.int().min(0).max(10_000);
export const empty = z.strictObject({});
