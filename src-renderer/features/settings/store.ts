/** What the settings screens and the frame show: company, VAT rates, sign-in security. */
import { create } from 'zustand';
import type { Company, SecuritySettings, VatRate } from '../../../src-shared/contract/settings';
import { call, refreshQuietly } from '../../lib/api';

interface SettingsState {
  company: Company | null;
  vatRates: VatRate[];
  security: SecuritySettings | null;
  loadCompany(): Promise<void>;
  loadVatRates(): Promise<void>;
  loadSecurity(): Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  company: null,
  vatRates: [],
  security: null,
  loadCompany: () => refreshQuietly(async () => set({ company: await call('settings.company.get') })),
  loadVatRates: () => refreshQuietly(async () => set({ vatRates: await call('settings.vatRates.list') })),
  loadSecurity: () => refreshQuietly(async () => set({ security: await call('settings.security.get') })),
}));
