/**
 * The stock screenshots for `npm run screenshots`, on a fresh demo shop of their own: on hand,
 * the low-stock list, a count sheet being scanned, the stock documents and one in its drawer, the
 * valuation, and the counter's stock hint with the next delivery of a placed order. The shop's
 * history (limits, a breakage, a transfer, an order) is made through the HTTP API as the owner;
 * what the pictures show is then done on screen.
 */
import type { Browser } from 'playwright-core';
import { gs1CheckDigit } from '../../src-shared/barcode';
import { blur, signInCashierWithPin } from '../helpers/browser-flows';
import { TEXTS, localDayIn, productId, signedInPage, startDemoShop, type Lang, type Post, type ShotCleanup, type ShotHelpers } from './demo-shop';

const ean = (body: string) => `${body}${gs1CheckDigit(body)}`;
/** Demo products by their sequence (see src-main/modules/setup/demo-data.ts). */
const BAUERNBROT_EAN = ean('400421100001');
const DINKEL_EAN = ean('400421100002');

/** A little history: minimums above on hand for a few products, a breakage, a transfer to the store room, a placed order. */
async function seed(post: Post, lang: Lang) {
  const de = lang === 'de';
  for (const [sequence, extra] of [[1, 8], [6, 5], [58, 30]] as const) {
    const id = await productId(post, sequence, true);
    const stock = await post<{ locations: { locationId: number; quantity: number }[] }>('stock.product', { productId: id });
    const onHand = stock.locations.find((l) => l.locationId === 1)!.quantity;
    await post('stock.limits.set', { productId: id, locationId: 1, minQuantity: onHand + extra * 1000, maxQuantity: onHand + extra * 2000 });
  }
  const bread = await productId(post, 1, true);
  const croissant = await productId(post, 6, true);
  await post('stock.adjust', { locationId: 1, reason: 'waste', note: de ? 'Regal umgekippt' : 'Shelf tipped over', lines: [{ productId: croissant, quantity: -3000 }, { productId: bread, quantity: -1000 }] });
  await post('stock.transfer', { fromLocationId: 1, toLocationId: 2, note: de ? 'Reserve fürs Wochenende' : 'Reserve for the weekend', lines: [{ productId: bread, quantity: 4000 }] });
  await post('stock.adjust', { locationId: 2, reason: 'adjustment', note: de ? 'Lieferung nachgezählt' : 'Delivery recounted', lines: [{ productId: await productId(post, 58, true), quantity: 2000 }] });
  // The store room's bakery shelf counted and posted: one bread less than expected.
  const bakery = (await post<{ id: number; name: string }[]>('catalogue.category.list', {})).find((c) => c.name === 'Backwaren')!.id;
  const storeCount = await post<{ id: number }>('stock.count.start', { locationId: 2, categoryId: bakery });
  await post('stock.count.record', { countId: storeCount.id, productId: bread, mode: 'set', quantity: 3000 });
  await post('stock.count.post', { countId: storeCount.id });
  const supplier = await post<{ id: number }>('purchasing.suppliers.create', { name: de ? 'Bäckerei Korn' : 'Korn Bakery' });
  const order = await post<{ id: number }>('purchasing.orders.create', { supplierId: supplier.id, locationId: 1, lines: [{ productId: bread, quantity: 12_000, unitCostCents: 250 }] });
  await post('purchasing.orders.place', { id: order.id, expectedOn: localDayIn(3) });
}

export async function stockScreens(browser: Browser, lang: Lang, helpers: ShotHelpers, cleanup: ShotCleanup) {
  const { shot } = helpers;
  const t = TEXTS[lang];
  const s = t.stock;
  const { server, post } = await startDemoShop('stock', lang, cleanup);
  await seed(post, lang);

  const page = await signedInPage(browser, server.url, lang, helpers);
  const bread = await productId(post, 1, true);

  await page.goto(`${server.url}/#/back/stock?view=overview`);
  await page.getByTestId(`stock-${bread}`).waitFor();
  await shot(page, `stock-overview-${lang}`);

  await page.goto(`${server.url}/#/back/stock?view=lowStock`);
  await page.getByRole('button', { name: s.reorder }).waitFor();
  await page.getByRole('row').nth(5).waitFor();
  await shot(page, `stock-low-${lang}`);

  // A count of the bakery shelf: some lines typed in by a colleague, two scans on screen.
  const categories = await post<{ id: number; name: string }[]>('catalogue.category.list', {});
  const sheet = await post<{ id: number }>('stock.count.start', { locationId: 1, categoryId: categories.find((c) => c.name === 'Backwaren')!.id });
  for (const [sequence, quantity] of [[2, 14_000], [9, 12_000], [17, 41_000], [4, 21_000], [5, 30_000]] as const) {
    await post('stock.count.record', { countId: sheet.id, productId: await productId(post, sequence, true), mode: 'set', quantity });
  }
  await page.goto(`${server.url}/#/back/stock?view=counts&count=${sheet.id}`);
  const scanField = page.getByLabel(s.counts.scan.label);
  for (const code of [DINKEL_EAN, BAUERNBROT_EAN, BAUERNBROT_EAN]) {
    await scanField.fill(code);
    await scanField.press('Enter');
  }
  await page.getByTestId('count-scan-last').getByText(s.counts.scan.countedSoFar.replace('{{quantity}}', '2')).waitFor();
  // The breads: the counted lines come into view.
  await page.getByLabel(s.search, { exact: true }).fill('brot');
  await page.getByTestId(`count-line-${bread}`).waitFor();
  await scanField.focus();
  await shot(page, `stock-count-${lang}`);

  // What the printer gets: the A4 sheet alone, no buttons (the print dialog itself is left out).
  await page.evaluate(() => { window.print = () => undefined; });
  await page.getByRole('button', { name: s.print.print }).click();
  await page.getByTestId('count-printout').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  await shot(page, `stock-count-print-${lang}`);
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`${server.url}/#/back/stock?view=documents`);
  await page.getByRole('row').nth(4).waitFor();
  await shot(page, `stock-documents-${lang}`);
  await page.getByRole('row').nth(4).getByRole('button', { name: s.documents.open }).click();
  await page.getByTestId('stock-document').getByRole('table').waitFor();
  await shot(page, `stock-document-${lang}`);
  await page.keyboard.press('Escape');

  await page.goto(`${server.url}/#/back/stock?view=valuation`);
  await page.getByTestId('valuation-total').waitFor();
  await page.getByRole('row').nth(3).waitFor();
  await shot(page, `stock-valuation-${lang}`);
  await page.getByRole('button', { name: t.shell.signOut }).click();
  await page.waitForURL(/#\/login$/);

  // The counter: bread scanned, with its stock here, in the store room and the order arriving.
  await signInCashierWithPin(page, t.signIn.ok);
  await page.getByLabel(t.sell.shift.float).fill(lang === 'de' ? '150,00' : '150.00');
  await page.getByRole('button', { name: t.sell.shift.open, exact: true }).click();
  await page.getByText(t.sell.cart.empty, { exact: true }).waitFor();
  await blur(page);
  await page.keyboard.type(BAUERNBROT_EAN);
  await page.keyboard.press('Enter');
  await page.getByTestId('counter-stock').filter({ hasText: /·.*·/ }).waitFor();
  await blur(page);
  await shot(page, `stock-counter-hint-${lang}`);
  await page.context().close();
}
