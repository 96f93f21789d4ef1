/**
 * The production screenshots for `npm run screenshots`, on a fresh demo shop of their own: the
 * work board with orders in every open column (one late), a service job in its drawer with notes,
 * time and material, a bill of materials with its rolled-up cost, and a production about to be
 * posted for a stock work order. The orders and the bill are made through the HTTP API as the owner.
 */
import type { Browser } from 'playwright-core';
import { TEXTS, localDayIn, productId, signedInPage, startDemoShop, type Lang, type Post, type ShotCleanup, type ShotHelpers } from './demo-shop';

interface Seeded { basket: number; watchNumber: number; stockOrder: number }

async function seed(post: Post, lang: Lang): Promise<Seeded> {
  const de = lang === 'de';
  const ids = await Promise.all([183, 182, 97, 188, 153, 8, 51, 49].map((s) => productId(post, s)));
  const [basket, honey, chocolate, bag, batteries, zopf, butter, milk] = ids as [number, number, number, number, number, number, number, number];
  await post('production.bom.save', {
    productId: basket, note: de ? 'Standardkorb' : 'Standard basket',
    components: [{ productId: honey, quantity: 1000 }, { productId: chocolate, quantity: 2000 }, { productId: bag, quantity: 1000 }],
  });
  await post('production.bom.save', { productId: zopf, outputQuantity: 3000, components: [{ productId: butter, quantity: 2000 }, { productId: milk, quantity: 1000 }] });

  type Order = { id: number; number: number };
  const create = (fields: Record<string, unknown>) => post<Order>('production.workOrders.create', fields);
  const step = async (id: number, ...statuses: string[]) => { for (const status of statuses) await post('production.workOrders.setStatus', { id, status, note: '' }); };
  const watch = await create({
    kind: 'serviceJob', title: de ? 'Armbanduhr Junghans' : 'Junghans wristwatch', fault: de ? 'Bleibt nachts stehen, Glas verkratzt' : 'Stops at night, glass scratched',
    priceCents: 2500, priceIsEstimate: true, promisedOn: localDayIn(2), assigneeId: 2,
  });
  await step(watch.id, 'inProgress');
  await post('production.workOrders.addNote', { id: watch.id, text: de ? 'Kunde möchte vor dem Tausch des Glases angerufen werden.' : 'Customer wants a call before the glass is replaced.', counterVisible: true });
  await post('production.workOrders.addNote', { id: watch.id, text: de ? 'Werk reinigen, Batterie neu.' : 'Clean the movement, new battery.', counterVisible: false });
  await post('production.workOrders.addTime', { id: watch.id, staffId: 2, workedOn: localDayIn(0), minutes: 45, note: de ? 'Fehlersuche' : 'Diagnosis' });
  await post('production.workOrders.addMaterials', { id: watch.id, locationId: 1, note: '', lines: [{ productId: batteries, quantity: 1000 }] });
  const radio = await create({ kind: 'serviceJob', title: de ? 'Radio Grundig' : 'Grundig radio', fault: de ? 'Kein Empfang' : 'No reception', promisedOn: localDayIn(-3) });
  await post('production.workOrders.assign', { id: radio.id, assigneeId: 1, note: '' });
  const weber = await create({ kind: 'customerOrder', title: de ? 'Geschenkkörbe für Firma Weber' : 'Gift baskets for Weber Ltd', productId: basket, quantity: 5000, promisedOn: localDayIn(5), priceCents: 12_500, assigneeId: 2 });
  await step(weber.id, 'inProgress', 'waitingForParts');
  const stock = await create({ kind: 'stock', title: de ? 'Geschenkkörbe für die Adventszeit' : 'Gift baskets for Advent', productId: basket, quantity: 10_000, promisedOn: localDayIn(10) });
  const cake = await create({ kind: 'customerOrder', title: de ? 'Hefezopf für Familie Maier' : 'Plaited loaf for the Maier family', productId: zopf, quantity: 2000, promisedOn: localDayIn(1), priceCents: 700 });
  await step(cake.id, 'inProgress', 'ready');
  await create({ kind: 'serviceJob', title: de ? 'Kaffeemühle' : 'Coffee grinder', fault: de ? 'Mahlwerk blockiert' : 'Burr jammed', promisedOn: localDayIn(-1) });
  return { basket, watchNumber: watch.number, stockOrder: stock.id };
}

export async function productionScreens(browser: Browser, lang: Lang, helpers: ShotHelpers, cleanup: ShotCleanup) {
  const { shot } = helpers;
  const t = TEXTS[lang];
  const p = t.production;
  const { server, post } = await startDemoShop('production', lang, cleanup);
  const { basket, watchNumber, stockOrder } = await seed(post, lang);

  const page = await signedInPage(browser, server.url, lang, helpers);

  await page.goto(`${server.url}/#/back/production?view=board`);
  await page.getByTestId(`work-order-${watchNumber}`).waitFor();
  await shot(page, `production-board-${lang}`);

  // The watch in its drawer, then its materials.
  await page.getByTestId(`work-order-${watchNumber}`).getByRole('button', { name: new RegExp(p.board.open.split('{{')[0]!) }).click();
  const drawer = page.getByTestId('work-order-drawer');
  await drawer.getByText(p.notes.atCounter).first().waitFor();
  await shot(page, `production-job-${lang}`);
  await drawer.getByRole('tab', { name: new RegExp(`^${p.detail.tabs.materials.split(' ')[0]!}`) }).click();
  await drawer.getByTestId('material-total').waitFor();
  await shot(page, `production-job-materials-${lang}`);
  await page.keyboard.press('Escape');

  await page.goto(`${server.url}/#/back/production?view=boms&product=${basket}`);
  await page.getByTestId('bom-unit-cost').waitFor();
  await shot(page, `production-bom-${lang}`);

  await page.goto(`${server.url}/#/back/production?view=produce&for=${stockOrder}`);
  await page.getByTestId('produce-unit-cost').waitFor();
  await shot(page, `production-produce-${lang}`);
  await page.context().close();
}
