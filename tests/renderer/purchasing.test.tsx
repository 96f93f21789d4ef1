/**
 * The purchasing tab against the real core: a supplier with its article data, an order written,
 * placed and turned into a PDF, and reorder suggestions turned into draft orders.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goTo, renderApp, signInOwner } from './render-app';
import { catchDownloads } from './downloads';

/** Steps that cross several core calls and a route change get longer than the default second on a busy machine. */
const SLOW = { timeout: 5000 };

afterEach(() => vi.restoreAllMocks());

test('the owner creates a supplier and adds a product with article number, price, pack size and lead time', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;
  await signInOwner(user);
  await goTo('/back/purchasing?view=suppliers');
  expect(await screen.findByRole('heading', { name: 'Einkauf & Logistik' })).toBeInTheDocument();
  expect(await screen.findByText('Großhandel Nord GmbH')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Neuer Lieferant' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/^Name/), 'Bäckerei Sommer');
  await user.click(within(dialog).getByLabelText('E-Mail'));
  await user.paste('info@baeckerei-sommer.example');
  await user.type(within(dialog).getByLabelText('Unsere Kunden-Nr.'), 'S-17');
  const terms = within(dialog).getByLabelText('Zahlungsziel (Tage)');
  await user.clear(terms);
  await user.type(terms, '7');
  await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
  expect(await screen.findByRole('heading', { name: 'Bäckerei Sommer' }, SLOW)).toBeInTheDocument();
  const supplier = t.core.db.prepare("SELECT id, email, customer_number, payment_terms_days FROM suppliers WHERE name = 'Bäckerei Sommer'").get() as Record<string, unknown>;
  expect(supplier).toMatchObject({ email: 'info@baeckerei-sommer.example', customer_number: 'S-17', payment_terms_days: 7 });
  expect(screen.getByText(/Noch keine Artikel/)).toBeInTheDocument();

  await user.type(screen.getByLabelText('Artikel aufnehmen'), 'Bauernbrot');
  await user.click(await screen.findByRole('option', { name: /^Bauernbrot\s*LM-/ }));
  const productDialog = await screen.findByRole('dialog');
  await user.type(within(productDialog).getByLabelText('Art.-Nr. Lieferant'), 'BS-100');
  await user.type(within(productDialog).getByLabelText(/Einkaufspreis netto je Stück/), '2,10');
  const pack = within(productDialog).getByLabelText(/Packungsgröße/);
  await user.clear(pack);
  await user.type(pack, '10');
  await user.click(within(productDialog).getByRole('button', { name: 'Speichern' }));
  const row = await screen.findByTestId(`supplier-product-${bread}`, {}, SLOW);
  expect(within(row).getByText('BS-100')).toBeInTheDocument();
  expect(within(row).getByText(/2,10\s€/)).toBeInTheDocument();
  expect(within(row).getByText('10')).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT supplier_sku, price_cents, pack_size FROM supplier_products WHERE supplier_id = ? AND product_id = ?').get(supplier.id, bread))
    .toEqual({ supplier_sku: 'BS-100', price_cents: 210, pack_size: 10_000 });
  t.close();
});

test('an order is written with the supplier\'s price, placed, and its PDF is downloaded', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/purchasing?view=orders');
  expect(await screen.findByText(/Noch keine Bestellung/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Neue Bestellung' }));
  await user.selectOptions(await screen.findByRole('combobox', { name: /^Lieferant/ }), 'Großhandel Nord GmbH');
  await user.type(screen.getByLabelText('Artikel hinzufügen'), 'Cola');
  await user.click(await screen.findByRole('option', { name: /^Cola 0,5 l\s*LM-/ }));
  // Pack size (24) and the supplier's price (0,85 €) are taken over.
  expect(await screen.findByLabelText('Menge: Cola 0,5 l')).toHaveValue('24');
  expect(screen.getByLabelText('EK netto: Cola 0,5 l')).toHaveValue('0,85');
  expect(screen.getByTestId('order-total')).toHaveTextContent(/20,40\s€/);
  await user.click(screen.getByRole('button', { name: 'Bestellen' }));

  expect(await screen.findByText('Bestellt', { selector: '.mantine-Badge-label' }, SLOW)).toBeInTheDocument();
  const order = t.core.db.prepare('SELECT id, number, status FROM purchase_orders').get() as { id: number; number: number; status: string };
  expect(order.status).toBe('ordered');
  expect(screen.getByRole('heading', { name: `Bestellung ${order.number}` })).toBeInTheDocument();
  expect(window.location.hash).toContain(`order=${order.id}`);

  await user.click(screen.getByRole('button', { name: 'PDF' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]!.fileName).toMatch(/\.pdf$/);
  expect(downloads[0]!.blob.type).toBe('application/pdf');
  const head = new TextDecoder().decode(new Uint8Array(await downloads[0]!.blob.arrayBuffer()).slice(0, 5));
  expect(head).toBe('%PDF-');
  t.close();
});

test('reorder suggestions become draft orders in one step, linked straight to the new orders', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const id = (name: string) => t.core.db.prepare('SELECT id FROM products WHERE name = ?').pluck().get(name) as number;
  await signInOwner(user);
  await goTo('/back/purchasing?view=reorder');
  const cola = await screen.findByTestId(`reorder-${id('Cola 0,5 l')}-1`);
  expect(within(cola).getByLabelText('Lieferant: Cola 0,5 l')).toHaveValue(String(t.core.db.prepare("SELECT id FROM suppliers WHERE name = 'Großhandel Nord GmbH'").pluck().get()));
  // Candles have no supplier: not chosen until one is picked.
  const candles = screen.getByTestId(`reorder-${id('Kerzen 4 Stk.')}-1`);
  expect(within(candles).getByRole('checkbox')).toBeDisabled();
  await user.selectOptions(within(candles).getByLabelText('Lieferant: Kerzen 4 Stk.'), 'Großhandel Nord GmbH');
  expect(within(candles).getByRole('checkbox')).toBeChecked();
  const quantity = within(candles).getByLabelText('Bestellmenge: Kerzen 4 Stk.');
  await user.clear(quantity);
  await user.type(quantity, '12');

  await user.click(screen.getByRole('button', { name: /^Bestellungen anlegen/ }));
  const created = await screen.findByTestId('reorder-created', {}, SLOW);
  const orders = t.core.db.prepare("SELECT o.id, o.number, s.name FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id WHERE o.status = 'draft' ORDER BY o.id").all() as { id: number; number: number; name: string }[];
  expect(orders.map((o) => o.name).sort()).toEqual(['Großhandel Nord GmbH', 'Rösterei Berger']);
  const nord = orders.find((o) => o.name === 'Großhandel Nord GmbH')!;
  expect(t.core.db.prepare('SELECT quantity FROM purchase_order_lines WHERE order_id = ? AND product_id = ?').pluck().get(nord.id, id('Kerzen 4 Stk.'))).toBe(12_000);
  // The rows stay (a draft is not on order yet) but say where they went, unticked, so nothing is ordered twice.
  const colaAfter = screen.getByTestId(`reorder-${id('Cola 0,5 l')}-1`);
  expect(within(colaAfter).getByText(`in Bestellentwurf ${nord.number}`)).toBeInTheDocument();
  expect(within(colaAfter).getByRole('checkbox')).not.toBeChecked();
  expect(screen.getByRole('button', { name: /^Bestellungen anlegen/ })).toBeDisabled();

  await user.click(within(created).getByRole('button', { name: `Bestellung ${nord.number} öffnen (Großhandel Nord GmbH)` }));
  expect(await screen.findByRole('heading', { name: `Bestellung ${nord.number} (Entwurf)` }, SLOW)).toBeInTheDocument();
  expect(screen.getByTestId(`order-line-${id('Kerzen 4 Stk.')}`)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Bestellen' })).toBeEnabled();
  t.close();
});
