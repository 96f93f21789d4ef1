/**
 * The channel names as a plain list, for the Electron preload's allow-list (the preload must
 * stay tiny and free of zod). A test checks it equals the contract's keys.
 */
import { BANK_CHANNELS } from './bank.channels';
import { CATALOGUE_CHANNELS } from './catalogue.channels';
import { CUSTOMERS_CHANNELS } from './customers.channels';
import { DATEV_CHANNELS } from './datev.channels';
import { DELIVERIES_CHANNELS } from './deliveries.channels';
import { FEEDBACK_CHANNELS } from './feedback.channels';
import { LEDGER_CHANNELS } from './ledger.channels';
import { PRODUCTION_CHANNELS } from './production.channels';
import { PURCHASING_CHANNELS } from './purchasing.channels';
import { REPORTS_CHANNELS } from './reports.channels';
import { SALESDOCS_CHANNELS } from './salesdocs.channels';
import { RECEPTION_CHANNELS } from './reception.channels';
import { STOCK_CHANNELS } from './stock.channels';
import { STAFF_CHANNELS } from './staff.channels';
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
  'audit.actions',
  'audit.csv',
  ...CATALOGUE_CHANNELS,
  'counter.lookup',
  'counter.product',
  'counter.approve',
  'counter.park',
  'counter.parked.list',
  'counter.parked.recall',
  'counter.checkout',
  'counter.receipt.get',
  'counter.receipt.reprint',
  'counter.receipt.recent',
  'counter.return',
  'counter.void',
  'counter.voucher.check',
  'counter.verify',
  'counter.settings.get',
  'counter.settings.update',
  'shift.current',
  'shift.open',
  'shift.cashMove',
  'shift.xReport',
  'shift.close',
  'shift.zReport.get',
  'shift.zReport.list',
  'backup.status',
  'backup.list',
  'backup.inspect',
  'backup.now',
  'backup.restore',
  'backup.settings.update',
  ...LEDGER_CHANNELS,
  ...BANK_CHANNELS,
  ...REPORTS_CHANNELS,
  ...DATEV_CHANNELS,
  ...STOCK_CHANNELS,
  ...PURCHASING_CHANNELS,
  ...PRODUCTION_CHANNELS,
  ...DELIVERIES_CHANNELS,
  ...FEEDBACK_CHANNELS,
  ...CUSTOMERS_CHANNELS,
  ...SALESDOCS_CHANNELS,
  ...RECEPTION_CHANNELS,
  ...STAFF_CHANNELS,
] as const satisfies readonly Channel[];


/** Electron IPC names between preload and main. */
export const IPC_INVOKE = 'kontor:invoke';
export const IPC_CHANGED = 'kontor:changed';
/** Printing the current view (receipts, reports): to a printer, or to a PDF file the user picks. */
export const IPC_PRINT = 'kontor:print';
export const IPC_SAVE_PDF = 'kontor:savePdf';
