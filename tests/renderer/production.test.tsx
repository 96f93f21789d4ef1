/**
 * The production tab on the real core: a bill of materials made on screen, a production from it
 * and the stock it adds; a service job created, moved to ready on the board, with a note for the
 * counter, time and material; a late job in red.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goTo, openTab, renderApp, signInOwner, type User } from './render-app';

async function pick(user: User, label: string | RegExp, query: string, option: string) {
  await user.type(screen.getByLabelText(label), query);
  await user.click(await screen.findByRole('option', { name: new RegExp(option) }));
}

test('a bill of materials made on screen, a production from it, and the stock it adds', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const id = (name: string) => t.core.db.prepare('SELECT id FROM products WHERE name = ?').pluck().get(name) as number;
  const basket = id('Geschenkkorb klein');
  await signInOwner(user);
  await goTo('/back/production?view=boms');
  expect(await screen.findByText('Noch keine Stücklisten.')).toBeInTheDocument();

  await pick(user, 'Stückliste für Artikel …', 'Geschenkkorb klein', '^Geschenkkorb klein\\s*LM-');
  const panel = await screen.findByTestId('bom-panel');
  expect(within(panel).getByRole('heading', { name: 'Stückliste: Geschenkkorb klein' })).toBeInTheDocument();
  await pick(user, 'Bestandteil hinzufügen', 'Honig 500', '^Honig 500 g\\s*LM-');
  await pick(user, 'Bestandteil hinzufügen', 'Stofftasche', '^Stofftasche\\s*LM-');
  const honey = within(panel).getByLabelText('Menge von Honig 500 g');
  await user.clear(honey);
  await user.type(honey, '2');
  await user.click(within(panel).getByRole('button', { name: 'Stückliste anlegen' }));
  // 2 × 4,79 € + 4,19 € = 13,77 € per basket.
  expect(await within(panel).findByTestId('bom-unit-cost')).toHaveTextContent('13,77');
  expect(await screen.findByTestId(`bom-${basket}`)).toBeInTheDocument();

  await user.click(within(panel).getByRole('button', { name: 'Fertigen' }));
  await screen.findByRole('tab', { name: 'Fertigen', selected: true });
  const quantity = screen.getByLabelText('Menge');
  await user.clear(quantity);
  await user.type(quantity, '3');
  const consumption = await screen.findByRole('table', { name: 'Verbrauch' });
  await waitFor(() => expect(within(consumption).getByText('6')).toBeInTheDocument());
  expect(screen.getByTestId('produce-unit-cost')).toHaveTextContent('13,77');
  await user.click(screen.getByRole('button', { name: '3 × Geschenkkorb klein fertigen' }));
  expect(await screen.findByTestId('produce-done')).toHaveTextContent('Fertigung Nr. 1 gebucht');
  expect(t.core.db.prepare("SELECT product_id AS p, quantity AS q FROM stock_moves WHERE reason = 'production' ORDER BY id").all())
    .toEqual([{ p: id('Honig 500 g'), q: -6000 }, { p: id('Stofftasche'), q: -3000 }, { p: basket, q: 3000 }]);
  expect(within(screen.getByRole('table', { name: 'Letzte Fertigungen' })).getByText('41,31 €')).toBeInTheDocument();

  // The stock tab shows the baskets made (24 opening + 3).
  await openTab('stock');
  await user.type(await screen.findByLabelText('Artikel suchen'), 'Geschenkkorb klein');
  await waitFor(() => expect(within(screen.getByTestId(`stock-${basket}`)).getByText('27')).toBeInTheDocument());
  t.close();
});

test('a service job created on the board and moved to ready; a late job stands out in red', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.signInOwner();
  const late = t.call('production.workOrders.create', { kind: 'customerOrder', title: 'Torte für Familie Maier', promisedOn: '2026-01-12' });
  await signInOwner(user);
  await goTo('/back/production');
  const lateCard = await screen.findByTestId(`work-order-${late.number}`);
  expect(lateCard).toHaveAttribute('data-late', 'true');
  expect(within(lateCard).getByText('3 Tage überfällig')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Neuer Auftrag' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/Bezeichnung/), 'Armbanduhr Junghans');
  await user.type(within(dialog).getByLabelText('Fehlerbeschreibung'), 'bleibt nachts stehen');
  await user.type(within(dialog).getByLabelText('Preis'), '25');
  await user.click(within(dialog).getByLabelText('Nur Kostenvoranschlag'));
  fireEvent.change(within(dialog).getByLabelText('Zugesagt für'), { target: { value: '2026-01-20' } });
  await user.selectOptions(within(dialog).getByLabelText('Zuständig'), 'Markus Wolf');
  await user.click(within(dialog).getByRole('button', { name: 'Auftrag anlegen' }));

  // The new job opens in the drawer: a note for the counter, time and a battery.
  const drawer = await screen.findByTestId('work-order-drawer');
  expect(await within(drawer).findByText('Auftrag 2: Armbanduhr Junghans')).toBeInTheDocument();
  await user.type(within(drawer).getByLabelText('Neue Notiz'), 'Kunde möchte Anruf vor der Reparatur');
  await user.click(within(drawer).getByLabelText('An der Kasse sichtbar'));
  await user.click(within(drawer).getByRole('button', { name: 'Notiz hinzufügen' }));
  expect(await within(drawer).findByText('Kunde möchte Anruf vor der Reparatur')).toBeInTheDocument();
  await user.click(within(drawer).getByRole('tab', { name: /^Zeit/ }));
  // The core's clock says 2026-01-15; this computer's calendar may be elsewhere.
  fireEvent.change(within(drawer).getByLabelText('Tag'), { target: { value: '2026-01-15' } });
  await user.type(within(drawer).getByLabelText('Minuten'), '45');
  await user.click(within(drawer).getByRole('button', { name: 'Zeit erfassen' }));
  expect(await within(drawer).findByText('Zeit 45 Min. · Material 0,00 €')).toBeInTheDocument();
  await user.click(within(drawer).getByRole('tab', { name: /^Material/ }));
  await pick(user, 'Artikel', 'Batterien AA', '^Batterien AA 4 Stk\\.\\s*LM-');
  await user.click(within(drawer).getByRole('button', { name: 'Material entnehmen' }));
  expect(await within(drawer).findByTestId('material-total')).toHaveTextContent('2,99 €');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByTestId('work-order-drawer')).not.toBeInTheDocument());

  const card = await screen.findByTestId('work-order-2');
  expect(within(screen.getByRole('region', { name: 'Angenommen' })).getByTestId('work-order-2')).toBeInTheDocument();
  await user.click(within(card).getByRole('button', { name: '→ In Arbeit' }));
  await waitFor(() => expect(within(screen.getByRole('region', { name: 'In Arbeit' })).getByTestId('work-order-2')).toBeInTheDocument());
  await user.click(within(screen.getByTestId('work-order-2')).getByRole('button', { name: '→ Fertig' }));
  const ready = await within(screen.getByRole('region', { name: 'Fertig' })).findByTestId('work-order-2');
  expect(within(ready).getByText('Übergabe an den Kunden an der Kasse')).toBeInTheDocument();

  const order = t.core.db.prepare('SELECT status, price_cents, price_is_estimate, promised_on, assignee_id FROM work_orders WHERE number = 2').get();
  expect(order).toEqual({ status: 'ready', price_cents: 2500, price_is_estimate: 1, promised_on: '2026-01-20', assignee_id: 2 });
  expect(t.core.db.prepare("SELECT from_value || '→' || to_value FROM work_order_events WHERE kind = 'status' AND work_order_id = (SELECT id FROM work_orders WHERE number = 2)").pluck().all())
    .toEqual(['received→inProgress', 'inProgress→ready']);
  expect(t.core.db.prepare('SELECT counter_visible FROM work_order_notes').pluck().all()).toEqual([1]);
  t.close();
});
