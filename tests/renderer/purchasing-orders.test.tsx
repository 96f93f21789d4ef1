/**
 * The order's ends on screen: cancelling with a reason (kept in the history, never deleted),
 * closing a partly received order, and goods that arrive without any order.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goTo, renderApp, signInOwner, type TestCore } from './render-app';

/** Steps that cross several core calls and a route change get longer than the default second on a busy machine. */
const SLOW = { timeout: 5000 };
const productId = (t: TestCore, name: string) => t.core.db.prepare('SELECT id FROM products WHERE name = ?').pluck().get(name) as number;

function placedOrder(t: TestCore, quantity: number) {
  t.signInOwner();
  const cola = productId(t, 'Cola 0,5 l');
  const supplierId = t.core.db.prepare("SELECT id FROM suppliers WHERE name = 'Großhandel Nord GmbH'").pluck().get() as number;
  const draft = t.call('purchasing.orders.create', { supplierId, locationId: 1, lines: [{ productId: cola, quantity, unitCostCents: 85 }] });
  return { order: t.call('purchasing.orders.place', { id: draft.id }), cola };
}

test('a placed order is cancelled with its reason, which stays in the history', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const { order } = placedOrder(t, 24_000);
  await signInOwner(user);
  await goTo(`/back/purchasing?view=orders&order=${order.id}`);
  await user.click(await screen.findByRole('button', { name: 'Stornieren' }));
  const dialog = await screen.findByRole('dialog');
  const confirm = within(dialog).getByRole('button', { name: 'Stornieren' });
  expect(confirm).toBeDisabled();
  await user.type(within(dialog).getByLabelText(/Grund/), 'doppelt bestellt');
  await user.click(confirm);
  expect(await screen.findByText('Storniert', { selector: '.mantine-Badge-label' }, SLOW)).toBeInTheDocument();
  expect(screen.getByText('doppelt bestellt')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Wareneingang' })).not.toBeInTheDocument();
  expect(t.core.db.prepare('SELECT status FROM purchase_orders WHERE id = ?').pluck().get(order.id)).toBe('cancelled');
  t.close();
});

test('a partly received order is closed: the rest is no longer expected', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const { order, cola } = placedOrder(t, 24_000);
  t.call('purchasing.receipts.create', { orderId: order.id, locationId: 1, lines: [{ productId: cola, quantity: 20_000 }] });
  await signInOwner(user);
  await goTo(`/back/purchasing?view=orders&order=${order.id}`);
  await user.click(await screen.findByRole('button', { name: 'Abschließen' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText(/nicht mehr erwartet/)).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Abschließen' }));
  expect(await screen.findByText('Abgeschlossen', { selector: '.mantine-Badge-label' }, SLOW)).toBeInTheDocument();
  await goTo('/back/purchasing?view=incoming');
  expect(await screen.findByText(/Nichts unterwegs/, {}, SLOW)).toBeInTheDocument();
  t.close();
});

test('goods without an order are scanned in with an optional supplier and show in the latest receipts', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = productId(t, 'Bauernbrot');
  const sku = t.core.db.prepare('SELECT sku FROM products WHERE id = ?').pluck().get(bread) as string;
  await signInOwner(user);
  await goTo('/back/purchasing?view=receipt');
  expect(await screen.findByText('Noch kein Wareneingang.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Ohne Bestellung' }));
  const scan = await screen.findByLabelText('Scannen');
  await user.type(scan, `${sku}{Enter}`);
  await user.type(scan, `${sku}{Enter}`);
  await user.type(scan, 'KEIN-CODE{Enter}');
  expect(await screen.findByText('Kein Artikel hat den Code KEIN-CODE.')).toBeInTheDocument();
  const line = screen.getByTestId(`receipt-line-${bread}`);
  expect(within(line).getByLabelText('Gezählt: Bauernbrot')).toHaveValue('2');
  await user.type(within(line).getByLabelText('EK netto: Bauernbrot'), '1,50');
  await user.selectOptions(screen.getByLabelText('Lieferant (optional)'), 'Großhandel Nord GmbH');
  await user.click(screen.getByRole('button', { name: 'Wareneingang buchen' }));
  const receipts = await screen.findByRole('table', { name: 'Wareneingänge' }, SLOW);
  expect(within(receipts).getByText('ohne Bestellung')).toBeInTheDocument();
  await waitFor(() => expect(t.core.db.prepare('SELECT product_id, quantity, unit_cost_cents FROM goods_receipt_lines').all())
    .toEqual([{ product_id: bread, quantity: 2000, unit_cost_cents: 150 }]));
  t.close();
});
