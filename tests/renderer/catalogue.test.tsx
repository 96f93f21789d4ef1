import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetCatalogueStore } from '../../src-renderer/features/catalogue/store';
import { openTab, renderApp, signInOwner } from './render-app';

beforeEach(() => resetCatalogueStore());

test('the owner creates a product through the dialog and finds it by search', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await openTab('catalogue');
  expect(await screen.findByRole('heading', { name: 'Sortiment' })).toBeInTheDocument();
  await screen.findByText('Bauernbrot');

  await user.click(screen.getByRole('button', { name: 'Neuer Artikel' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/Bezeichnung/), 'Sauerteigbrot');
  await user.type(within(dialog).getByLabelText(/Artikelnummer/), 'BR-100');
  await user.selectOptions(within(dialog).getByLabelText('Warengruppe'), 'Backwaren');
  await user.type(within(dialog).getByLabelText(/Verkaufspreis/), '4,59');
  await user.selectOptions(within(dialog).getByLabelText('Mehrwertsteuer'), within(dialog).getByRole('option', { name: /Ermäßigt/ }));
  await user.type(within(dialog).getByLabelText(/Einkaufspreis/), '2,1');
  await user.type(within(dialog).getByRole('combobox', { name: 'Barcodes' }), '4006381333931{enter}');
  await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  const row = t.core.db.prepare("SELECT price_cents, cost_cents, vat_rate_id, category_id FROM products WHERE sku = 'BR-100'").get();
  expect(row).toEqual({ price_cents: 459, cost_cents: 210, vat_rate_id: 2, category_id: 1 });
  expect(t.core.db.prepare("SELECT code FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE p.sku = 'BR-100'").pluck().all()).toEqual(['4006381333931']);

  await user.type(screen.getByLabelText('Suchen'), 'sauer');
  await waitFor(() => expect(screen.getByTestId('product-count')).toHaveTextContent('1 Artikel'));
  const found = screen.getByText('Sauerteigbrot').closest('tr')!;
  expect(within(found).getByText('BR-100')).toBeInTheDocument();
  expect(within(found).getByText(/4,59\s?€/)).toBeInTheDocument();

  // A taken barcode is refused with the reason, in the dialog.
  await user.click(screen.getByRole('button', { name: 'Neuer Artikel' }));
  const second = await screen.findByRole('dialog');
  await user.type(within(second).getByLabelText(/Bezeichnung/), 'Doppelt');
  await user.type(within(second).getByLabelText(/Artikelnummer/), 'BR-101');
  await user.type(within(second).getByLabelText(/Verkaufspreis/), '1');
  await user.type(within(second).getByRole('combobox', { name: 'Barcodes' }), '4006381333931{enter}');
  await user.click(within(second).getByRole('button', { name: 'Speichern' }));
  expect(await within(second).findByText(/gehört schon zu „Sauerteigbrot“ \(BR-100\)/)).toBeInTheDocument();
  t.close();
});

test('the CSV preview shows a row error with its row, column and reason', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await openTab('catalogue');
  await user.click(await screen.findByRole('tab', { name: 'Import & Export' }));
  const csv = [
    'sku;name;category;price;vat_rate;unit;cost;active;barcodes',
    'NEU-1;Käsebrot;Feinkost;3,49;7;piece;1,20;1;',
    'NEU-2;Falscher Satz;Feinkost;2,00;16;piece;;1;',
    'LM-0001;Bauernbrot;Backwaren;4,59;7;piece;2,52;1;4004211000015',
  ].join('\r\n');
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await user.upload(input, new File([`\uFEFF${csv}`], 'artikel.csv', { type: 'text/csv' }));

  expect(await screen.findByTestId('csv-summary', {}, { timeout: 5000 })).toHaveTextContent('3 Zeilen – 1 neu, 1 geändert, 0 unverändert, 1 fehlerhaft');
  const bad = screen.getByTestId('csv-row-3');
  expect(within(bad).getByText('NEU-2')).toBeInTheDocument();
  expect(within(bad).getByText('vat_rate:')).toBeInTheDocument();
  expect(within(bad).getByText(/Kein aktiver Mehrwertsteuersatz/)).toBeInTheDocument();
  expect(t.core.db.prepare("SELECT count(*) FROM products WHERE sku LIKE 'NEU-%'").pluck().get()).toBe(0);

  await user.click(screen.getByRole('button', { name: '2 gültige Zeilen importieren, 1 fehlerhafte überspringen' }));
  expect(await screen.findByTestId('csv-done')).toHaveTextContent('1 neu, 1 geändert, 0 unverändert, 1 nicht importiert');
  expect(t.core.db.prepare("SELECT sku FROM products WHERE sku LIKE 'NEU-%'").pluck().all()).toEqual(['NEU-1']);
  expect(t.core.db.prepare("SELECT price_cents FROM products WHERE sku = 'LM-0001'").pluck().get()).toBe(459);
  t.close();
});

test('a role without catalogue.manage (the accountant) sees the catalogue read-only', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  // The demo's accountant role has back-office access but may not change the catalogue.
  t.core.db.prepare("UPDATE staff SET role_id = (SELECT id FROM roles WHERE key = 'accountant') WHERE username = 'owner'").run();
  await signInOwner(user);
  await openTab('catalogue');
  expect(await screen.findByText('Sie können das Sortiment ansehen, aber nicht ändern.')).toBeInTheDocument();
  await screen.findByText('Bauernbrot');
  expect(screen.queryByRole('button', { name: 'Neuer Artikel' })).not.toBeInTheDocument();
  await user.click(screen.getByText('Bauernbrot'));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).queryByRole('button', { name: 'Speichern' })).not.toBeInTheDocument();
  expect(within(dialog).getByLabelText(/Bezeichnung/)).toHaveAttribute('readonly');
  t.close();
});
