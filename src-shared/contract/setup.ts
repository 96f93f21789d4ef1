/** First start: a short setup or the demo shop. */
import { z } from '../zod-setup';
import type { Currency, Language } from '../countries';
import { channel } from './define';
import { countryCode, countryPreset, currency, empty, language, optionalText, password, pin, requiredText, username } from './fields';

export const companyInput = z.strictObject({
  name: requiredText(120),
  street: optionalText(120),
  postalCode: optionalText(20),
  city: optionalText(80),
  countryCode,
  vatId: optionalText(20),
  taxNumber: optionalText(30),
  email: optionalText(120),
  phone: optionalText(40),
});

export interface SetupStatus {
  state: 'new' | 'ready';
  companyName: string | null;
  currency: Currency | null;
  language: Language;
  /** True when the database was found damaged and opened read-only. */
  readOnly: boolean;
  /** Why it is read-only, in plain words. */
  problem: string | null;
  /** The kind of problem, for the recovery screen's explanation. */
  problemKind: 'unreadable' | 'damaged' | 'foreign' | 'behindBackup' | null;
}

export const setupContract = {
  'setup.status': channel<SetupStatus>()({ input: empty, access: 'public' }),
  'setup.initialize': channel<{ ownerId: number }>()({
    input: z.strictObject({
      company: companyInput,
      preset: countryPreset,
      /** Required for OTHER; the preset's currency otherwise. */
      currency: currency.optional(),
      language,
      owner: z.strictObject({ name: requiredText(80), username, password, pin: pin.optional() }),
    }),
    access: 'public',
    changes: ['setup', 'company', 'vatRates', 'staff'],
  }),
  'setup.loadDemo': channel<{ products: number; staff: number }>()({
    input: z.strictObject({ language }),
    access: 'public',
    changes: ['setup', 'company', 'vatRates', 'staff', 'catalogue'],
  }),
};
