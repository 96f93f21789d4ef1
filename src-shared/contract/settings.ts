/** Settings: company data, VAT rates, sign-in security. */
import { z } from '../zod-setup';
import type { CountryPreset, Currency, Language } from '../countries';
import { channel } from './define';
import { companyInput } from './setup';
import { empty, id, language, rateBasisPoints, requiredText } from './fields';

export interface Company {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  vatId: string;
  taxNumber: string;
  email: string;
  phone: string;
  currency: Currency;
  preset: CountryPreset;
  language: Language;
}

export interface VatRate {
  id: number;
  name: string;
  rateBasisPoints: number;
  retiredAt: string | null;
  /** How many products (and later documents) use the rate; a used rate can only be retired. */
  usedBy: number;
}

export interface SecuritySettings {
  pinMaxAttempts: number;
  pinLockMinutes: number;
  sessionHours: number;
}

export const securityInput = z.strictObject({
  pinMaxAttempts: z.int().min(3).max(20),
  pinLockMinutes: z.int().min(1).max(24 * 60),
  sessionHours: z.int().min(1).max(24 * 7),
});

export const settingsContract = {
  'settings.company.get': channel<Company>()({ input: empty, access: 'signedIn' }),
  'settings.company.update': channel<Company>()({
    input: companyInput.extend({ language }),
    access: 'settings.manage',
    changes: ['company'],
  }),
  'settings.vatRates.list': channel<VatRate[]>()({ input: empty, access: 'signedIn' }),
  'settings.vatRates.create': channel<VatRate>()({
    input: z.strictObject({ name: requiredText(40), rateBasisPoints }),
    access: 'settings.manage',
    changes: ['vatRates'],
  }),
  'settings.vatRates.rename': channel<VatRate>()({
    input: z.strictObject({ id, name: requiredText(40) }),
    access: 'settings.manage',
    changes: ['vatRates'],
  }),
  'settings.vatRates.retire': channel<VatRate>()({
    input: z.strictObject({ id }),
    access: 'settings.manage',
    changes: ['vatRates'],
  }),
  'settings.vatRates.reactivate': channel<VatRate>()({
    input: z.strictObject({ id }),
    access: 'settings.manage',
    changes: ['vatRates'],
  }),
  'settings.security.get': channel<SecuritySettings>()({ input: empty, access: 'settings.manage' }),
  'settings.security.update': channel<SecuritySettings>()({
    input: securityInput,
    access: 'settings.manage',
    changes: ['security'],
  }),
};
