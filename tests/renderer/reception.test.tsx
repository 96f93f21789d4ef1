/** The counter's jobs dialog against the real core: hand a ready job over (deposit deducted), take a new one in and see both tickets. */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useCartStore } from '../../src-renderer/features/counter/cartStore';
import { useCounterStore } from '../../src-renderer/features/counter/counterStore';
import { renderApp, signInCashier } from './render-app';

beforeEach(() => {
  useCartStore.getState().clear();
  useCounterStore.setState({ shift: null, shiftLoaded: false, settings: null, dialog: null, receipt: null, report: null });
});

test('hand a ready repair over with the deposit deducted, then take a new job in and print its tickets', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  // Set up on the core: a customer, a repair of 119,00 € with 50,00 € paid by card, made ready by the workshop.
  t.signInOwner();
  const customer = t.call('customers.create', { kind: 'person', name: 'Erika Muster', phone: '030 1234567' });
  const job = t.call('reception.takeIn', { kind: 'serviceJob', customerId: customer.id, title: 'Fahrrad blau', priceCents: 11_900, deposit: { amountCents: 5000, method: 'card' } });
  t.call('production.workOrders.setStatus', { id: job.workOrderId, status: 'inProgress' });
  t.call('production.workOrders.setStatus', { id: job.workOrderId, status: 'ready' });

  await signInCashier(user);
  await user.type(await screen.findByLabelText(/Anfangsbestand/, {}, { timeout: 5000 }), '100,00');
  await user.click(screen.getByRole('button', { name: 'Schicht öffnen' }));
  await screen.findByText('Artikel scannen');

  await user.click(screen.getByRole('button', { name: /Aufträge/ }));
  const dialog = await screen.findByRole('dialog', { name: 'Offene Aufträge' });
  const row = await within(dialog).findByTestId('reception-job');
  expect(row).toHaveTextContent('Fahrrad blau');
  expect(row).toHaveTextContent('Fertig');
  expect(row).toHaveTextContent(/50,00\s€/);
  await user.click(within(row).getByRole('button', { name: 'Übergeben' }));
  await waitFor(() => expect(screen.getByTestId('handover-rest')).toHaveTextContent(/69,00\s€/));
  await user.click(screen.getByRole('button', { name: 'Kassieren und übergeben' }));
  // The receipt shows twice (on screen and in the print portal).
  const [receipt] = await screen.findAllByTestId('receipt');
  expect(receipt).toHaveTextContent('abzgl. Anzahlung');
  expect(t.core.db.prepare("SELECT status FROM work_orders WHERE id = ?").pluck().get(job.workOrderId)).toBe('handedOver');
  act(() => useCounterStore.getState().close());

  // A new job: customer found by name, a price and a cash deposit.
  act(() => useCounterStore.getState().open('reception'));
  await user.click(await screen.findByRole('button', { name: /Neuen Auftrag annehmen/ }));
  await user.type(screen.getByLabelText('Kunde'), 'Erika');
  await user.click(await screen.findByTestId('reception-customer-hit'));
  await user.type(screen.getByLabelText(/Gegenstand/), 'Armbanduhr');
  await user.type(screen.getByLabelText(/Fehlerbeschreibung/), 'Bleibt stehen');
  await user.type(screen.getByLabelText(/Preis/), '80,00');
  await user.type(screen.getByLabelText(/Anzahlung \(brutto\)/), '20,00');
  await user.click(screen.getByRole('button', { name: 'Annehmen und Belege drucken' }));
  expect(await screen.findAllByTestId('ticket-workshopCopy')).not.toHaveLength(0);
  expect(screen.getAllByTestId('ticket-customerCopy')[0]).toHaveTextContent('Bleibt stehen');
  expect(t.core.db.prepare("SELECT amount_cents, method FROM reception_deposits ORDER BY id").all()).toEqual([
    { amount_cents: 5000, method: 'card' }, { amount_cents: 2000, method: 'cash' },
  ]);
}, 30_000);
