/**
 * The improvement screenshots for `npm run screenshots`, on a fresh demo shop of their own: the
 * counter's capture dialog for a lost sale (opened with ⇧F2), the counter's hint with a resolution,
 * the improvement board, an item with its history, and the charts. The earlier feedback is made
 * through the HTTP API as the owner; what the pictures show is then done on screen.
 */
import type { Browser } from 'playwright-core';
import { gs1CheckDigit } from '../../src-shared/barcode';
import { blur, signInWithPassword } from '../helpers/browser-flows';
import { TEXTS, productId, signedInPage, startDemoShop, type Lang, type Post, type ShotCleanup, type ShotHelpers } from './demo-shop';

const BAUERNBROT_EAN = `400421100001${gs1CheckDigit('400421100001')}`;

/** What customers said over the last days, and what the shop did about some of it. */
async function seed(post: Post, lang: Lang): Promise<number> {
  const de = lang === 'de';
  const bread = await productId(post, 1, true);
  const croissant = await productId(post, 6, true);
  const milk = await productId(post, 49, true);
  const record = (input: Record<string, unknown>) => post<{ id: number }>('feedback.record', input);
  const update = (id: number, status: string, resolution = '', note = '') => post('feedback.update', { id, status, ownerId: 1, resolution, note });

  const dry = await record({ kind: 'complaint', text: de ? 'Kruste zu hart, innen trocken' : 'Crust too hard, dry inside', productId: bread });
  await record({ kind: 'complaint', text: de ? 'Brot vom Vortag verkauft' : 'Sold yesterday’s bread', productId: bread });
  await record({ kind: 'complaint', text: de ? 'Croissant war zerdrückt' : 'Croissant was squashed', productId: croissant });
  const oat = await record({ kind: 'wish', text: de ? 'Hafermilch' : 'Oat milk' });
  await record({ kind: 'lostSale', text: de ? 'Hafermilch' : 'Oat milk', quantity: 2000, valueCents: 398 });
  await record({ kind: 'lostSale', text: de ? 'hafermilch' : 'oat milk', quantity: 1000, valueCents: 199 });
  const sold = await record({ kind: 'lostSale', productId: bread, text: de ? 'Ausverkauft um 11 Uhr' : 'Sold out at 11 am', quantity: 3000 });
  await record({ kind: 'lostSale', productId: milk, quantity: 6000 });
  await record({ kind: 'wish', productId: bread, text: de ? 'Auch als halbes Brot' : 'As a half loaf too' });
  await record({ kind: 'question', text: de ? 'Liefern Sie auch nach Hause?' : 'Do you deliver to homes?' });

  await update(oat.id, 'inReview', '', de ? 'Beim Großhandel anfragen' : 'Ask the wholesaler');
  await update(oat.id, 'actionPlanned', de ? 'Ab Dezember im Sortiment' : 'In the range from December');
  await update(dry.id, 'inReview');
  await update(dry.id, 'done', de ? 'Backzeit angepasst, Bäcker informiert' : 'Baking time adjusted, baker told');
  await update(sold.id, 'inReview');
  await update(sold.id, 'actionPlanned', de ? 'Samstags 10 Brote mehr backen' : 'Bake 10 more loaves on Saturdays');
  return oat.id;
}

export async function feedbackScreens(browser: Browser, lang: Lang, helpers: ShotHelpers, cleanup: ShotCleanup) {
  const { shot, chooseLanguage } = helpers;
  const t = TEXTS[lang];
  const f = t.feedback;
  const { server, post } = await startDemoShop('feedback', lang, cleanup);
  const oatId = await seed(post, lang);

  // The counter: bread scanned, its feedback hint, then ⇧F2 for a lost sale.
  const page = await signedInPage(browser, server.url, lang, helpers, 'cashier');
  await page.getByLabel(t.sell.shift.float).fill(lang === 'de' ? '150,00' : '150.00');
  await page.getByRole('button', { name: t.sell.shift.open, exact: true }).click();
  await page.getByText(t.sell.cart.empty, { exact: true }).waitFor();
  await blur(page);
  await page.keyboard.type(BAUERNBROT_EAN);
  await page.keyboard.press('Enter');
  await page.getByTestId('counter-feedback').waitFor();
  await blur(page);
  await page.keyboard.press('Shift+F2');
  const dialog = page.getByRole('dialog', { name: f.capture.title });
  await dialog.waitFor();
  await dialog.getByText(f.kinds.lostSale, { exact: true }).click();
  await dialog.getByLabel(f.capture.quantity).fill('4');
  await dialog.getByLabel(f.capture.text.lostSale).fill(lang === 'de' ? 'Wollte vier für ein Fest am Samstag' : 'Wanted four for a party on Saturday');
  await shot(page, `feedback-capture-${lang}`);
  await dialog.getByRole('button', { name: f.capture.save, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  await page.getByTestId('counter-feedback').filter({ hasText: /3/ }).waitFor();
  await shot(page, `feedback-counter-hint-${lang}`);
  await page.getByRole('button', { name: t.shell.signOut }).click();
  await page.waitForURL(/#\/login$/);

  // The back office: the board, an item with its history, the charts.
  await signInWithPassword(page, t.signIn);
  await chooseLanguage(page, lang);
  await page.goto(`${server.url}/#/back/improvement`);
  await page.getByTestId('feedback-group').first().waitFor();
  await shot(page, `feedback-board-${lang}`);
  await page.getByRole('button', { name: f.board.openItem.replace('{{id}}', String(oatId)) }).click();
  await page.getByRole('dialog', { name: f.detail.title.replace('{{id}}', String(oatId)) }).getByText(f.detail.history).waitFor();
  await shot(page, `feedback-item-${lang}`);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: f.tabs.charts }).click();
  await page.getByRole('img', { name: new RegExp(f.charts.lostValue) }).waitFor();
  await shot(page, `feedback-charts-${lang}`);
  await page.context().close();
}
