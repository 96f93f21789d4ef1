/**
 * A valid sample input for every channel (run against the demo shop, signed in as the owner).
 * The registry test derives its malformed variants from these. One file per module.
 */
import type { Channel } from '../../src-shared/contract';
import { VALID_BACKUP } from './valid-inputs.backup';
import { VALID_BANK } from './valid-inputs.bank';
import { VALID_LEDGER } from './valid-inputs.ledger';
import { VALID_REPORTS } from './valid-inputs.reports';
import { VALID_CATALOGUE } from './valid-inputs.catalogue';
import { VALID_CUSTOMERS } from './valid-inputs.customers';
import { VALID_DATEV } from './valid-inputs.datev';
import { VALID_DELIVERIES } from './valid-inputs.deliveries';
import { VALID_FEEDBACK } from './valid-inputs.feedback';
import { VALID_COUNTER } from './valid-inputs.counter';
import { VALID_STOCK } from './valid-inputs.stock';
import { VALID_PRODUCTION } from './valid-inputs.production';
import { VALID_PURCHASING } from './valid-inputs.purchasing';
import { VALID_SALESDOCS } from './valid-inputs.salesdocs';
import { VALID_RECEPTION } from './valid-inputs.reception';
import { VALID_STAFF } from './valid-inputs.staff';

/** A valid input per channel; the malformed variants are derived from it. */
export const VALID_CORE = {
  'setup.status': {},
  'setup.initialize': {
    company: { name: 'Café Sonne', street: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', countryCode: 'DE', vatId: '', taxNumber: '', email: '', phone: '' },
    preset: 'DE', language: 'de', owner: { name: 'Sonja Sonne', username: 'sonja', password: 'long-enough-1' },
  },
  'setup.loadDemo': { language: 'de' },
  'auth.signIn': { pin: '1111' },
  'auth.signOut': {},
  'auth.session': {},
  'auth.pinStaff': {},
  'auth.setLanguage': { language: 'en' },
  'settings.company.get': {},
  'settings.company.update': { name: 'Laden', street: 'A 1', postalCode: '1', city: 'B', countryCode: 'DE', vatId: '', taxNumber: '', email: '', phone: '', language: 'de' },
  'settings.vatRates.list': {},
  'settings.vatRates.create': { name: 'Neu', rateBasisPoints: 500 },
  'settings.vatRates.rename': { id: 1, name: 'Umbenannt' },
  'settings.vatRates.retire': { id: 3 },
  'settings.vatRates.reactivate': { id: 3 },
  'settings.security.get': {},
  'settings.security.update': { pinMaxAttempts: 5, pinLockMinutes: 5, sessionHours: 12 },
  'audit.list': { limit: 10, from: '2026-01-01', to: '2026-12-31', staffId: 1, action: 'auth.signIn', text: 'staff' },
} satisfies Record<string, Record<string, unknown>>;


export const VALID: Record<Channel, Record<string, unknown>> = { ...VALID_CORE, ...VALID_CATALOGUE, ...VALID_COUNTER, ...VALID_BACKUP, ...VALID_LEDGER, ...VALID_BANK, ...VALID_REPORTS, ...VALID_DATEV, ...VALID_STOCK, ...VALID_CUSTOMERS, ...VALID_PURCHASING, ...VALID_DELIVERIES, ...VALID_FEEDBACK, ...VALID_PRODUCTION, ...VALID_SALESDOCS, ...VALID_RECEPTION, ...VALID_STAFF };
