/**
 * Steps the Chromium tests and the screenshots share: signing the owner in with the password and
 * the demo cashier with her PIN,
 * leaving a receipt for a new sale, and opening the close-shift dialog. Labels are passed in the
 * language on screen.
 */
import type { Locator, Page } from 'playwright-core';

export const DEMO_CASHIER = { name: 'Lena Schulz', pin: '1111' };

/** Nothing focused: the scanner and the function keys go to the page. */
export const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

/** Types a PIN on the pad and confirms it with the OK button (`okLabel`). */
export async function typePin(page: Page, pin: string, okLabel: string) {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: okLabel, exact: true }).click();
}

export const DEMO_OWNER = { username: 'owner', password: 'kontor-demo' };

/** From the sign-in screen: signs in with a user name and password (labels in the language on screen). */
export async function signInWithPassword(page: Page, labels: { withPassword: string; username: string; password: string; submit: string }, who = DEMO_OWNER) {
  await page.getByRole('button', { name: labels.withPassword }).click();
  await page.getByLabel(new RegExp(`^${labels.username}`)).fill(who.username);
  await page.getByLabel(new RegExp(`^${labels.password}`)).fill(who.password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL(/#\/(counter|back\/settings)$/);
}

/** From the sign-in screen: picks the cashier's tile, types her PIN and lands at the counter. */
export async function signInCashierWithPin(page: Page, okLabel: string, cashier = DEMO_CASHIER) {
  await page.getByRole('button', { name: new RegExp(cashier.name) }).click();
  await typePin(page, cashier.pin, okLabel);
  await page.waitForURL(/#\/counter$/);
}

/** Leaves a receipt dialog with its "new sale" button (`newSaleLabel`) and waits for it to close. */
export async function startNewSale(receiptDialog: Locator, newSaleLabel: string) {
  await receiptDialog.getByRole('button', { name: new RegExp(`^${newSaleLabel}`) }).click();
  await receiptDialog.waitFor({ state: 'detached' });
}

/** ⇧F10 with nothing focused; returns the close-shift dialog (titled `title`) once it is open. */
export async function openCloseShiftDialog(page: Page, title: string): Promise<Locator> {
  await blur(page);
  await page.keyboard.press('Shift+F10');
  const close = page.getByRole('dialog', { name: title });
  await close.waitFor();
  return close;
}

/** F8 with nothing focused, then looks up receipt `receiptNumber`; returns the return dialog. Labels: the `sell.return` texts. */
export async function openReturnFor(page: Page, receiptNumber: string, labels: { title: string; number: string; find: string }): Promise<Locator> {
  await blur(page);
  await page.keyboard.press('F8');
  const ret = page.getByRole('dialog', { name: labels.title });
  await ret.waitFor();
  await ret.getByLabel(labels.number).fill(receiptNumber);
  await ret.getByRole('button', { name: labels.find }).click();
  return ret;
}
