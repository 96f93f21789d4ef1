/**
 * The counter's screenshots for `npm run screenshots`: an open shift with an empty cart, a cart
 * with a few items (one weighed from a scale label), the payment dialog in the middle of a split,
 * the receipt, and the Z report after closing the shift. Each language gets its own fresh demo
 * server, so both show receipt 1-000001 and Z report no. 1.
 */
import type { Page } from 'playwright-core';
import { embeddedCode, gs1CheckDigit } from '../../src-shared/barcode';
import { EUR_DENOMINATIONS } from '../../src-shared/contract/shift';
import { translations } from '../../src-shared/i18n';
import { formatMoney } from '../../src-shared/money';
import { blur, openCloseShiftDialog, openReturnFor, signInCashierWithPin, startNewSale } from '../helpers/browser-flows';

type Lang = 'de' | 'en';
const TEXTS = { de: translations.de, en: translations.en } as const;
const LOCALE = { de: 'de-DE', en: 'en-GB' } as const;

/** The demo's EAN-13s: '4004211' + 5-digit sequence + check digit (see src-main/modules/setup/demo-data.ts). */
const ean = (sequence: number) => {
  const body = `4004211${String(sequence).padStart(5, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
};
const BAUERNBROT = ean(1);
const DINKEL = ean(2);
const WEISSWEIN = ean(126); // Getränke, 19 %
const APPLES_350G = embeddedCode('2800025', 350); // Äpfel Elstar, 0,350 kg
const BERGKAESE_186G = embeddedCode('2800041', 186); // Bergkäse, 0,186 kg

export interface CounterShotHelpers {
  /** Takes `<name>.png` (the caller settles transitions and moves the mouse away). */
  shot(page: Page, name: string): Promise<void>;
  chooseLanguage(page: Page, lang: Lang): Promise<void>;
}

async function scan(page: Page, code: string, lines: number) {
  await blur(page);
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.getByTestId('cart-line').nth(lines - 1).waitFor();
}

/** From the sign-in screen of a fresh demo shop to the Z report, with a shot at each step. */
export async function counterScreens(page: Page, url: string, lang: Lang, { shot, chooseLanguage }: CounterShotHelpers) {
  const t = TEXTS[lang];
  const s = t.sell;
  const money = (cents: number) => formatMoney(cents, 'EUR', LOCALE[lang]);
  const decimal = (cents: number) => (cents / 100).toFixed(2).replace('.', lang === 'de' ? ',' : '.');

  await page.goto(`${url}/`);
  await page.waitForURL(/#\/login$/);
  await signInCashierWithPin(page, t.signIn.ok);
  await chooseLanguage(page, lang);

  // An open shift, nothing in the cart yet.
  await page.getByLabel(s.shift.float).fill(decimal(150_00));
  await page.getByRole('button', { name: s.shift.open, exact: true }).click();
  await page.getByText(s.cart.empty, { exact: true }).waitFor();
  await page.getByRole('tab').first().waitFor(); // the quick keys
  await blur(page);
  await shot(page, `counter-empty-${lang}`);

  // A few items: bread, two rolls (scanned twice: one line), wine at 19 %, apples and cheese from the scale.
  const lines = page.getByTestId('cart-line');
  await scan(page, BAUERNBROT, 1);
  await scan(page, DINKEL, 2);
  await scan(page, DINKEL, 2);
  await lines.nth(1).getByTestId('line-quantity').filter({ hasText: /^2$/ }).waitFor();
  await scan(page, WEISSWEIN, 3);
  await scan(page, APPLES_350G, 4);
  await scan(page, BERGKAESE_186G, 5);
  await blur(page);
  await shot(page, `counter-cart-${lang}`);

  // The payment dialog in the middle of a split: 10,00 by card taken, cash being typed.
  await page.keyboard.press('F12');
  const pay = page.getByRole('dialog', { name: s.pay.title });
  await pay.waitFor();
  const tendered = pay.getByLabel(s.pay.tendered);
  await tendered.fill(decimal(10_00));
  await pay.getByRole('button', { name: new RegExp(`^${s.pay.card}`) }).click();
  await pay.getByRole('table', { name: s.pay.payments }).waitFor();
  await tendered.fill(decimal(20_00));
  await shot(page, `counter-payment-${lang}`);

  // Paid: the receipt.
  await pay.getByRole('button', { name: s.pay.cash, exact: true }).click();
  await pay.getByTestId('pay-change').waitFor();
  await pay.getByRole('button', { name: new RegExp(`^${s.pay.complete}`) }).click();
  const receiptDialog = page.getByRole('dialog', { name: s.receipt.title.replace('{{number}}', '1-000001') });
  await receiptDialog.waitFor();
  await receiptDialog.locator('img.qr').waitFor();
  await shot(page, `counter-receipt-${lang}`);
  await startNewSale(receiptDialog, s.receipt.newSale);

  // One roll comes back (cash), so the Z report has a return too.
  const ret = await openReturnFor(page, '1-000001', s.return);
  await ret.getByLabel(s.return.quantityFor.replace('{{name}}', 'Dinkelbrötchen')).fill('1');
  await ret.getByRole('button', { name: s.return.submit }).click();
  const returnDialog = page.getByRole('dialog', { name: s.receipt.title.replace('{{number}}', '1-000002') });
  await returnDialog.waitFor();
  await startNewSale(returnDialog, s.receipt.newSale);

  // Close the shift with a count that matches, then the Z report.
  const close = await openCloseShiftDialog(page, s.close.title);
  const expectedText = close.getByTestId('close-expected');
  await expectedText.filter({ hasText: /\d/ }).waitFor();
  const expectedCents = parseCents((await expectedText.textContent()) ?? '');
  let rest = expectedCents;
  for (const d of EUR_DENOMINATIONS) {
    const n = Math.floor(rest / d);
    rest -= n * d;
    if (n > 0) await close.getByLabel(money(d), { exact: true }).fill(String(n));
  }
  await close.getByTestId('close-counted').filter({ hasText: new RegExp(escape(money(expectedCents))) }).waitFor();
  await close.getByRole('button', { name: s.close.submit, exact: true }).click();
  const zDialog = page.getByRole('dialog', { name: s.report.zTitle.replace('{{number}}', '1') });
  await zDialog.waitFor();
  await shot(page, `z-report-${lang}`);
}

/** "103,04 €" / "€103.04" → 10304. */
function parseCents(text: string): number {
  const digits = text.replace(/[^\d]/g, '');
  if (!digits) throw new Error(`No amount in "${text}".`);
  return Number(digits);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
