import type { Handlers } from '../../core/registry';
import { datevSettings, exportBookings, updateDatevSettings } from './service';

export const datevHandlers = {
  'datev.settings.get': (_input, ctx) => datevSettings(ctx),
  'datev.settings.update': (input, ctx) => updateDatevSettings(ctx, input),
  'datev.export': (input, ctx) => exportBookings(ctx, input),
} satisfies Partial<Handlers>;
