/**
 * The German and English texts, shared so the main process (receipts, presets) speaks them too.
 * One file per module and language, so modules grow their texts without touching each other's.
 */
import deBackup from './de/backup.json';
import deCatalogue from './de/catalogue.json';
import deCore from './de/core.json';
import deSell from './de/sell.json';
import enBackup from './en/backup.json';
import enCatalogue from './en/catalogue.json';
import enCore from './en/core.json';
import enSell from './en/sell.json';
import type { Language } from '../countries';

const en = { ...enCore, ...enCatalogue, ...enSell, ...enBackup };
export type Translation = typeof en;

export const translations: Record<Language, Translation> = {
  de: { ...deCore, ...deCatalogue, ...deSell, ...deBackup },
  en,
};
