/**
 * Front office and back office together, end to end in real Chromium against browser mode: the
 * cashier takes in a repair for a new customer with a cash deposit, the owner moves the job to
 * ready on the workshop board, and the cashier hands it over, billing the rest with the deposit
 * deducted. Then a lost sale recorded at the counter shows on the improvement board and in the
 * reorder suggestions.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { translations } from '../../src-shared/i18n';
import { addDays } from '../../src-shared/days';
import { localDay } from '../../src-main/core/clock';
import { demoProducts } from '../../src-main/modules/setup/demo-data';
import { blur, signInCashierWithPin, signInWithPassword } from '../helpers/browser-flows';
import { launchBrowser, startServer, tempDataDir, type RunningServer } from '../helpers/server';

const { de } = translations;
const r = de.reception;
const CUSTOMER = 'Erika Muster';
const BIKE = 'Fahrrad Damen, blau';
const CHOCOLATE = demoProducts().find((p) => p.name === 'Schokolade Vollmilch 100 g')!;
/** More than the shop has: the lost sale is not covered by the stock, so a reorder is suggested. */
const LOST_PIECES = CHOCOLATE.openingStock / 1000 + 10;

const dataDir = tempDataDir('kontor-e2e-reception-');
let browser: Browser;
let server: RunningServer;
let counterContext: BrowserContext;
let officeContext: BrowserContext;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ dataDir, demo: true })]);
});

afterAll(async () => {
  await counterContext?.close().catch(() => undefined);
  await officeContext?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function openJobs(page: Page): Promise<Locator> {
  await blur(page);
  await page.keyboard.press('Shift+F3');
  await page.getByRole('dialog', { name: r.open.title }).waitFor();
  // The dialog's title follows its view (list, take-in, ticket, handover): hold it by its role.
  return page.getByRole('dialog');
}

describe('reception and improvement in Chromium', () => {
  test('a repair with a deposit → ready in the workshop → handed over and billed; a lost sale → board and reorder', async () => {
    counterContext = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'de-DE' });
    const counter = await counterContext.newPage();
    await counter.goto(`${server.url}/`);
    await counter.waitForURL(/#\/login$/);
    await signInCashierWithPin(counter, de.signIn.ok);
    await counter.getByLabel(de.sell.shift.float).fill('100,00');
    await counter.getByRole('button', { name: de.sell.shift.open, exact: true }).click();
    await counter.getByText(de.sell.cart.empty, { exact: true }).waitFor();

    // --- A new customer, created at the counter in one go (F1), attached to the cart.
    await blur(counter);
    await counter.keyboard.press('F1');
    const customerDialog = counter.getByRole('dialog', { name: de.customers.counter.title });
    await customerDialog.getByLabel(de.customers.counter.searchLabel).fill(CUSTOMER);
    await customerDialog.getByRole('button', { name: de.customers.counter.create }).click();
    await customerDialog.getByRole('button', { name: de.customers.form.create, exact: true }).click();
    await customerDialog.waitFor({ state: 'detached' });
    await counter.getByText(CUSTOMER).first().waitFor();

    // --- Take in the repair: 119,00 € agreed, 50,00 € deposit in cash, promised in three days.
    let jobs = await openJobs(counter);
    await jobs.getByRole('button', { name: r.open.new }).click();
    await jobs.getByLabel(r.takeIn.titleService).fill(BIKE);
    await jobs.getByLabel(r.takeIn.fault).fill('Schaltung springt');
    await jobs.getByLabel(r.takeIn.price).fill('119,00');
    await jobs.getByLabel(r.takeIn.promisedOn).fill(addDays(localDay(new Date()), 3));
    await jobs.getByLabel(r.takeIn.deposit).fill('50,00');
    await jobs.getByRole('button', { name: r.takeIn.submit }).click();
    const ticketTitle = jobs.getByRole('heading', { name: /^Auftrag \d+ angenommen$/ });
    await ticketTitle.waitFor();
    const jobNumber = /Auftrag (\d+)/.exec((await ticketTitle.textContent())!)![1]!;
    // Both copies: the workshop's ticket and the customer's, with the deposit and what is left to pay.
    await jobs.getByText(r.ticket.workshopCopy).first().waitFor();
    await jobs.getByText(r.ticket.customerCopy).first().waitFor();
    expect(await jobs.textContent()).toContain('69,00');
    await jobs.getByRole('button', { name: r.ticket.done }).click();
    await jobs.waitFor({ state: 'detached' });

    // --- The workshop (the owner in the back office) moves it to ready on the board.
    officeContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'de-DE' });
    const office = await officeContext.newPage();
    await office.goto(`${server.url}/#/login`);
    await signInWithPassword(office, de.signIn);
    await office.goto(`${server.url}/#/back/production?view=board`);
    const card = office.getByTestId(`work-order-${jobNumber}`);
    await card.getByRole('button', { name: de.production.move.inProgress }).click();
    await card.getByRole('button', { name: de.production.move.ready }).click();
    await card.getByText(de.production.board.handoverAtCounter).waitFor();

    // --- At the counter: hand it over; the receipt bills 119,00 less the 50,00 deposit.
    jobs = await openJobs(counter);
    const row = jobs.getByRole('row').filter({ hasText: BIKE });
    await row.getByRole('button', { name: r.open.handOver }).click();
    await jobs.getByLabel(r.handOver.given).fill('70,00');
    await jobs.getByRole('button', { name: r.handOver.submit }).click();
    const receipt = counter.getByRole('dialog').filter({ hasText: `Auftrag ${jobNumber}: ${BIKE}` });
    await receipt.waitFor();
    const text = (await receipt.textContent())!;
    for (const part of ['abzgl. Anzahlung', '119,00', '50,00', '69,00', CUSTOMER]) expect(text).toContain(part);
    await receipt.getByRole('button', { name: new RegExp(`^${de.sell.receipt.newSale}`) }).click();
    await receipt.waitFor({ state: 'detached' });

    // --- A lost sale (the "Anliegen" button, ⇧F2): customers wanted more chocolate than the shop has.
    await counter.getByRole('button', { name: new RegExp(`^${de.feedback.capture.action}`) }).click();
    const capture = counter.getByRole('dialog', { name: de.feedback.capture.title });
    await capture.waitFor();
    await capture.getByText(de.feedback.kinds.lostSale, { exact: true }).click();
    const product = capture.getByRole('combobox', { name: de.feedback.capture.product });
    await product.fill('Schokolade Vollmilch');
    await counter.getByRole('option', { name: `${CHOCOLATE.name} (${CHOCOLATE.sku})`, exact: true }).click();
    await capture.getByLabel(de.feedback.capture.quantity).fill(String(LOST_PIECES));
    await capture.getByRole('button', { name: de.feedback.capture.save, exact: true }).click();
    await capture.waitFor({ state: 'detached' });

    // --- The owner sees it on the improvement board and in the reorder suggestions.
    await office.goto(`${server.url}/#/back/improvement`);
    await office.getByText(CHOCOLATE.name).first().waitFor();
    await office.getByText(de.feedback.kinds.lostSale).first().waitFor();
    await office.goto(`${server.url}/#/back/purchasing?view=reorder`);
    const suggestion = office.getByRole('row').filter({ hasText: CHOCOLATE.name });
    await suggestion.getByText(de.purchasing.reorder.lost.replace('{{quantity}}', String(LOST_PIECES))).waitFor();
  });
});
