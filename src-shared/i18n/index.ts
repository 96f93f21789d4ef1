/**
 * The German and English texts, shared so the main process (receipts, presets) speaks them too.
 * One file per module and language, so modules grow their texts without touching each other's;
 * the files are merged deeply, so a module may add to shared trees such as `errors.reasons`.
 */
import deBackup from './de/backup.json';
import deBank from './de/bank.json';
import deBooks from './de/books.json';
import deCatalogue from './de/catalogue.json';
import deCore from './de/core.json';
import deCustomers from './de/customers.json';
import deDatev from './de/datev.json';
import deLedger from './de/ledger.json';
import deReports from './de/reports.json';
import deSell from './de/sell.json';
import deStock from './de/stock.json';
import dePurchasing from './de/purchasing.json';
import dePurchasingScreens from './de/purchasing-screens.json';
import deDeliveries from './de/deliveries.json';
import deProduction from './de/production.json';
import deFeedback from './de/feedback.json';
import deSalesdocs from './de/salesdocs.json';
import deReception from './de/reception.json';
import deStaff from './de/staff.json';
import deTimeclock from './de/timeclock.json';
import deStaffErrors from './de/staff-errors.json';
import deTimeclockErrors from './de/timeclock-errors.json';
import enBackup from './en/backup.json';
import enBank from './en/bank.json';
import enBooks from './en/books.json';
import enCatalogue from './en/catalogue.json';
import enCore from './en/core.json';
import enCustomers from './en/customers.json';
import enDatev from './en/datev.json';
import enLedger from './en/ledger.json';
import enReports from './en/reports.json';
import enSell from './en/sell.json';
import enStock from './en/stock.json';
import enPurchasing from './en/purchasing.json';
import enPurchasingScreens from './en/purchasing-screens.json';
import enDeliveries from './en/deliveries.json';
import enProduction from './en/production.json';
import enFeedback from './en/feedback.json';
import enSalesdocs from './en/salesdocs.json';
import enReception from './en/reception.json';
import enStaff from './en/staff.json';
import enTimeclock from './en/timeclock.json';
import enStaffErrors from './en/staff-errors.json';
import enTimeclockErrors from './en/timeclock-errors.json';
import type { Language } from '../countries';

type Tree = { [key: string]: string | Tree };

function deepMerge<T extends object[]>(...trees: T): T[number] {
  const out: Tree = {};
  for (const tree of trees as Tree[]) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] = typeof value === 'object' && typeof existing === 'object' ? deepMerge(existing, value) as Tree : value;
    }
  }
  return out as T[number];
}

type Merged = typeof enCore & typeof enCatalogue & typeof enSell & typeof enBackup & typeof enLedger & typeof enBooks & typeof enBank & typeof enReports & typeof enDatev & typeof enStock
  & typeof enPurchasing & typeof enPurchasingScreens & typeof enDeliveries & typeof enProduction & typeof enCustomers & typeof enFeedback
  & typeof enSalesdocs & typeof enReception & typeof enStaff & typeof enTimeclock & typeof enStaffErrors & typeof enTimeclockErrors;

const en = deepMerge(enCore, enCatalogue, enSell, enBackup, enLedger, enBooks, enBank, enReports, enDatev, enStock, enPurchasing, enPurchasingScreens, enDeliveries, enProduction, enCustomers, enFeedback, enSalesdocs, enReception, enStaff, enTimeclock, enStaffErrors, enTimeclockErrors) as Merged;
export type Translation = Merged;

export const translations: Record<Language, Translation> = {
  de: deepMerge(deCore, deCatalogue, deSell, deBackup, deLedger, deBooks, deBank, deReports, deDatev, deStock, dePurchasing, dePurchasingScreens, deDeliveries, deProduction, deCustomers, deFeedback, deSalesdocs, deReception, deStaff, deTimeclock, deStaffErrors, deTimeclockErrors) as Merged,
  en,
};
