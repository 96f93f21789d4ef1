/**
 * The customers screenshots for `npm run screenshots`, on a fresh demo shop of their own: at the
 * counter, finding a customer as you type, the customer in the cart, paying on account and the
 * receipt with the customer; in the back office, the customer list with open balances, a customer
 * with history and account, the account statement, recording a payment and the new-customer
 * dialog with the duplicate hint. A few customers and their earlier business are made through the
 * HTTP API as the owner; what the pictures show is then done on screen.
 */
import type { Browser } from 'playwright-core';
import { gs1CheckDigit } from '../../src-shared/barcode';
import { blur } from '../helpers/browser-flows';
import { TEXTS, signedInPage, startDemoShop, type Lang, type Post, type ShotCleanup, type ShotHelpers } from './demo-shop';

const ean = (body: string) => `${body}${gs1CheckDigit(body)}`;
const BAUERNBROT_EAN = ean('400421100001');
const DINKEL_EAN = ean('400421100002');

/** Customers, an open shift and some earlier sales on account with a part payment. */
async function seed(post: Post, lang: Lang): Promise<number> {
  const de = lang === 'de';
  const krume = await post<{ id: number }>('customers.create', {
    kind: 'business', name: de ? 'Gasthaus Zur Linde' : 'The Linden Inn', contactPerson: de ? 'Karl Krume' : 'Carl Crumb', phone: '0221 4455667',
    email: 'kueche@linde.example', vatId: 'DE123456789', street: de ? 'Lindenallee 4' : '4 Linden Avenue', postalCode: '50667', city: 'Köln',
    countryCode: 'DE', paymentTermsDays: 14, onAccount: true, creditLimitCents: 50_000,
  });
  for (const fields of [
    { name: 'Anna Berger', phone: '0171 2345678', email: 'anna.berger@example.de', city: 'Köln' },
    { name: de ? 'Bernd Krüger' : 'Ben Kruger', phone: '0221 987654', city: 'Köln' },
    { kind: 'business', name: de ? 'Kita Sonnenschein e. V.' : 'Sunshine Nursery', contactPerson: 'Maria Sommer', email: 'einkauf@kita-sonne.example', city: 'Hürth', onAccount: true, paymentTermsDays: 30 },
    { name: 'Dora Schmitz', email: 'dora@example.de' },
  ]) await post('customers.create', fields);
  await post('shift.open', { floatCents: 15_000 });
  const bread = (await post<{ id: number }[]>('catalogue.search', { query: BAUERNBROT_EAN, limit: 1 }))[0]!.id;
  const rolls = (await post<{ id: number }[]>('catalogue.search', { query: DINKEL_EAN, limit: 1 }))[0]!.id;
  let ref = 0;
  const sale = (lines: { productId: number; quantity: number }[], cents: number) => post('counter.checkout', {
    cart: { lines: lines.map((l) => ({ type: 'product', ...l })) }, payments: [{ method: 'account', amountCents: cents }],
    clientRef: `shots-customers-${lang}-${++ref}`, customerId: krume.id,
  });
  await sale([{ productId: bread, quantity: 4000 }, { productId: rolls, quantity: 20_000 }], 2980);
  await sale([{ productId: rolls, quantity: 30_000 }], 1950);
  await post('customers.payment.record', { customerId: krume.id, amountCents: 2980, method: 'bank', note: de ? 'Überweisung' : 'Bank transfer' });
  return krume.id;
}

export async function customersScreens(browser: Browser, lang: Lang, helpers: ShotHelpers, cleanup: ShotCleanup) {
  const { shot } = helpers;
  const t = TEXTS[lang];
  const c = t.customers;
  const { server, post } = await startDemoShop('customers', lang, cleanup);
  const customerId = await seed(post, lang);

  const page = await signedInPage(browser, server.url, lang, helpers);

  // The counter: two items, then the customer found as you type.
  await page.goto(`${server.url}/#/counter`);
  await page.getByText(t.sell.cart.empty, { exact: true }).waitFor();
  await blur(page);
  await page.keyboard.type(BAUERNBROT_EAN);
  await page.keyboard.press('Enter');
  await page.keyboard.type(DINKEL_EAN);
  await page.keyboard.press('Enter');
  await page.getByTestId('cart-line').nth(1).waitFor();
  await blur(page);
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: c.counter.title });
  await dialog.getByLabel(c.counter.searchLabel).fill(lang === 'de' ? 'lin' : 'lind');
  await dialog.getByTestId('customer-hit').first().waitFor();
  await shot(page, `customers-counter-search-${lang}`);
  await dialog.getByTestId('customer-hit').first().click();
  await page.getByTestId('cart-customer').waitFor();
  await shot(page, `customers-counter-cart-${lang}`);

  // Paying on account, and the receipt naming the customer.
  await blur(page);
  await page.keyboard.press('F12');
  const pay = page.getByRole('dialog', { name: t.sell.pay.title });
  await pay.getByTestId('pay-account-hint').waitFor();
  await shot(page, `customers-counter-pay-${lang}`);
  await pay.getByRole('button', { name: t.sell.methods.account }).click();
  await pay.getByRole('button', { name: new RegExp(t.sell.pay.complete) }).click();
  await page.getByRole('dialog').getByTestId('receipt-customer').waitFor();
  await shot(page, `customers-counter-receipt-${lang}`);
  await page.keyboard.press('Escape');

  // The back office: the list, the customer, the statement, a payment, a new customer's duplicate hint.
  await page.goto(`${server.url}/#/back/sales?view=customers`);
  await page.getByTestId('customer-row').nth(4).waitFor();
  await shot(page, `customers-list-${lang}`);
  await page.goto(`${server.url}/#/back/sales?view=customers&customer=${customerId}`);
  await page.getByTestId('history-item').nth(2).waitFor();
  await shot(page, `customers-detail-${lang}`);
  await page.getByRole('tab', { name: c.detail.statement }).click();
  await page.getByTestId('statement-closing').waitFor();
  await shot(page, `customers-statement-${lang}`);
  await page.getByRole('button', { name: c.payment.record }).click();
  await page.getByRole('dialog').getByLabel(new RegExp(`^${c.payment.amount}`)).waitFor();
  await shot(page, `customers-payment-${lang}`);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await page.goto(`${server.url}/#/back/sales?view=customers`);
  await page.getByRole('button', { name: c.list.new }).click();
  const create = page.getByRole('dialog', { name: c.form.createTitle });
  await create.getByLabel(new RegExp(`^${c.fields.name}`)).fill('A. Berger');
  await create.getByLabel(c.fields.phone).fill('0171 234 56 78');
  await create.getByRole('button', { name: c.form.create, exact: true }).click();
  await create.getByTestId('duplicate-hint').waitFor();
  await shot(page, `customers-duplicate-${lang}`);
  await page.context().close();
}
