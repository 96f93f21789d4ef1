/**
 * The channel names as a plain list, for the Electron preload's allow-list (the preload must
 * stay tiny and free of zod). A test checks it equals the contract's keys.
 */
import type { Channel } from './index';

export const CHANNELS = [
  'setup.status',
  'setup.initialize',
  'setup.loadDemo',
  'auth.signIn',
  'auth.signOut',
  'auth.session',
  'auth.pinStaff',
  'auth.setLanguage',
  'settings.company.get',
  'settings.company.update',
  'settings.vatRates.list',
  'settings.vatRates.create',
  'settings.vatRates.rename',
  'settings.vatRates.retire',
  'settings.vatRates.reactivate',
  'settings.security.get',
  'settings.security.update',
  'audit.list',
] as const satisfies readonly Channel[];


/** Electron IPC names between preload and main. */
export const IPC_INVOKE = 'kontor:invoke';
export const IPC_CHANGED = 'kontor:changed';
