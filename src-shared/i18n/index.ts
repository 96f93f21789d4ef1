/** The German and English texts, shared so the main process (documents, presets) speaks them too. */
import de from './de.json';
import en from './en.json';
import type { Language } from '../countries';

export type Translation = typeof en;

export const translations: Record<Language, Translation> = { de, en };
