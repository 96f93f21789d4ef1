/** Country presets offered at first start: currency, locale and the VAT rates a shop starts with. */
export const COUNTRY_PRESETS = ['DE', 'AT', 'CH', 'OTHER'] as const;
export type CountryPreset = (typeof COUNTRY_PRESETS)[number];

export const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'PLN', 'CZK', 'DKK', 'SEK'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface PresetRate {
  /** Translation key of the rate's default name; the stored name is the translated text. */
  nameKey: 'standard' | 'reduced' | 'special' | 'exempt';
  rateBasisPoints: number;
}

export interface Preset {
  currency: Currency | null;
  rates: PresetRate[];
}

export const PRESETS: Record<CountryPreset, Preset> = {
  DE: { currency: 'EUR', rates: [{ nameKey: 'standard', rateBasisPoints: 1900 }, { nameKey: 'reduced', rateBasisPoints: 700 }, { nameKey: 'exempt', rateBasisPoints: 0 }] },
  AT: { currency: 'EUR', rates: [{ nameKey: 'standard', rateBasisPoints: 2000 }, { nameKey: 'reduced', rateBasisPoints: 1000 }, { nameKey: 'special', rateBasisPoints: 1300 }, { nameKey: 'exempt', rateBasisPoints: 0 }] },
  CH: { currency: 'CHF', rates: [{ nameKey: 'standard', rateBasisPoints: 810 }, { nameKey: 'reduced', rateBasisPoints: 260 }, { nameKey: 'special', rateBasisPoints: 380 }, { nameKey: 'exempt', rateBasisPoints: 0 }] },
  // Other countries choose their currency and add their rates in Settings.
  OTHER: { currency: null, rates: [{ nameKey: 'exempt', rateBasisPoints: 0 }] },
};

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
