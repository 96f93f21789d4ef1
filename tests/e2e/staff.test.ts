/**
 * Staff, end to end in Chromium against browser mode: the owner takes on a new cashier with a PIN;
 * the cashier clocks in at the PIN screen, signs in and sells; a refund above the limit asks for
 * the manager's PIN; the owner then finds the refund in the audit log and the cashier's running
 * shift in her timesheet. Labels come from the German translation, as on screen.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { translations } from '../../src-shared/i18n';
import { formatMoney } from '../../src-shared/money';
import { localDay } from '../../src-main/core/clock';
import { demoProducts } from '../../src-main/modules/setup/demo-data';
import { blur, openReturnFor, signInWithPassword, startNewSale, typePin } from '../helpers/browser-flows';
import { launchBrowser, startServer, tempDataDir, type RunningServer } from '../helpers/server';

const { de } = translations;
const s = de.sell;
const NEW_CASHIER = { name: 'Paula Neumann', pin: '4826' };
const MANAGER_PIN = '2222';
const WINE = demoProducts().find((p) => p.name === 'Weißwein trocken 0,75 l')!;
/** Eight bottles: 55,92 €, above the demo's refund limit of 50 €. */
const BOTTLES = 8;
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const TOTAL = norm(formatMoney(WINE.priceCents * BOTTLES, 'EUR', 'de-DE'));

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
const dataDir = tempDataDir('kontor-e2e-staff-');

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ dataDir, demo: true })]);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function signOut(page: Page) {
  await page.getByRole('button', { name: de.shell.signOut }).click();
  await page.waitForURL(/#\/login$/);
}

async function scan(page: Page, code: string) {
  await blur(page);
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

describe('staff in Chromium', () => {
  test('a new cashier with a PIN clocks in and sells; a big refund needs the manager; the owner sees it in the log and the timesheet', async () => {
    expect(WINE.priceCents * BOTTLES).toBeGreaterThan(50_00);
    context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'de-DE' });
    const page = await context.newPage();

    // --- The owner takes on Paula as a cashier with a PIN.
    await page.goto(`${server.url}/`);
    await page.waitForURL(/#\/login$/);
    await signInWithPassword(page, de.signIn);
    await page.goto(`${server.url}/#/back/staff?view=employees`);
    await page.getByRole('table', { name: de.staff.employees.listLabel }).getByText('Lena Schulz').waitFor();
    await page.getByRole('button', { name: de.staff.employees.new, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: de.staff.employee.newTitle });
    await drawer.waitFor();
    await drawer.getByLabel(new RegExp(`^${de.staff.employee.fields.name}`)).fill(NEW_CASHIER.name);
    await drawer.getByLabel(de.staff.pin.new, { exact: true }).fill(NEW_CASHIER.pin);
    await drawer.getByLabel(de.staff.pin.repeat, { exact: true }).fill(NEW_CASHIER.pin);
    await drawer.getByRole('button', { name: de.common.save, exact: true }).click();
    const saved = page.getByRole('dialog', { name: NEW_CASHIER.name });
    await saved.getByText(de.staff.pin.isSet).waitFor();
    await saved.getByRole('button', { name: de.common.close, exact: true }).first().click();
    await saved.waitFor({ state: 'detached' });
    await signOut(page);

    // --- At the PIN screen Paula clocks in with her PIN.
    await page.getByRole('button', { name: de.timeclock.clock.open, exact: true }).click();
    const clock = page.getByRole('dialog', { name: de.timeclock.clock.title });
    await clock.getByRole('button', { name: NEW_CASHIER.name }).click();
    for (const digit of NEW_CASHIER.pin) await clock.getByRole('button', { name: digit, exact: true }).click();
    await clock.getByRole('button', { name: de.signIn.ok, exact: true }).click();
    await clock.getByText(de.timeclock.clock.state.off).waitFor();
    await clock.getByRole('button', { name: de.timeclock.clock.action.in, exact: true }).click();
    await clock.getByTestId('clock-done').waitFor();
    await clock.getByRole('button', { name: de.timeclock.clock.finish, exact: true }).click();
    await clock.waitFor({ state: 'detached' });

    // --- She signs in with the same PIN, opens the shift and sells eight bottles of wine in cash.
    await page.getByRole('button', { name: new RegExp(NEW_CASHIER.name) }).click();
    await typePin(page, NEW_CASHIER.pin, de.signIn.ok);
    await page.waitForURL(/#\/counter$/);
    await page.getByLabel(s.shift.float).fill('100,00');
    await page.getByRole('button', { name: s.shift.open, exact: true }).click();
    await page.getByText(s.cart.empty, { exact: true }).waitFor();
    for (let i = 0; i < BOTTLES; i++) await scan(page, WINE.ean!);
    await expect.poll(async () => norm(await page.getByTestId('cart-total').textContent())).toBe(TOTAL);
    await blur(page);
    await page.keyboard.press('F12');
    const pay = page.getByRole('dialog', { name: s.pay.title });
    await pay.waitFor();
    await pay.getByLabel(s.pay.tendered).fill(TOTAL.replace(' €', ''));
    await pay.getByRole('button', { name: s.pay.cash, exact: true }).click();
    await pay.getByRole('button', { name: new RegExp(`^${s.pay.complete}`) }).click();
    const receipt = page.getByRole('dialog', { name: s.receipt.title.replace('{{number}}', '1-000001') });
    await receipt.waitFor();
    await startNewSale(receipt, s.receipt.newSale);

    // --- All eight come back: above the limit, so the manager's PIN is asked for.
    const ret = await openReturnFor(page, '1-000001', s.return);
    await ret.getByLabel(s.return.quantityFor.replace('{{name}}', WINE.name)).fill(String(BOTTLES));
    await ret.getByRole('button', { name: s.return.submit }).click();
    const approval = page.getByRole('dialog', { name: s.approval.title });
    await approval.waitFor();
    await approval.getByLabel(s.approval.pin).fill(MANAGER_PIN);
    await approval.getByRole('button', { name: s.approval.approve, exact: true }).click();
    const returnReceipt = page.getByRole('dialog', { name: s.receipt.title.replace('{{number}}', '1-000002') });
    await returnReceipt.waitFor();
    await startNewSale(returnReceipt, s.receipt.newSale);
    await signOut(page);

    // --- The owner finds the refund in the audit log, done by Paula with the manager's approval.
    await signInWithPassword(page, de.signIn);
    await page.goto(`${server.url}/#/back/staff?view=audit`);
    const log = page.getByRole('table', { name: de.staff.audit.tableLabel });
    await log.waitFor();
    await page.getByLabel(de.staff.audit.action, { exact: true }).selectOption({ label: de.staff.audit.actions.counter_return });
    const refundRow = log.locator('tbody tr').filter({ hasText: de.staff.audit.actions.counter_return }).first();
    await refundRow.waitFor();
    await expect(refundRow.textContent()).resolves.toContain(NEW_CASHIER.name);
    await page.getByLabel(de.staff.audit.action, { exact: true }).selectOption({ label: de.staff.audit.actions.counter_approval });
    await log.locator('tbody tr').filter({ hasText: 'Markus Wolf' }).first().waitFor();

    // --- And her hours: today's row of her timesheet holds the running shift.
    await page.goto(`${server.url}/#/back/staff?view=timesheets`);
    await page.getByRole('combobox', { name: de.timeclock.timesheet.person }).click();
    await page.getByRole('option', { name: NEW_CASHIER.name }).click();
    await page.getByRole('heading', { name: de.timeclock.timesheet.title.replace('{{name}}', NEW_CASHIER.name) }).waitFor();
    const today = page.locator(`[data-testid="timesheet-day"][data-day="${localDay(new Date())}"]`);
    await today.getByText(de.timeclock.timesheet.flag.running).waitFor();
    await expect(today.getByTestId('day-worked').textContent()).resolves.toMatch(/^\d+:\d\d$/);
  });
});
