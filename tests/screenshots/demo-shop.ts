/**
 * What the module screenshot runners share: each takes its pictures on a fresh demo shop of its
 * own (so their seeds never meet), seeds it through the HTTP API as the owner, and then works a
 * signed-in page. take.ts closes the servers and removes the data folders collected in `cleanup`.
 */
import type { Browser, Page } from 'playwright-core';
import { translations } from '../../src-shared/i18n';
import { DEMO_OWNER, signInCashierWithPin, signInWithPassword } from '../helpers/browser-flows';
import { startServer, tempDataDir, type RunningServer } from '../helpers/server';

export type Lang = 'de' | 'en';
export const TEXTS = { de: translations.de, en: translations.en } as const;

/** What take.ts hands every runner. */
export interface ShotHelpers {
  shot(page: Page, name: string): Promise<void>;
  chooseLanguage(page: Page, lang: Lang): Promise<void>;
  newPage(browser: Browser, lang: Lang): Promise<Page>;
}

export interface ShotCleanup { dirs: string[]; servers: RunningServer[] }

export type Post = <T = unknown>(channel: string, body: unknown) => Promise<T>;

/** The owner's own session on the HTTP API (a bearer token, beside the browser's cookie). */
async function ownerApi(url: string): Promise<Post> {
  const raw = async (channel: string, body: unknown, token?: string) => {
    const response = await fetch(`${url}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const envelope = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
    if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
    return envelope.data;
  };
  const { token } = (await raw('auth.signIn', DEMO_OWNER)) as { token: string };
  return async <T>(channel: string, body: unknown) => (await raw(channel, body, token)) as T;
}

/** A fresh demo shop on a server of its own, and the owner's API session on it. */
export async function startDemoShop(name: string, lang: Lang, cleanup: ShotCleanup): Promise<{ server: RunningServer; post: Post }> {
  const dataDir = tempDataDir(`kontor-shots-${name}-${lang}-`);
  cleanup.dirs.push(dataDir);
  const server = await startServer({ dataDir, demo: true });
  cleanup.servers.push(server);
  return { server, post: await ownerApi(server.url) };
}

/** A new page on the shop, signed in (the owner by password, or the demo cashier by PIN) and in the language. */
export async function signedInPage(browser: Browser, url: string, lang: Lang, { chooseLanguage, newPage }: ShotHelpers,
  as: 'owner' | 'cashier' = 'owner'): Promise<Page> {
  const page = await newPage(browser, lang);
  await page.goto(`${url}/`);
  await page.waitForURL(/#\/login$/);
  if (as === 'owner') await signInWithPassword(page, TEXTS[lang].signIn);
  else await signInCashierWithPin(page, TEXTS[lang].signIn.ok);
  await chooseLanguage(page, lang);
  return page;
}

/** The demo catalogue's article numbers: LM-0001 … */
export const sku = (sequence: number) => `LM-${String(sequence).padStart(4, '0')}`;

/** A demo product's id by its sequence in the article numbers (LM-0001 → 1). */
export const productId = async (post: Post, sequence: number, includeInactive = false) =>
  (await post<{ id: number }[]>('catalogue.search', { query: sku(sequence), limit: 1, ...(includeInactive ? { includeInactive } : {}) }))[0]!.id;

/** This computer's calendar day `days` from today, as YYYY-MM-DD (the server runs on the real clock). */
export function localDayIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
