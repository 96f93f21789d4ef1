/**
 * The purchasing screenshots for `npm run screenshots`, on a fresh demo shop of their own (the demo
 * brings two suppliers and products below their minimum): the reorder suggestions turned into
 * draft orders, a draft, the placed order, a partial goods receipt counted by scanning, the order
 * partly received, a supplier invoice being recorded and paid, the suppliers, one supplier, the
 * incoming deliveries (one overdue order made through the HTTP API) and the order list.
 */
import type { Browser } from 'playwright-core';
import { demoProducts } from '../../src-main/modules/setup/demo-data';
import { TEXTS, localDayIn, signedInPage, startDemoShop, type Lang, type Post, type ShotCleanup, type ShotHelpers } from './demo-shop';

const COLA_EAN = demoProducts().find((p) => p.name === 'Cola 0,5 l')!.ean!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fill = (text: string, values: Record<string, string | number>) => text.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key]));

/** An order at the roaster that should have arrived two days ago: the incoming list shows it overdue. */
async function seed(post: Post) {
  const suppliers = await post<{ id: number; name: string }[]>('purchasing.suppliers.list', {});
  const roaster = suppliers.find((s) => s.name === 'Rösterei Berger')!;
  const supplier = await post<{ products: { productId: number; priceCents: number; packSize: number }[] }>('purchasing.suppliers.get', { id: roaster.id });
  const lines = supplier.products.slice(1, 3).map((p) => ({ productId: p.productId, quantity: p.packSize, unitCostCents: p.priceCents }));
  const order = await post<{ id: number }>('purchasing.orders.create', { supplierId: roaster.id, locationId: 2, lines });
  await post('purchasing.orders.place', { id: order.id, expectedOn: localDayIn(-2) });
}

export async function purchasingScreens(browser: Browser, lang: Lang, helpers: ShotHelpers, cleanup: ShotCleanup) {
  const { shot } = helpers;
  const t = TEXTS[lang];
  const p = t.purchasing;
  const { server, post } = await startDemoShop('purchasing', lang, cleanup);
  await seed(post);

  const page = await signedInPage(browser, server.url, lang, helpers);
  const notificationsGone = () => page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);

  // Reorder suggestions → draft orders → the wholesaler's draft.
  await page.goto(`${server.url}/#/back/purchasing?view=reorder`);
  await page.getByRole('table', { name: p.tabs.reorder }).getByRole('row').nth(4).waitFor();
  await shot(page, `purchasing-reorder-${lang}`);
  await page.getByRole('button', { name: new RegExp(`^${escape(p.reorder.createOrders.split('(')[0]!.trim())}`) }).click();
  const created = page.getByTestId('reorder-created');
  await created.waitFor();
  await shot(page, `purchasing-reorder-created-${lang}`);
  await created.getByRole('button', { name: /Großhandel Nord GmbH/ }).click();
  await page.getByRole('button', { name: p.orders.place, exact: true }).waitFor();
  await page.getByTestId('order-total').waitFor();
  await shot(page, `purchasing-order-draft-${lang}`);

  // Placed, then half a crate of cola arrives: two scans.
  await page.getByRole('button', { name: p.orders.place, exact: true }).click();
  await page.getByRole('button', { name: p.orders.receive, exact: true }).waitFor();
  await notificationsGone();
  await shot(page, `purchasing-order-${lang}`);
  await page.getByRole('button', { name: p.orders.receive, exact: true }).click();
  const scan = page.getByLabel(p.scan.label, { exact: true });
  for (let i = 0; i < 2; i += 1) {
    await scan.fill(COLA_EAN);
    await scan.press('Enter');
  }
  await page.getByText(new RegExp(`^${escape(fill(p.scan.addedOf, { name: 'Cola 0,5 l', counted: 2, outstanding: '#' })).replace('#', '\\d+')}$`)).waitFor();
  await page.getByLabel(p.receipts.deliveryNote).fill('LS-20931');
  await shot(page, `purchasing-receipt-${lang}`);
  await page.getByRole('button', { name: p.receipts.submit }).click();
  await page.getByText(p.status.partlyReceived, { exact: true }).first().waitFor();
  await notificationsGone();
  await shot(page, `purchasing-order-partial-${lang}`);

  // The wholesaler's invoice for that receipt, recorded and paid.
  await page.goto(`${server.url}/#/back/purchasing?view=invoices`);
  await page.getByRole('button', { name: p.invoices.record }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('combobox', { name: new RegExp(`^${p.supplier}`) }).selectOption({ label: 'Großhandel Nord GmbH' });
  await form.getByLabel(new RegExp(`^${p.invoices.number}`)).fill('2026-10442');
  await form.getByRole('checkbox').first().check();
  await form.getByTestId('invoice-gross').filter({ hasText: /[1-9]/ }).waitFor();
  await shot(page, `purchasing-invoice-form-${lang}`);
  await form.getByRole('button', { name: p.invoices.save }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: fill(p.invoices.payNumber, { number: '2026-10442' }) }).click();
  await page.getByRole('dialog').getByRole('button', { name: p.invoices.pay, exact: true }).waitFor();
  await shot(page, `purchasing-payment-${lang}`);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await notificationsGone();
  await shot(page, `purchasing-invoices-${lang}`);

  await page.goto(`${server.url}/#/back/purchasing?view=suppliers`);
  await page.getByRole('button', { name: 'Rösterei Berger' }).waitFor();
  await shot(page, `purchasing-suppliers-${lang}`);
  await page.getByRole('button', { name: 'Großhandel Nord GmbH' }).click();
  await page.getByRole('table', { name: p.suppliers.products }).getByRole('row').nth(3).waitFor();
  await shot(page, `purchasing-supplier-${lang}`);

  await page.goto(`${server.url}/#/back/purchasing?view=incoming`);
  await page.getByTestId('incoming-summary').waitFor();
  await shot(page, `purchasing-incoming-${lang}`);

  await page.goto(`${server.url}/#/back/purchasing?view=orders`);
  await page.getByRole('table', { name: p.tabs.orders }).getByRole('row').nth(2).waitFor();
  await shot(page, `purchasing-orders-${lang}`);
  await page.context().close();
}
