/**
 * The foundation end to end: the built app in browser mode, driven through real Chromium, and the
 * HTTP API driven with fetch. Each test runs its own server on its own temp data dir.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { translations } from '../../src-shared/i18n';
import { launchBrowser, startServer, tempDataDir, type RunningServer } from '../helpers/server';

const { de, en } = translations;

const SHOP = 'Laden am Markt';
const CASHIER = { name: 'Lena Schulz', pin: '1111' };
const MANAGER = { name: 'Markus Wolf', pin: '2222' };
const OWNER = { name: 'Anna Becker', username: 'owner', password: 'kontor-demo' };
const RENAMED = `${de.vatRateNames.reduced} (Lebensmittel)`;

let browser: Browser;
const servers: RunningServer[] = [];
const dataDirs: string[] = [];

async function demoServer(dataDir = tempDataDir()): Promise<RunningServer> {
  dataDirs.push(dataDir);
  const server = await startServer({ dataDir, demo: true });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.stop()));
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh browser context (no cookies, no localStorage) at 1366×800, opened on the sign-in screen. */
async function openSignIn(server: RunningServer): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForURL(/#\/login$/);
  await page.getByRole('heading', { name: de.signIn.chooseYou }).waitFor();
  return { context, page };
}

function tile(page: Page, name: string) {
  return page.getByRole('button', { name: new RegExp(name) });
}

async function typePin(page: Page, pin: string) {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: de.signIn.ok, exact: true }).click();
}

async function signInWithPin(page: Page, person: { name: string; pin: string }) {
  await tile(page, person.name).click();
  await page.getByText(de.signIn.pinFor.replace('{{name}}', person.name)).waitFor();
  await typePin(page, person.pin);
  await page.waitForURL(/#\/counter$/);
  await expect.poll(() => page.getByTestId('signed-in-name').textContent()).toBe(person.name);
}

async function signInAsOwner(page: Page) {
  await page.getByRole('button', { name: de.signIn.withPassword }).click();
  await page.getByLabel(de.signIn.username).fill(OWNER.username);
  await page.getByLabel(new RegExp(`^${de.signIn.password}`)).fill(OWNER.password);
  await page.getByRole('button', { name: de.signIn.submit, exact: true }).click();
  // The owner starts in the back office (or at the counter; both offer the way to the other).
  await page.waitForURL(/#\/(counter|back\/settings)$/);
  await expect.poll(() => page.getByTestId('signed-in-name').textContent()).toBe(OWNER.name);
}

async function openVatRates(page: Page) {
  await page.getByRole('button', { name: de.shell.backOffice, exact: true }).click();
  await page.waitForURL(/#\/back\/settings$/);
  await page.getByRole('tab', { name: de.settings.vatRates }).click();
  await page.getByRole('columnheader', { name: de.settings.rateName }).waitFor();
}

const rateRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });

describe('the app in Chromium', () => {
  test('cashier and owner sign in, a VAT rate is renamed and survives a restart, language switches', async () => {
    const dataDir = tempDataDir();
    let server = await demoServer(dataDir);
    let { context, page } = await openSignIn(server);

    // The cashier: counter frame with the shop's name, no way into the back office.
    await signInWithPin(page, CASHIER);
    await expect.poll(() => page.getByTestId('shop-name').textContent()).toBe(SHOP);
    await expect(page.getByRole('heading', { name: de.sell.shift.closedTitle }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: de.shell.backOffice, exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: de.shell.signOut }).click();
    await page.waitForURL(/#\/login$/);

    // The manager reaches the back office but may only look at the VAT rates.
    await signInWithPin(page, MANAGER);
    await openVatRates(page);
    await rateRow(page, de.vatRateNames.reduced).waitFor();
    await expect(page.getByRole('button', { name: de.settings.rename }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: de.shell.signOut }).click();
    await page.waitForURL(/#\/login$/);

    // The owner renames the 7 % rate.
    await signInAsOwner(page);
    await openVatRates(page);
    const reduced = rateRow(page, de.vatRateNames.reduced);
    await expect(reduced.getByRole('cell', { name: /^7([,.]0+)?\s?%$/ }).count()).resolves.toBe(1);
    await reduced.getByRole('button', { name: de.settings.rename }).click();
    const dialog = page.getByRole('dialog', { name: de.settings.renameTitle });
    await dialog.getByLabel(de.settings.rateName).fill(RENAMED);
    await dialog.getByRole('button', { name: de.common.save }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(de.settings.rateRenamed).waitFor();
    await rateRow(page, RENAMED).waitFor();
    await context.close();

    // Restart on the same data (no --demo) and sign in again in a fresh browser context.
    await server.stop();
    server = await startServer({ dataDir });
    servers.push(server);
    ({ context, page } = await openSignIn(server));
    await signInAsOwner(page);
    await openVatRates(page);
    await rateRow(page, RENAMED).waitFor();
    await expect(rateRow(page, de.vatRateNames.reduced).count()).resolves.toBe(0);

    // Switch to English: the frame and the back office speak English.
    const nav = page.getByRole('navigation', { name: de.shell.backOffice });
    await expect(nav.getByText(de.modules.settings, { exact: true }).count()).resolves.toBe(1);
    await page.getByText(en.language.en, { exact: true }).first().click();
    await page.getByRole('button', { name: en.shell.signOut }).waitFor();
    const navEn = page.getByRole('navigation', { name: en.shell.backOffice });
    await expect(navEn.getByText(en.modules.settings, { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText(de.modules.settings, { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: de.shell.signOut }).count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: en.settings.vatRates }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await context.close();
  });

  test('five wrong PINs lock a person out and her tile shows the lock', async () => {
    const server = await demoServer();
    const { context, page } = await openSignIn(server);
    await tile(page, CASHIER.name).click();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await typePin(page, '9999');
      const left = (attempt === 4 ? de.signIn.attemptsLeft_one : de.signIn.attemptsLeft_other).replace('{{count}}', String(5 - attempt));
      await expect.poll(() => page.getByRole('alert').textContent()).toBe(left);
    }
    await typePin(page, '9999');
    const lockedPrefix = de.errors.LOCKED_OUT.split('{{until}}')[0]!;
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(new RegExp(`^${lockedPrefix}\\d{2}:\\d{2}`));
    const lockedTile = tile(page, CASHIER.name);
    await lockedTile.getByText(/^Gesperrt bis \d{2}:\d{2}$/).waitFor();
    await expect(lockedTile.locator('svg.tabler-icon-lock').count()).resolves.toBe(1);
    await expect(tile(page, MANAGER.name).locator('svg.tabler-icon-lock').count()).resolves.toBe(0);

    // The right PIN does not help while the lock lasts.
    await typePin(page, CASHIER.pin);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(new RegExp(`^${lockedPrefix}`));
    expect(page.url()).toMatch(/#\/login$/);
    await context.close();
  });
});

describe('the HTTP API', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await demoServer();
  });

  const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  test('lists channels, signs in with a bearer token and answers with fitting statuses', async () => {
    const catalogue = await fetch(`${server.url}/api`);
    expect(catalogue.status).toBe(200);
    const { channels } = (await catalogue.json()) as { channels: { channel: string; access: string; input: Record<string, unknown> }[] };
    const names = channels.map((c) => c.channel);
    expect(names).toEqual(expect.arrayContaining(['auth.signIn', 'auth.session', 'settings.vatRates.create']));
    const create = channels.find((c) => c.channel === 'settings.vatRates.create')!;
    expect(create.access).toBe('settings.manage');
    expect(create.input).toMatchObject({ type: 'object', properties: { name: expect.any(Object), rateBasisPoints: expect.any(Object) } });

    // No session: 401.
    const anonymous = await post('settings.vatRates.list', {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    // Malformed input and malformed JSON: 400 VALIDATION.
    for (const body of [{ pin: 1111 }, { pin: '1111', extra: true }, '{"pin": "11']) {
      const bad = await post('auth.signIn', body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }

    // PIN sign-in returns a token that works as a bearer token.
    const signIn = await post('auth.signIn', { pin: CASHIER.pin });
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('set-cookie')).toMatch(/kontor_session=.*HttpOnly/i);
    const { data } = (await signIn.json()) as { data: { token: string; session: { name: string; role: string } } };
    expect(data.session).toMatchObject({ name: CASHIER.name, role: 'cashier' });
    const bearer = { authorization: `Bearer ${data.token}` };
    const session = await post('auth.session', {}, bearer);
    expect(await session.json()).toMatchObject({ ok: true, data: { name: CASHIER.name } });
    const rates = await post('settings.vatRates.list', {}, bearer);
    expect(rates.status).toBe(200);
    expect(((await rates.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);

    // A cashier may not manage VAT rates: 403.
    const forbidden = await post('settings.vatRates.create', { name: 'Test', rateBasisPoints: 1000 }, bearer);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // A token that was signed out no longer works.
    expect((await post('auth.signOut', {}, bearer)).status).toBe(200);
    expect((await post('settings.vatRates.list', {}, bearer)).status).toBe(401);
  });
});
