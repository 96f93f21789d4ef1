/** Every module's handlers merged; the `Handlers` type makes a missing one a compile error. */
import type { Handlers } from './core/registry';
import { auditHandlers } from './modules/audit/handlers';
import { authHandlers } from './modules/auth/handlers';
import { backupHandlers } from './modules/backup/handlers';
import { bankHandlers } from './modules/bank/handlers';
import { catalogueHandlers } from './modules/catalogue/handlers';
import { counterHandlers } from './modules/counter/handlers';
import { customersHandlers } from './modules/customers/handlers';
import { datevHandlers } from './modules/datev/handlers';
import { deliveriesHandlers } from './modules/deliveries/handlers';
import { feedbackHandlers } from './modules/feedback/handlers';
import { ledgerHandlers } from './modules/ledger/handlers';
import { productionHandlers } from './modules/production/handlers';
import { purchasingHandlers } from './modules/purchasing/handlers';
import { receptionHandlers } from './modules/reception/handlers';
import { reportsHandlers } from './modules/reports/handlers';
import { salesdocsHandlers } from './modules/salesdocs/handlers';
import { settingsHandlers } from './modules/settings/handlers';
import { setupHandlers } from './modules/setup/handlers';
import { stockHandlers } from './modules/stock/handlers';
import { staffHandlers } from './modules/staff/handlers';
import { timeclockHandlers } from './modules/timeclock/handlers';
import type { SystemServices } from './core/context';

export function createHandlers(system: SystemServices): Handlers {
  return {
    ...setupHandlers(system),
    ...authHandlers,
    ...settingsHandlers,
    ...auditHandlers,
    ...catalogueHandlers,
    ...counterHandlers,
    ...backupHandlers,
    ...ledgerHandlers,
    ...bankHandlers,
    ...reportsHandlers,
    ...datevHandlers,
    ...stockHandlers,
    ...purchasingHandlers,
    ...productionHandlers,
    ...deliveriesHandlers,
    ...customersHandlers,
    ...feedbackHandlers,
    ...salesdocsHandlers,
    ...receptionHandlers,
    ...staffHandlers,
    ...timeclockHandlers,
  };
}
