/**
 * The outgoing-deliveries screenshots for `npm run screenshots`, on a fresh demo shop of their
 * own: the list with deliveries in every state, a new delivery being written, and a shipped one
 * with its history. The earlier deliveries are made through the HTTP API as the owner; what the
 * pictures show is then done on screen.
 */
import type { Browser } from 'playwright-core';
import { TEXTS, localDayIn, productId, signedInPage, startDemoShop, type Lang, type Post, type ShotCleanup, type ShotHelpers } from './demo-shop';

/** Four earlier deliveries: delivered, shipped, packed, cancelled. */
async function seed(post: Post, lang: Lang): Promise<number> {
  const de = lang === 'de';
  const [bread, rolls, cheese, apples] = await Promise.all([productId(post, 1), productId(post, 2), productId(post, 41), productId(post, 25)]);
  const create = (recipient: Record<string, string>, reference: string, plannedIn: number, lines: [number, number][]) =>
    post<{ id: number }>('deliveries.create', { recipient, reference, locationId: 1, plannedOn: localDayIn(plannedIn), lines: lines.map(([p, q]) => ({ productId: p, quantity: q })) });
  const linde = await create({ name: 'Gasthaus Linde', street: 'Marktplatz 3', postalCode: '79098', city: 'Freiburg', contact: de ? 'Frau Berger' : 'Ms Berger' }, 'B-2026-14', -3, [[bread, 6000], [rolls, 40_000]]);
  const hotel = await create({ name: 'Hotel Sonne', street: 'Ring 1', postalCode: '1010', city: 'Wien', countryCode: 'AT' }, 'PO-4471', -1, [[cheese, 2500], [apples, 5000]]);
  const kita = await create({ name: 'Kita Regenbogen', street: 'Schulweg 7', postalCode: '79100', city: 'Freiburg' }, '', 0, [[apples, 3000], [bread, 2000]]);
  const cafe = await create({ name: 'Café Blau', street: 'Gasse 2', postalCode: '79102', city: 'Freiburg' }, '', 1, [[rolls, 20_000]]);
  for (const id of [linde.id, hotel.id, kita.id]) await post('deliveries.pack', { id, note: '' });
  for (const id of [linde.id, hotel.id]) await post('deliveries.ship', { id, note: de ? 'DHL 0034 5521' : 'DHL 0034 5521' });
  await post('deliveries.deliver', { id: linde.id, note: de ? 'vom Koch angenommen' : 'received by the chef' });
  await post('deliveries.cancel', { id: cafe.id, reason: de ? 'Kunde hat abgesagt' : 'Customer called it off' });
  return hotel.id;
}

export async function deliveriesScreens(browser: Browser, lang: Lang, helpers: ShotHelpers, cleanup: ShotCleanup) {
  const { shot } = helpers;
  const t = TEXTS[lang];
  const d = t.deliveries;
  const { server, post } = await startDemoShop('deliveries', lang, cleanup);
  const shippedId = await seed(post, lang);

  const page = await signedInPage(browser, server.url, lang, helpers);

  await page.goto(`${server.url}/#/back/purchasing?view=deliveries`);
  await page.getByTestId(`delivery-${shippedId}`).waitFor();
  await shot(page, `deliveries-list-${lang}`);

  // A new delivery written on screen: recipient, reference, two products.
  await page.getByRole('button', { name: d.new }).click();
  await page.getByLabel(new RegExp(`^${d.form.name}`)).fill('Bioladen Grünkern');
  await page.getByLabel(new RegExp(`^${d.form.contact}`)).fill(lang === 'de' ? 'Herr Okafor' : 'Mr Okafor');
  await page.getByLabel(new RegExp(`^${d.form.street}`)).fill('Wiesenstraße 12');
  await page.getByLabel(new RegExp(`^${d.form.postalCode}`)).fill('79104');
  await page.getByLabel(new RegExp(`^${d.form.city}`)).fill('Freiburg');
  await page.getByLabel(new RegExp(`^${d.form.reference}`)).fill('GK-0815');
  for (const [name, quantity] of [['Bauernbrot', '10'], ['Bergkäse', lang === 'de' ? '1,5' : '1.5']] as const) {
    await page.getByLabel(d.form.product).fill(name);
    await page.getByRole('option', { name: new RegExp(`^${name} LM-`) }).click();
    await page.getByLabel(d.form.quantityOf.replace('{{name}}', name)).fill(quantity);
  }
  await shot(page, `deliveries-new-${lang}`);
  await page.getByRole('button', { name: d.form.save }).click();
  await page.getByRole('button', { name: d.detail.pack, exact: true }).waitFor();
  await page.getByRole('button', { name: d.detail.back }).click();

  // The shipped delivery with its history.
  await page.getByTestId(`delivery-${shippedId}`).getByRole('button').click();
  await page.getByTestId('delivery-history').waitFor();
  await shot(page, `deliveries-detail-${lang}`);
  await page.context().close();
}
