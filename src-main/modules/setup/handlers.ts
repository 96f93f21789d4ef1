import type { SystemServices } from '../../core/context';
import type { Handlers } from '../../core/registry';
import * as setup from './service';

export const setupHandlers = (system: SystemServices) =>
  ({
    'setup.status': (_input, ctx) => setup.status(ctx, system),
    'setup.initialize': (input, ctx) => setup.initialize(ctx, input),
    'setup.loadDemo': (input, ctx) => setup.loadDemo(ctx, input.language),
  }) satisfies Partial<Handlers>;
