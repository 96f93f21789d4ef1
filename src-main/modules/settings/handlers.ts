import type { Handlers } from '../../core/registry';
import * as settings from './service';

export const settingsHandlers = {
  'settings.company.get': (_input, ctx) => settings.getCompany(ctx),
  'settings.company.update': (input, ctx) => settings.updateCompany(ctx, input),
  'settings.vatRates.list': (_input, ctx) => settings.listVatRates(ctx),
  'settings.vatRates.create': (input, ctx) => settings.createVatRate(ctx, input),
  'settings.vatRates.rename': (input, ctx) => settings.renameVatRate(ctx, input),
  'settings.vatRates.retire': (input, ctx) => settings.setVatRateRetired(ctx, input.id, true),
  'settings.vatRates.reactivate': (input, ctx) => settings.setVatRateRetired(ctx, input.id, false),
  'settings.security.get': (_input, ctx) => settings.getSecurity(ctx),
  'settings.security.update': (input, ctx) => settings.updateSecurity(ctx, input),
} satisfies Partial<Handlers>;
