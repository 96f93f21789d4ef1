/**
 * `npm run screenshots`: the main screens in German and English as PNGs in `screenshots/`
 * (git-ignored), taken in Chromium at 1366×800 against the built app in browser mode.
 * Needs `npm run build` first; `npx tsx tests/screenshots/take.ts` skips the build.
 * The counter at work (cart, payment, receipt, Z report) is in counter-shots.ts, the bookkeeping
 * after that day (expense, journal, cash book, reports, accounts) in books-shots.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { translations } from '../../src-shared/i18n';
import { DEMO_CASHIER, signInCashierWithPin, signInWithPassword } from '../helpers/browser-flows';
import { launchBrowser, ROOT, startServer, tempDataDir, type RunningServer } from '../helpers/server';
import { booksScreens } from './books-shots';
import { counterScreens } from './counter-shots';
import { purchasingScreens } from './purchasing-shots';
import { stockScreens } from './stock-shots';

const { de, en } = translations;

type Lang = 'de' | 'en';
const TEXTS = { de, en } as const;
const OUT_DIR = path.join(ROOT, 'screenshots');
const VIEWPORT = { width: 1366, height: 800 };
const CASHIER = DEMO_CASHIER;

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  // Let Mantine's transitions (tabs, notifications, modals) settle.
  await page.waitForTimeout(400);
  const file = path.join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  console.log(`  ${path.relative(ROOT, file)}`);
}

/** Clicks the language switch (a no-op when the language is already chosen). */
async function chooseLanguage(page: Page, lang: Lang) {
  await page.getByText(TEXTS[lang].language[lang], { exact: true }).first().click();
  await page.waitForFunction((l) => document.documentElement.lang === l || localStorage.getItem('kontor.language') === l, lang);
}

async function newPage(browser: Browser, lang: Lang): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: lang === 'de' ? 'de-DE' : 'en-GB' });
  await context.addInitScript((l) => localStorage.setItem('kontor.language', l), lang);
  return context.newPage();
}

async function setupScreen(browser: Browser, server: RunningServer, lang: Lang) {
  const t = TEXTS[lang];
  const page = await newPage(browser, lang);
  await page.goto(`${server.url}/`);
  await page.waitForURL(/#\/setup$/);
  await page.getByRole('heading', { name: t.setup.title }).waitFor();
  await shot(page, `setup-${lang}`);
  await page.context().close();
}

async function demoScreens(browser: Browser, server: RunningServer, lang: Lang) {
  const t = TEXTS[lang];
  const page = await newPage(browser, lang);
  await page.goto(`${server.url}/`);
  await page.waitForURL(/#\/login$/);
  await page.getByRole('heading', { name: t.signIn.chooseYou }).waitFor();
  await page.getByRole('button', { name: new RegExp(CASHIER.name) }).waitFor();
  await shot(page, `sign-in-${lang}`);

  // The cashier at the counter.
  await signInCashierWithPin(page, t.signIn.ok, CASHIER);
  await chooseLanguage(page, lang);
  await page.getByRole('heading', { name: t.sell.shift.closedTitle }).waitFor();
  await page.getByTestId('shop-name').filter({ hasText: /\S/ }).waitFor();
  await shot(page, `counter-${lang}`);
  await page.getByRole('button', { name: t.shell.signOut }).click();
  await page.waitForURL(/#\/login$/);

  // The owner in the back office's settings.
  await signInWithPassword(page, t.signIn);
  await chooseLanguage(page, lang);
  await page.getByRole('button', { name: t.shell.backOffice, exact: true }).click();
  await page.waitForURL(/#\/back\/settings$/);
  await page.getByRole('tab', { name: t.settings.company, selected: true }).waitFor();
  await page.getByRole('button', { name: t.common.save }).first().waitFor();
  await shot(page, `settings-${lang}`);

  await page.getByRole('tab', { name: t.settings.vatRates }).click();
  await page.getByRole('columnheader', { name: t.settings.rateName }).waitFor();
  await page.getByRole('button', { name: t.settings.rename }).first().waitFor();
  await shot(page, `settings-vat-${lang}`);
  await page.context().close();
}

/**
 * The counter's day (open shift → cart → payment → receipt → Z report) on a fresh demo shop of its
 * own, then the owner's bookkeeping of that day.
 */
async function counterDay(browser: Browser, lang: Lang, dirs: string[], servers: RunningServer[]) {
  const dataDir = tempDataDir(`kontor-shots-counter-${lang}-`);
  dirs.push(dataDir);
  const server = await startServer({ dataDir, demo: true });
  servers.push(server);
  const page = await newPage(browser, lang);
  await counterScreens(page, server.url, lang, { shot, chooseLanguage });
  await page.context().close();
  const books = await newPage(browser, lang);
  await booksScreens(books, server.url, lang, { shot, chooseLanguage });
  await books.context().close();
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const demoDir = tempDataDir('kontor-shots-demo-');
  const emptyDir = tempDataDir('kontor-shots-new-');
  const dirs = [demoDir, emptyDir];
  const servers: RunningServer[] = [];
  let browser: Browser | null = null;
  try {
    servers.push(await startServer({ dataDir: demoDir, demo: true }));
    servers.push(await startServer({ dataDir: emptyDir }));
    const [demo, empty] = servers as [RunningServer, RunningServer];
    browser = await launchBrowser();
    for (const lang of ['de', 'en'] as const) {
      console.log(`[screenshots] ${lang}`);
      await setupScreen(browser, empty, lang);
      await demoScreens(browser, demo, lang);
      await counterDay(browser, lang, dirs, servers);
      await stockScreens(browser, lang, { shot, chooseLanguage, newPage }, { dirs, servers });
      await purchasingScreens(browser, lang, { shot, chooseLanguage, newPage }, { dirs, servers });
      await (await import('./deliveries-shots')).deliveriesScreens(browser, lang, { shot, chooseLanguage, newPage }, { dirs, servers });
      await (await import('./feedback-shots')).feedbackScreens(browser, lang, { shot, chooseLanguage, newPage }, { dirs, servers });
      await (await import('./production-shots')).productionScreens(browser, lang, { shot, chooseLanguage, newPage }, { dirs, servers });
      await (await import('./salesdocs-shots')).salesdocsScreens(browser, lang, { shot, chooseLanguage, newPage }, { dirs, servers });
      await (await import('./customers-shots')).customersScreens(browser, lang, { shot, chooseLanguage, newPage }, { dirs, servers });
    }
  } finally {
    await browser?.close();
    await Promise.all(servers.map((s) => s.stop()));
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[screenshots] ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
});
