/** What the settings screens and the frame show: company, VAT rates, sign-in security. */
import { create } from 'zustand';
import type { Company, SecuritySettings, VatRate } from '../../../src-shared/contract/settings';
import { call } from '../../lib/api';

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
  async loadCompany() {
    set({ company: await call('settings.company.get') });
  },
  async loadVatRates() {
    set({ vatRates: await call('settings.vatRates.list') });
  },
  async loadSecurity() {
    set({ security: await call('settings.security.get') });
  },
}));
