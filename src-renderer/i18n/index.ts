/** i18next with the shared German and English texts; German first, as most shops are. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { translations } from '../../src-shared/i18n';
import { LANGUAGES, type Language } from '../../src-shared/countries';

const STORAGE_KEY = 'kontor.language';

export function storedLanguage(): Language | null {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LANGUAGES.includes(value as Language) ? (value as Language) : null;
}

export function rememberLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { de: { translation: translations.de }, en: { translation: translations.en } },
  lng: storedLanguage() ?? 'de',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
  // Texts are bundled, so nothing ever needs to wait for them.
  react: { useSuspense: false },
});

export function setLanguage(language: Language): void {
  rememberLanguage(language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The locale for Intl formatting of the current language. */
export const localeOf = (language: string): string => (language === 'en' ? 'en-GB' : 'de-DE');
