/** Every module's handlers merged; the `Handlers` type makes a missing one a compile error. */
import type { Handlers } from './core/registry';
import { auditHandlers } from './modules/audit/handlers';
import { authHandlers } from './modules/auth/handlers';
import { catalogueHandlers } from './modules/catalogue/handlers';
import { counterHandlers } from './modules/counter/handlers';
import { settingsHandlers } from './modules/settings/handlers';
import { setupHandlers } from './modules/setup/handlers';
import type { SystemState } from './modules/setup/service';

export function createHandlers(system: SystemState): Handlers {
  return {
    ...setupHandlers(system),
    ...authHandlers,
    ...settingsHandlers,
    ...auditHandlers,
    ...catalogueHandlers,
    ...counterHandlers,
  };
}
