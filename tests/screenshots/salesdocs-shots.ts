/**
 * The sales documents screenshots for `npm run screenshots`, on a fresh demo shop of their own:
 * the quotes list, a quote being written (customer, catalogue product, free-text line, totals),
 * the invoices in every state, an invoice with its payments, the payment dialog and the overdue
 * view. The earlier documents are made through the HTTP API as the owner.
 */
import type { Browser } from 'playwright-core';
import { TEXTS, signedInPage, startDemoShop, type Lang, type Post, type ShotCleanup, type ShotHelpers } from './demo-shop';

interface Doc { id: number; number: string | null; grossCents: number }

/** Two business customers; a quote → order → invoice chain, partly paid; a second invoice with a partial credit note; a draft. */
async function seed(post: Post, lang: Lang): Promise<number> {
  const de = lang === 'de';
  const rates = await post<{ id: number; rateBasisPoints: number }[]>('settings.vatRates.list', {});
  const rate = (bp: number) => rates.find((r) => r.rateBasisPoints === bp)!.id;
  const adler = await post<{ id: number }>('customers.create', {
    kind: 'business', name: 'Hotel Adler GmbH', contactPerson: 'Eva Adler', vatId: 'DE811907980', street: 'Schwarzwaldstraße 12', postalCode: '79117',
    city: 'Freiburg', countryCode: 'DE', paymentTermsDays: 14,
  });
  const linde = await post<{ id: number }>('customers.create', {
    kind: 'business', name: 'Gasthaus Linde KG', vatId: 'DE296541230', street: 'Marktplatz 3', postalCode: '79098', city: 'Freiburg', countryCode: 'DE', paymentTermsDays: 30,
  });
  const coffee = { description: de ? 'Kaffeebohnen Hausmischung 1 kg' : 'Coffee beans house blend 1 kg', quantity: 12_000, unit: 'piece', unitPriceCents: 1680, vatRateId: rate(700) };
  const service = { description: de ? 'Wartung Kaffeemaschine' : 'Coffee machine service', quantity: 1500, unit: 'hour', unitPriceCents: 6500, discountBasisPoints: 1000, vatRateId: rate(1900) };
  const delivery = { description: de ? 'Lieferung frei Haus' : 'Free delivery', quantity: 1000, unit: 'flat', unitPriceCents: 1500, vatRateId: rate(1900) };
  const quote = await post<Doc>('salesdocs.create', { kind: 'quote', customerId: adler.id, reference: 'EK-2026-031', lines: [coffee, service, delivery] });
  await post('salesdocs.issue', { id: quote.id });
  const order = await post<Doc>('salesdocs.convert', { id: quote.id, to: 'order' });
  await post('salesdocs.issue', { id: order.id });
  const draft = await post<Doc>('salesdocs.convert', { id: order.id, to: 'invoice' });
  const invoice = await post<Doc>('salesdocs.issue', { id: draft.id });
  await post('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 15_000, method: 'bank', note: de ? 'Abschlag' : 'Instalment' });
  const second = await post<Doc>('salesdocs.create', { kind: 'invoice', customerId: linde.id, deliveryFrom: null, lines: [{ ...coffee, quantity: 6000 }, delivery] });
  const issued = await post<Doc>('salesdocs.issue', { id: second.id });
  const credit = await post<Doc>('salesdocs.credit', { invoiceId: issued.id });
  await post('salesdocs.update', { id: credit.id, customerId: linde.id, lines: [{ ...coffee, quantity: 1000 }] });
  await post('salesdocs.issue', { id: credit.id });
  await post('salesdocs.create', { kind: 'invoice', customerId: linde.id, lines: [service] });
  await post('salesdocs.create', { kind: 'quote', customerId: linde.id, lines: [{ ...coffee, quantity: 24_000 }] });
  return invoice.id;
}

export async function salesdocsScreens(browser: Browser, lang: Lang, helpers: ShotHelpers, cleanup: ShotCleanup) {
  const { shot } = helpers;
  const t = TEXTS[lang];
  const s = t.salesdocs;
  const { server, post } = await startDemoShop('salesdocs', lang, cleanup);
  const invoiceId = await seed(post, lang);

  const page = await signedInPage(browser, server.url, lang, helpers);

  await page.goto(`${server.url}/#/back/sales?view=quotes`);
  await page.getByTestId('salesdocs-row').first().waitFor();
  await shot(page, `salesdocs-quotes-${lang}`);

  // A new quote written on screen: customer, a catalogue product, a free-text line.
  await page.getByRole('button', { name: s.list.newQuote }).click();
  await page.getByPlaceholder(s.editor.customerSearch).fill('Adler');
  await page.getByRole('option', { name: /Hotel Adler GmbH/ }).click();
  await page.getByTestId('salesdocs-customer').waitFor();
  await page.getByLabel(s.editor.addProduct).fill('Cola');
  await page.getByRole('option', { name: /^Cola 0,5 l LM-/ }).click();
  await page.getByLabel(s.editor.quantityOf.replace('{{position}}', '1')).fill('48');
  await page.getByRole('button', { name: s.editor.addFreeLine }).click();
  await page.getByLabel(s.editor.descriptionOf.replace('{{position}}', '2')).fill(lang === 'de' ? 'Kühlschrank-Miete Sommerfest' : 'Fridge hire summer party');
  await page.getByLabel(s.editor.unitOf.replace('{{position}}', '2')).selectOption({ label: s.unitNames.day });
  await page.getByLabel(s.editor.quantityOf.replace('{{position}}', '2')).fill('3');
  await page.getByLabel(s.editor.unitPriceOf.replace('{{position}}', '2')).fill('35');
  await page.getByTestId('salesdocs-totals').waitFor();
  await shot(page, `salesdocs-editor-${lang}`);

  await page.goto(`${server.url}/#/back/sales?view=invoices`);
  await page.getByTestId('salesdocs-row').nth(2).waitFor();
  await shot(page, `salesdocs-invoices-${lang}`);

  await page.goto(`${server.url}/#/back/sales?view=invoices&doc=${invoiceId}`);
  await page.getByTestId('salesdocs-open').waitFor();
  await shot(page, `salesdocs-invoice-${lang}`);
  await page.getByRole('button', { name: s.detail.pay }).click();
  await page.getByRole('dialog').waitFor();
  await shot(page, `salesdocs-payment-${lang}`);
  await page.keyboard.press('Escape');

  await page.goto(`${server.url}/#/back/sales?view=overdue`);
  await page.getByText(s.list.overdueHint).waitFor();
  await shot(page, `salesdocs-overdue-${lang}`);
  await page.context().close();
}
