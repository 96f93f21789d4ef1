/**
 * A whole day at the counter, end to end: the built app in browser mode, driven through real
 * Chromium like a cashier with a barcode scanner would — open the shift, scan, pay split with
 * change, the receipt, a return against it, close the shift with a count, the Z report — and at
 * the end the HTTP API confirms the receipt chain. Every figure is derived from the demo's real
 * prices with the same pricing code the app uses, and asserted as the screen formats it (de-DE).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { embeddedCode } from '../../src-shared/barcode';
import { EUR_DENOMINATIONS } from '../../src-shared/contract/shift';
import { translations } from '../../src-shared/i18n';
import { formatMoney, formatPercent } from '../../src-shared/money';
import { priceCart, vatBreakdown, type PricingLine, type VatBucket } from '../../src-shared/pricing';
import { demoProducts, type DemoProduct } from '../../src-main/modules/setup/demo-data';
import { DEMO_CASHIER, blur, openCloseShiftDialog, openReturnFor, startNewSale, typePin } from '../helpers/browser-flows';
import { launchBrowser, startServer, tempDataDir, type RunningServer } from '../helpers/server';

const { de } = translations;
const s = de.sell;

const CASHIER = DEMO_CASHIER;
const OWNER = { username: 'owner', password: 'kontor-demo' };
const FLOAT_CENTS = 100_00;

// ---------------------------------------------------------------------------------------------
// The basket and every figure of the day, from the demo's real prices.
// ---------------------------------------------------------------------------------------------

const products = demoProducts();
const product = (name: string): DemoProduct => {
  const found = products.find((p) => p.name === name);
  if (!found) throw new Error(`The demo has no product "${name}".`);
  return found;
};
const BREAD = product('Bauernbrot'); // EAN-13, 7 %
const WINE = product('Weißwein trocken 0,75 l'); // EAN-13, category Getränke, 19 %
const APPLES = product('Äpfel Elstar'); // weighed, scale item code 2800025
const APPLE_GRAMS = 350;
const APPLE_LABEL = embeddedCode(APPLES.ean!, APPLE_GRAMS);

const RATE_BP = { standard: 1900, reduced: 700 } as const;
const pricing = (p: DemoProduct, quantity: number): PricingLine => ({
  unitPriceCents: p.priceCents, quantity, vatRateBp: RATE_BP[p.rate], vatRateId: RATE_BP[p.rate],
});

const BASKET = [
  { product: BREAD, code: BREAD.ean!, quantity: 1000 },
  { product: WINE, code: WINE.ean!, quantity: 1000 },
  { product: APPLES, code: APPLE_LABEL, quantity: APPLE_GRAMS },
];
const SALE = priceCart(BASKET.map((b) => pricing(b.product, b.quantity)));
/** VAT letters as on a receipt: per document, A for its highest rate, then B … */
const letterIn = (vat: VatBucket[]) => (rateBp: number) => String.fromCharCode(65 + vat.findIndex((v) => v.rateBasisPoints === rateBp));
const letterOf = letterIn(SALE.vat);

const CARD_CENTS = 5_00;
const CASH_TENDERED_CENTS = 10_00;
const CASH_DUE_CENTS = SALE.totalCents - CARD_CENTS;
const CHANGE_CENTS = CASH_TENDERED_CENTS - CASH_DUE_CENTS;

/** The return: the bread, refunded in cash. */
const RETURNED = BREAD;
const RETURN_LINE_TOTAL = -SALE.lines[BASKET.findIndex((b) => b.product === RETURNED)]!.totalCents;
const RETURN = vatBreakdown([{ totalCents: RETURN_LINE_TOTAL, vatRateBp: RATE_BP[RETURNED.rate], vatRateId: RATE_BP[RETURNED.rate] }]);

/** The shift: VAT per rate is the sum of each receipt's own split (as the core books it). */
const SHIFT_VAT: VatBucket[] = SALE.vat.map((bucket) => {
  const back = RETURN.vat.find((v) => v.vatRateId === bucket.vatRateId);
  return {
    ...bucket,
    grossCents: bucket.grossCents + (back?.grossCents ?? 0),
    netCents: bucket.netCents + (back?.netCents ?? 0),
    vatCents: bucket.vatCents + (back?.vatCents ?? 0),
  };
});
const CASH_TENDER_CENTS = CASH_DUE_CENTS + RETURN_LINE_TOTAL;
const EXPECTED_CASH_CENTS = FLOAT_CENTS + CASH_TENDER_CENTS;

/** A drawer count that adds up to `cents`: notes and coins, largest first. */
function countFor(cents: number): Map<number, number> {
  const counts = new Map<number, number>();
  let rest = cents;
  for (const d of EUR_DENOMINATIONS) {
    const n = Math.floor(rest / d);
    if (n > 0) counts.set(d, n);
    rest -= n * d;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Formatting and reading the screen.
// ---------------------------------------------------------------------------------------------

const LOCALE = 'de-DE';
/** Any Unicode space (no-break, narrow no-break) as a plain space, so "12,24 €" compares as typed. */
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const euro = (cents: number) => norm(formatMoney(cents, 'EUR', LOCALE));
const pct = (bp: number) => norm(formatPercent(bp, LOCALE));
/** The exact string the UI renders (no-break spaces kept), for labels matched exactly. */
const euroExact = (cents: number) => formatMoney(cents, 'EUR', LOCALE);

const text = async (locator: Locator) => norm(await locator.textContent());

/** The `.row` lines of a receipt or report on paper: each as its [label, value] texts. */
const paperRows = (paper: Locator) =>
  paper.locator('.row').evaluateAll((rows) => rows.map((row) => Array.from(row.children, (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));

/** The cells of a table's body rows. */
const tableRows = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children, (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));

// ---------------------------------------------------------------------------------------------

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
const dataDir = tempDataDir('kontor-e2e-counter-');

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ dataDir, demo: true })]);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});


/** A barcode scanner: the digits and Enter, typed at the page. Waits for the cart to grow by one line. */
async function scan(page: Page, code: string) {
  const lines = page.getByTestId('cart-line');
  const before = await lines.count();
  await blur(page);
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await expect.poll(() => lines.count(), { message: `a cart line for ${code}` }).toBe(before + 1);
}

describe('the counter in Chromium', () => {
  test('a day at the counter: open, scan, pay split, receipt, return, close with count, Z report', async () => {
    // The figures this test expects, checked once against the literal amounts of the demo's prices.
    expect([BREAD.priceCents, WINE.priceCents, APPLES.priceCents, APPLES.rate, WINE.rate, BREAD.rate])
      .toEqual([420, 699, 299, 'reduced', 'standard', 'reduced']);
    expect(WINE.category).toBe('Getränke');
    expect(APPLE_LABEL.slice(0, 12)).toBe('280002500350');
    expect(euro(SALE.totalCents)).toBe('12,24 €');
    expect(euro(CHANGE_CENTS)).toBe('2,76 €');
    expect(euro(EXPECTED_CASH_CENTS)).toBe('103,04 €');

    context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: LOCALE });
    const page = await context.newPage();

    // --- Sign in as the cashier with her PIN: she lands at the counter, the drawer is closed.
    await page.goto(`${server.url}/`);
    await page.waitForURL(/#\/login$/);
    await page.getByRole('button', { name: new RegExp(CASHIER.name) }).click();
    await page.getByText(de.signIn.pinFor.replace('{{name}}', CASHIER.name)).waitFor();
    await typePin(page, CASHIER.pin, de.signIn.ok);
    await page.waitForURL(/#\/counter$/);
    await page.getByRole('heading', { name: s.shift.closedTitle }).waitFor();

    // --- Open the shift with a float of 100,00.
    await page.getByLabel(s.shift.float).fill('100,00');
    await page.getByRole('button', { name: s.shift.open, exact: true }).click();
    await page.getByText(s.cart.empty, { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: new RegExp(`^${s.pay.button}`) }).isDisabled()).resolves.toBe(true);

    // --- Scan: bread and wine (EAN-13), then the scale label of the apples.
    for (const item of BASKET) await scan(page, item.code);
    const lines = page.getByTestId('cart-line');
    for (const [i, item] of BASKET.entries()) {
      const line = lines.nth(i);
      await expect(text(line.getByText(item.product.name, { exact: true }))).resolves.toBe(item.product.name);
      await expect(text(line.getByTestId('line-total'))).resolves.toBe(euro(SALE.lines[i]!.totalCents));
    }
    // The weighed line: its weight from the label and the price per kg.
    const weighed = s.cart.weighed.replace('{{quantity}}', '0,350').replace('{{price}}', euro(APPLES.priceCents));
    await expect(text(lines.nth(2).getByText(/kg ×/))).resolves.toBe(weighed);
    await lines.nth(2).getByText(s.cart.embedded.weight, { exact: true }).waitFor();
    await expect(text(page.getByTestId('subtotal'))).resolves.toBe(euro(SALE.totalCents));
    await expect(text(page.getByTestId('cart-total'))).resolves.toBe(euro(SALE.totalCents));
    await expect(tableRows(page.getByRole('table', { name: s.totals.vatTable }))).resolves.toEqual(
      SALE.vat.map((v) => [letterOf(v.rateBasisPoints), pct(v.rateBasisPoints), euro(v.netCents), euro(v.vatCents), euro(v.grossCents)]),
    );

    // --- Pay (F12), split: 5,00 by card, then 10,00 cash tendered for the rest.
    await blur(page);
    await page.keyboard.press('F12');
    const pay = page.getByRole('dialog', { name: s.pay.title });
    await pay.waitFor();
    await expect(text(pay.getByTestId('pay-remaining'))).resolves.toBe(euro(SALE.totalCents));
    const tendered = pay.getByLabel(s.pay.tendered);
    await tendered.fill('5,00');
    await pay.getByRole('button', { name: new RegExp(`^${s.pay.card}`) }).click();
    await expect.poll(() => text(pay.getByTestId('pay-remaining'))).toBe(euro(CASH_DUE_CENTS));
    await tendered.fill('10,00');
    await pay.getByRole('button', { name: s.pay.cash, exact: true }).click();
    await expect.poll(() => text(pay.getByTestId('pay-change'))).toBe(euro(CHANGE_CENTS));
    await expect(text(pay.getByTestId('pay-remaining'))).resolves.toBe(euro(0));
    await expect(tableRows(pay.getByRole('table', { name: s.pay.payments }))).resolves.toEqual([
      [s.methods.card, euro(CARD_CENTS), ''],
      [s.methods.cash, euro(CASH_TENDERED_CENTS), ''],
    ]);
    await pay.getByRole('button', { name: new RegExp(`^${s.pay.complete}`) }).click();

    // --- The receipt: number 1-000001, the lines with their VAT letters, VAT per rate, payments, change.
    const saleDialog = page.getByRole('dialog', { name: s.receipt.title.replace('{{number}}', '1-000001') });
    await saleDialog.waitFor();
    await pay.waitFor({ state: 'detached' });
    const saleReceipt = saleDialog.getByTestId('receipt');
    await expect(text(saleReceipt.getByTestId('receipt-number'))).resolves.toBe('1-000001');
    await expect(text(saleReceipt.getByTestId('receipt-total'))).resolves.toBe(euro(SALE.totalCents));
    await expect(text(saleReceipt.getByTestId('receipt-change'))).resolves.toBe(euro(CHANGE_CENTS));
    const saleRows = await paperRows(saleReceipt);
    expect(saleRows).toEqual(expect.arrayContaining([
      [s.receipt.number, '1-000001'],
      [s.receipt.staff, CASHIER.name],
      ...BASKET.map((b, i) => [b.product.name, `${euro(SALE.lines[i]!.totalCents)} ${letterOf(RATE_BP[b.product.rate])}`]),
      [s.receipt.total, euro(SALE.totalCents)],
      [s.methods.card, euro(CARD_CENTS)],
      [s.methods.cash, euro(CASH_TENDERED_CENTS)],
      [s.receipt.change, euro(CHANGE_CENTS)],
    ]));
    // The lines in the order they were scanned.
    const names = BASKET.map((b) => b.product.name);
    expect(saleRows.filter((r) => names.includes(r[0]!)).map((r) => r[0])).toEqual(names);
    await expect(text(saleReceipt.getByText(/kg ×/))).resolves.toBe(`0,350 kg × ${euro(APPLES.priceCents)}/kg`);
    await expect(tableRows(saleReceipt.locator('table'))).resolves.toEqual(
      SALE.vat.map((v) => [`${letterOf(v.rateBasisPoints)} ${pct(v.rateBasisPoints)}`, euro(v.netCents), euro(v.vatCents), euro(v.grossCents)]),
    );

    // --- New sale: the cart is empty again.
    await startNewSale(saleDialog, s.receipt.newSale);
    await page.getByText(s.cart.empty, { exact: true }).waitFor();

    // --- Return the bread of receipt 1-000001 (F8), refunded in cash.
    const ret = await openReturnFor(page, '1-000001', s.return);
    const quantity = ret.getByLabel(s.return.quantityFor.replace('{{name}}', RETURNED.name));
    await quantity.fill('1');
    await expect.poll(() => text(ret.getByText(new RegExp(`^${s.return.refund.split('{{amount}}')[0]}`)))).toBe(s.return.refund.replace('{{amount}}', euro(-RETURN_LINE_TOTAL)));
    await expect(ret.getByRole('radio', { name: s.methods.cash }).isChecked()).resolves.toBe(true);
    await ret.getByRole('button', { name: s.return.submit }).click();

    // --- The return receipt: its own number, pointing at the sale, with a negative total.
    const returnDialog = page.getByRole('dialog', { name: s.receipt.title.replace('{{number}}', '1-000002') });
    await returnDialog.waitFor();
    const returnReceipt = returnDialog.getByTestId('receipt');
    await returnReceipt.getByText(s.receipt.kind.return, { exact: true }).waitFor();
    await returnReceipt.getByText(s.receipt.original.replace('{{number}}', '1-000001'), { exact: true }).waitFor();
    await expect(text(returnReceipt.getByTestId('receipt-total'))).resolves.toBe(euro(RETURN_LINE_TOTAL));
    expect(euro(RETURN_LINE_TOTAL)).toBe('-4,20 €');
    await expect(paperRows(returnReceipt)).resolves.toEqual(expect.arrayContaining([
      [RETURNED.name, `${euro(RETURN_LINE_TOTAL)} ${letterIn(RETURN.vat)(RATE_BP[RETURNED.rate])}`],
      [s.methods.cash, euro(RETURN_LINE_TOTAL)],
    ]));
    await expect(returnDialog.getByRole('button', { name: s.void.button }).count()).resolves.toBe(0);
    await startNewSale(returnDialog, s.receipt.newSale);

    // --- Close the shift (⇧F10): count the drawer by denomination so that counted = expected.
    const close = await openCloseShiftDialog(page, s.close.title);
    await expect.poll(() => text(close.getByTestId('close-expected'))).toBe(euro(EXPECTED_CASH_CENTS));
    const counts = countFor(EXPECTED_CASH_CENTS);
    for (const [denomination, count] of counts) await close.getByLabel(euroExact(denomination), { exact: true }).fill(String(count));
    await expect.poll(() => text(close.getByTestId('close-counted'))).toBe(euro(EXPECTED_CASH_CENTS));
    await close.getByText(euroExact(0), { exact: true }).waitFor(); // the difference
    await close.getByRole('button', { name: s.close.submit, exact: true }).click();

    // --- The Z report.
    const zDialog = page.getByRole('dialog', { name: s.report.zTitle.replace('{{number}}', '1') });
    await zDialog.waitFor();
    const report = zDialog.getByTestId('shift-report');
    await expect(text(report.getByTestId('report-expected'))).resolves.toBe(euro(EXPECTED_CASH_CENTS));
    await expect(text(report.getByTestId('report-counted'))).resolves.toBe(euro(EXPECTED_CASH_CENTS));
    await expect(text(report.getByTestId('report-difference'))).resolves.toBe(euro(0));
    const reportRows = await paperRows(report);
    expect(reportRows).toEqual(expect.arrayContaining([
      [s.report.openedBy, CASHIER.name],
      [s.report.closedBy, CASHIER.name],
      [s.report.receipts, '2'],
      [s.report.sales_one.replace('{{count}}', '1'), euro(SALE.totalCents)],
      [s.report.returns_one.replace('{{count}}', '1'), euro(RETURN_LINE_TOTAL)],
      [s.report.voids_other.replace('{{count}}', '0'), euro(0)],
      [s.methods.cash, euro(CASH_TENDER_CENTS)],
      [s.methods.card, euro(CARD_CENTS)],
      [s.report.float, euro(FLOAT_CENTS)],
      [s.report.expected, euro(EXPECTED_CASH_CENTS)],
      [s.report.counted, euro(EXPECTED_CASH_CENTS)],
      [s.report.difference, euro(0)],
      ...[...counts].map(([d, n]) => [`${n} × ${euro(d)}`, euro(n * d)]),
    ]));
    expect(reportRows.some((r) => r[0] === s.methods.voucher)).toBe(false);
    await expect(tableRows(report.locator('table'))).resolves.toEqual(
      SHIFT_VAT.map((v) => [pct(v.rateBasisPoints), euro(v.netCents), euro(v.vatCents), euro(v.grossCents)]),
    );

    // Closing the report leaves the drawer closed: no selling without a new shift.
    await zDialog.getByRole('button', { name: de.common.close, exact: true }).click();
    await page.getByRole('heading', { name: s.shift.closedTitle }).waitFor();
    await context.close();

    // --- The HTTP API: the owner verifies the receipt chain.
    const post = async (channel: string, body: unknown, token?: string) => {
      const response = await fetch(`${server.url}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      expect(response.status, `${channel}: ${response.status}`).toBe(200);
      return ((await response.json()) as { ok: true; data: unknown }).data;
    };
    const { token } = (await post('auth.signIn', OWNER)) as { token: string };
    const verify = (await post('counter.verify', {}, token)) as { receipts: number; ok: boolean; problems: unknown[] };
    expect(verify).toEqual({ receipts: 2, ok: true, problems: [] });
  });
});
