/** Texts the main process writes for the reception (journal entries, receipt lines), in the shop's language. */
import { translations } from '../../../src-shared/i18n';
import type { Ctx } from '../../core/context';
import { shopLanguage } from '../ledger/posting-texts';

type Key = keyof (typeof translations)['de']['reception']['documents'];

export function receptionText(ctx: Pick<Ctx, 'db'>, key: Key, values: Record<string, string | number> = {}): string {
  const template: string = translations[shopLanguage(ctx)].reception.documents[key];
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name] ?? '')).slice(0, 200);
}

/** "2026-01-15" → "15.01.2026" (German) or kept as is (English), for texts printed on receipts. */
export function printedDay(ctx: Pick<Ctx, 'db'>, day: string): string {
  return shopLanguage(ctx) === 'de' ? day.split('-').reverse().join('.') : day;
}
