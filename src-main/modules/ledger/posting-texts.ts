/**
 * Journal texts the system writes, in the shop's language: the books are the shop's documents,
 * so they follow the company's language, not the language of whoever is signed in.
 */
import type { Language } from '../../../src-shared/countries';
import { translations, type Translation } from '../../../src-shared/i18n';
import type { Ctx } from '../../core/context';

export type PostingTextKey = keyof Translation['postings'];

export function shopLanguage(ctx: Pick<Ctx, 'db'>): Language {
  return (ctx.db.prepare('SELECT language FROM company WHERE id = 1').pluck().get() as Language | undefined) ?? 'de';
}

export function postingText(ctx: Pick<Ctx, 'db'>, key: PostingTextKey, values: Record<string, string | number> = {}): string {
  const template: string = translations[shopLanguage(ctx)].postings[key];
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name] ?? '')).slice(0, 200);
}
