/**
 * Purchasing end to end in real Chromium against the built app in browser mode: the owner finds
 * Cola below its minimum in the low-stock list, lets Kontor suggest the order, turns it into a
 * purchase order in one step, places it and downloads its PDF (read back as text), then receives
 * part of the delivery by scanning barcodes. The cashier at the counter then sees the new stock
 * and the quantity still to come.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { translations } from '../../src-shared/i18n';
import { demoProducts } from '../../src-main/modules/setup/demo-data';
import { DEMO_LIMITS, DEMO_SUPPLIERS } from '../../src-main/modules/setup/demo-purchasing';
import { blur, signInCashierWithPin, signInWithPassword } from '../helpers/browser-flows';
import { pdfText } from '../helpers/pdf-text';
import { launchBrowser, startServer, tempDataDir, type RunningServer } from '../helpers/server';

const { de } = translations;
const p = de.purchasing;

const COLA = demoProducts().find((x) => x.name === 'Cola 0,5 l')!;
const [, COLA_MIN, COLA_MAX] = DEMO_LIMITS.find(([name]) => name === COLA.name)!;
const NORD = DEMO_SUPPLIERS.find((s) => s.name === 'Großhandel Nord GmbH')!;
const [, COLA_SUPPLIER_SKU, , COLA_PACK] = NORD.products.find(([name]) => name === COLA.name)!;
/** The demo opens with 36 Cola in the shop (demo-data.ts); nothing sold yet, nothing on order. */
const OPENING = 36_000;
/** Up to the maximum, rounded up to whole packs of 24: 96 − 36 = 60 → 72. */
const SUGGESTED = Math.ceil((COLA_MAX - OPENING) / COLA_PACK) * COLA_PACK;
const SCANNED = 5;

const dataDir = tempDataDir('kontor-e2e-purchasing-');
let browser: Browser;
let server: RunningServer;
let owner: BrowserContext;
let cashier: BrowserContext;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ dataDir, demo: true })]);
});

afterAll(async () => {
  await owner?.close().catch(() => undefined);
  await cashier?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const pieces = (thousandths: number) => String(thousandths / 1000);

describe('purchasing in Chromium', () => {
  test('low stock → reorder → purchase order → PDF → partial receipt by scanning → the counter sees stock and incoming', async () => {
    expect([COLA_MIN, COLA_MAX, COLA_PACK, SUGGESTED]).toEqual([48_000, 96_000, 24_000, 72_000]);
    owner = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'de-DE', acceptDownloads: true });
    const page: Page = await owner.newPage();
    await page.goto(`${server.url}/#/login`);
    await signInWithPassword(page, de.signIn);

    // --- The low-stock list names Cola; its button leads to the reorder suggestions.
    await page.goto(`${server.url}/#/back/stock?view=lowStock`);
    await page.getByRole('cell', { name: COLA.name, exact: true }).waitFor();
    await page.getByRole('button', { name: p.tabs.reorder }).first().click();
    await page.waitForURL(/view=reorder/);

    // --- Only Cola, with the suggested quantity, to the cheapest supplier carrying it.
    const chooseAll = page.getByRole('checkbox', { name: p.reorder.chooseAll });
    await chooseAll.waitFor();
    // Ticking "all" and unticking it leaves nothing chosen, whatever the suggestions started with.
    if (!(await chooseAll.isChecked())) await chooseAll.check();
    await chooseAll.uncheck();
    await page.getByRole('checkbox', { name: p.reorder.choose.replace('{{name}}', COLA.name).replace('{{location}}', 'Laden') }).check();
    await expect.poll(() => page.getByLabel(p.reorder.quantityOf.replace('{{name}}', COLA.name)).inputValue()).toBe(pieces(SUGGESTED));
    await page.getByRole('button', { name: p.reorder.createOrders.replace('{{count}}', '1') }).click();
    await page.getByRole('link', { name: new RegExp(NORD.name) }).or(page.getByRole('button', { name: new RegExp(NORD.name) })).first().click();

    // --- The draft: place it.
    await page.getByRole('button', { name: p.orders.place, exact: true }).click();
    await page.getByText(p.status.ordered, { exact: true }).first().waitFor();

    // --- The PDF, read back: supplier, our customer number there, their article number, the quantity.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: p.orders.pdf, exact: true }).click()]);
    const text = await pdfText(fs.readFileSync((await download.path())!));
    for (const part of [NORD.name, NORD.customerNumber, COLA_SUPPLIER_SKU, COLA.name, pieces(SUGGESTED)]) expect(text).toContain(part);

    // --- Goods receipt: scan five bottles (a partial delivery) and book it.
    await page.getByRole('button', { name: p.orders.receive, exact: true }).click();
    const scanField = page.getByLabel(p.scan.label);
    await scanField.waitFor();
    for (let i = 0; i < SCANNED; i++) {
      await scanField.fill(COLA.ean!);
      await scanField.press('Enter');
    }
    await expect.poll(() => page.getByLabel(p.receipts.countedOf.replace('{{name}}', COLA.name)).inputValue()).toBe(String(SCANNED));
    await page.getByRole('button', { name: p.receipts.submit }).click();
    await page.getByText(p.status.partlyReceived, { exact: true }).first().waitFor();

    // --- The cashier scans a Cola at the counter: 41 here, 67 still to come.
    cashier = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'de-DE' });
    const counter = await cashier.newPage();
    await counter.goto(`${server.url}/`);
    await counter.waitForURL(/#\/login$/);
    await signInCashierWithPin(counter, de.signIn.ok);
    await counter.getByLabel(de.sell.shift.float).fill('100,00');
    await counter.getByRole('button', { name: de.sell.shift.open, exact: true }).click();
    await counter.getByText(de.sell.cart.empty, { exact: true }).waitFor();
    await blur(counter);
    await counter.keyboard.type(COLA.ean!);
    await counter.keyboard.press('Enter');
    const hint = counter.getByTestId('counter-stock');
    await expect.poll(() => hint.textContent()).toContain(de.stock.counter.here.replace('{{quantity}}', pieces(OPENING + SCANNED * 1000)));
    const still = pieces(SUGGESTED - SCANNED * 1000);
    await expect.poll(() => hint.textContent()).toMatch(new RegExp(`${still} (kommen|überfällig|bestellt)`));
  });
});
