/**
 * Goods arriving and being paid for, on screen against the real core: a partial delivery counted
 * by scanning, a surplus that needs confirming, and the supplier's invoice recorded from the
 * receipt and paid from the bank.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goTo, renderApp, signInOwner, type TestCore } from './render-app';

/** Steps that cross several core calls and a route change get longer than the default second on a busy machine. */
const SLOW = { timeout: 5000 };

const productId = (t: TestCore, name: string) => t.core.db.prepare('SELECT id FROM products WHERE name = ?').pluck().get(name) as number;
const barcode = (t: TestCore, id: number) => t.core.db.prepare('SELECT code FROM product_barcodes WHERE product_id = ?').pluck().get(id) as string;
const onHand = (t: TestCore, id: number) => t.core.db.prepare('SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE product_id = ? AND location_id = 1').pluck().get(id) as number;

/** A placed order at the demo wholesaler for cola (pieces in thousandths). */
function placedOrder(t: TestCore, quantity: number) {
  t.signInOwner();
  const cola = productId(t, 'Cola 0,5 l');
  const supplierId = t.core.db.prepare("SELECT id FROM suppliers WHERE name = 'Großhandel Nord GmbH'").pluck().get() as number;
  const draft = t.call('purchasing.orders.create', { supplierId, locationId: 1, lines: [{ productId: cola, quantity, unitCostCents: 85 }] });
  const order = t.call('purchasing.orders.place', { id: draft.id });
  return { order, cola, supplierId };
}

test('a partial delivery is counted by scanning twice; the order then shows it partly received', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const { order, cola } = placedOrder(t, 24_000);
  const before = onHand(t, cola);
  await signInOwner(user);
  await goTo(`/back/purchasing?view=orders&order=${order.id}`);
  await user.click(await screen.findByRole('button', { name: 'Wareneingang' }));
  expect(await screen.findByRole('heading', { name: `Wareneingang zu Bestellung ${order.number} · Großhandel Nord GmbH` })).toBeInTheDocument();
  const line = screen.getByTestId(`receipt-line-${cola}`);
  // Prefilled with what is outstanding; the first scan starts counting from zero.
  expect(within(line).getByLabelText('Gezählt: Cola 0,5 l')).toHaveValue('24');
  const scan = screen.getByLabelText('Scannen');
  await waitFor(() => expect(scan).toHaveFocus());
  await user.type(scan, `${barcode(t, cola)}{Enter}`);
  await waitFor(() => expect(within(line).getByLabelText('Gezählt: Cola 0,5 l')).toHaveValue('1'));
  await user.type(scan, `${barcode(t, cola)}{Enter}`);
  await waitFor(() => expect(within(line).getByLabelText('Gezählt: Cola 0,5 l')).toHaveValue('2'));
  expect(within(line).getByText('22 fehlen')).toBeInTheDocument();
  expect(screen.getByText('+ Cola 0,5 l: 2 von 24 gezählt')).toBeInTheDocument();
  await user.type(screen.getByLabelText('Lieferschein-Nr.'), 'LS-4711');
  await user.click(screen.getByRole('button', { name: 'Wareneingang buchen' }));

  expect(await screen.findByText('Teilweise geliefert', { selector: '.mantine-Badge-label' }, SLOW)).toBeInTheDocument();
  const row = screen.getByTestId(`order-line-${cola}`);
  expect(within(row).getByTestId('received')).toHaveTextContent('2');
  expect(within(row).getByTestId('outstanding')).toHaveTextContent('22');
  expect(await screen.findByRole('button', { name: /^Wareneingang \d+ ansehen$/ })).toBeInTheDocument();
  expect(onHand(t, cola)).toBe(before + 2000);
  expect(t.core.db.prepare('SELECT delivery_note_ref FROM goods_receipts').pluck().all()).toEqual(['LS-4711']);
  t.close();
});

test('more than outstanding asks for confirmation, lists the surplus, and is booked only after it', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const { order, cola } = placedOrder(t, 2000);
  await signInOwner(user);
  await goTo(`/back/purchasing?view=receipt&order=${order.id}`);
  const scan = await screen.findByLabelText('Scannen');
  for (let i = 0; i < 3; i += 1) await user.type(scan, `${barcode(t, cola)}{Enter}`);
  const line = screen.getByTestId(`receipt-line-${cola}`);
  await waitFor(() => expect(within(line).getByLabelText('Gezählt: Cola 0,5 l')).toHaveValue('3'));
  expect(within(line).getByText('1 zu viel')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Wareneingang buchen' }));

  const dialog = await screen.findByRole('dialog', { name: 'Mehr geliefert als bestellt' }, SLOW);
  expect(within(dialog).getByTestId('over-receipt-list')).toHaveTextContent('Cola 0,5 l: 1 mehr als offen (2)');
  expect(t.core.db.prepare('SELECT count(*) FROM goods_receipts').pluck().get()).toBe(0);
  await user.click(within(dialog).getByRole('button', { name: 'Mehrlieferung buchen' }));
  expect(await screen.findByText('Geliefert', { selector: '.mantine-Badge-label' }, SLOW)).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT quantity, over_received FROM goods_receipt_lines').get()).toEqual({ quantity: 3000, over_received: 1000 });
  t.close();
});

test('the supplier invoice is recorded from the goods receipt with net and VAT per rate, then paid from the bank', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const { order, cola } = placedOrder(t, 24_000);
  t.call('purchasing.receipts.create', { orderId: order.id, locationId: 1, lines: [{ productId: cola, quantity: 24_000 }] });
  await signInOwner(user);
  await goTo('/back/purchasing?view=invoices');
  expect(await screen.findByText(/Keine offene Eingangsrechnung/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Rechnung erfassen' }));
  const dialog = await screen.findByRole('dialog');
  await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Lieferant/ }), 'Großhandel Nord GmbH');
  await user.type(within(dialog).getByLabelText(/Rechnungs-Nr\./), 'RE-2026-001');
  await user.click(await within(dialog).findByRole('checkbox', { name: /Wareneingang \d+ vom/ }));
  // 24 × 0,85 € = 20,40 € net at 19 % (cola is a standard-rate product): 3,88 € VAT, 24,28 € gross.
  await waitFor(() => expect(within(dialog).getByLabelText(/^Netto Regelsatz/)).toHaveValue('20,40'));
  expect(within(dialog).getByLabelText(/^USt Regelsatz/)).toHaveValue('3,88');
  expect(within(dialog).getByTestId('invoice-gross')).toHaveTextContent(/24,28\s€/);
  await user.click(within(dialog).getByRole('button', { name: 'Rechnung buchen' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  const invoice = t.core.db.prepare('SELECT id FROM supplier_invoices').get() as { id: number };
  const row = await screen.findByTestId(`invoice-row-${invoice.id}`, {}, SLOW);
  expect(within(row).getByTestId('open-amount')).toHaveTextContent(/24,28\s€/);
  await user.click(within(row).getByRole('button', { name: 'Rechnung RE-2026-001 bezahlen' }));
  const pay = await screen.findByRole('dialog');
  expect(within(pay).getByLabelText(/Betrag/)).toHaveValue('24,28');
  await user.click(within(pay).getByText('Bank'));
  await user.click(within(pay).getByRole('button', { name: 'Bezahlen' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(await screen.findByText(/Keine offene Eingangsrechnung/)).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT amount_cents, method FROM supplier_payments').all()).toEqual([{ amount_cents: 2428, method: 'bank' }]);
  t.close();
});
