/**
 * Customers on screen, against the real core: find or create a customer at the counter, attach
 * them, sell on account, and see the sale, the balance and a payment in the back office.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gs1CheckDigit } from '../../src-shared/barcode';
import { useCartStore } from '../../src-renderer/features/counter/cartStore';
import { useCounterStore } from '../../src-renderer/features/counter/counterStore';
import { goTo, renderApp, signInCashier, signInOwner, type User } from './render-app';

const ean = (sequence: number) => {
  const body = `4004211${String(sequence).padStart(5, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
};
const BAUERNBROT = ean(1); // 4,20 € at 7 %
const money = (text: string) => new RegExp(`${text}\\s€`);

beforeEach(() => {
  useCartStore.getState().clear();
  useCounterStore.setState({ shift: null, shiftLoaded: false, settings: null, dialog: null, receipt: null, report: null });
});

async function openShift(user: User) {
  await user.type(await screen.findByLabelText(/Anfangsbestand/, {}, { timeout: 5000 }), '100,00');
  await user.click(screen.getByRole('button', { name: 'Schicht öffnen' }));
  await screen.findByText('Artikel scannen');
}

async function scan(user: User, code: string) {
  await act(async () => { (document.activeElement as HTMLElement | null)?.blur(); });
  await user.keyboard(`${code}{Enter}`);
}

test('a manager creates a customer at the counter, sells on account, and the back office shows the balance and takes the payment', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/counter');
  await openShift(user);
  await scan(user, BAUERNBROT);
  await scan(user, BAUERNBROT);
  await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent(money('8,40')));

  // Find: nobody yet — create from what was typed.
  await user.click(screen.getByRole('button', { name: /^Kunde/ }));
  const dialog = await screen.findByRole('dialog', { name: 'Kunde zum Verkauf' });
  await user.type(within(dialog).getByLabelText('Kunde suchen'), 'Gasthaus Linde');
  expect(await within(dialog).findByText('Kein Kunde gefunden.')).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Neuen Kunden anlegen' }));
  expect(within(dialog).getByLabelText(/^Name/)).toHaveValue('Gasthaus Linde');
  await user.click(within(dialog).getByRole('radio', { name: 'Geschäftskunde' }));
  await user.type(within(dialog).getByLabelText('Telefon'), '0221 4455667');
  await user.type(within(dialog).getByLabelText('USt-IdNr.'), 'DE');
  await user.click(within(dialog).getByRole('switch', { name: 'Darf auf Rechnung kaufen' }));
  await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
  // The core checks the VAT ID and says so at the field; nothing is created.
  expect(await within(dialog).findByText(/beginnt mit dem Länderkürzel/)).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
  await user.type(within(dialog).getByLabelText('USt-IdNr.'), '123456789');
  await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));

  const chip = await screen.findByTestId('cart-customer');
  expect(chip).toHaveTextContent('Gasthaus Linde · Nr. 1');
  expect(within(chip).getByText('Auf Rechnung')).toBeInTheDocument();

  await user.keyboard('{F12}');
  const pay = await screen.findByRole('dialog', { name: 'Bezahlen' });
  expect(within(pay).getByTestId('pay-account-hint')).toHaveTextContent('Gasthaus Linde');
  await user.click(within(pay).getByRole('button', { name: 'Auf Rechnung' }));
  await user.click(within(pay).getByRole('button', { name: /Abschließen/ }));
  const receiptDialog = await screen.findByRole('dialog', { name: /^Beleg / }, { timeout: 5000 });
  expect(within(receiptDialog).getByTestId('receipt-customer')).toHaveTextContent('Gasthaus Linde (1)');
  expect(within(receiptDialog).getByText('Auf Rechnung')).toBeInTheDocument();
  // The sale's customer is not carried into the next sale.
  expect(useCartStore.getState().customer).toBeNull();

  // The back office: the list shows the open balance; the detail its history; a payment clears it.
  await goTo('/back/sales?view=customers');
  const row = await screen.findByTestId('customer-row', {}, { timeout: 5000 });
  expect(row).toHaveTextContent('Gasthaus Linde');
  expect(row).toHaveTextContent(money('8,40'));
  await user.click(within(row).getByRole('button', { name: 'Gasthaus Linde' }));
  expect(await screen.findByTestId('customer-balance')).toHaveTextContent(money('8,40'));
  const history = await screen.findAllByTestId('history-item');
  expect(history).toHaveLength(1);
  expect(history[0]).toHaveTextContent('Verkauf');
  expect(history[0]).toHaveTextContent('davon auf Rechnung 8,40');

  await user.click(screen.getByRole('button', { name: 'Zahlung erfassen' }));
  const payment = await screen.findByRole('dialog', { name: 'Zahlung von Gasthaus Linde' });
  const amount = within(payment).getByLabelText(/^Betrag/);
  expect(amount).toHaveValue('8,40');
  await user.clear(amount);
  await user.type(amount, '9,00');
  expect(within(payment).getByRole('button', { name: 'Zahlung buchen' })).toBeDisabled();
  await user.clear(amount);
  await user.type(amount, '5,00');
  await user.click(within(payment).getByRole('radio', { name: 'Bank' }));
  await user.click(within(payment).getByRole('button', { name: 'Zahlung buchen' }));
  await waitFor(() => expect(screen.getByTestId('customer-balance')).toHaveTextContent(money('3,40')));
  expect(t.core.db.prepare('SELECT method, amount_cents FROM customer_payments').raw().all()).toEqual([['bank', 500]]);

  await user.click(screen.getByRole('tab', { name: 'Kontoauszug' }));
  expect(await screen.findAllByTestId('statement-line')).toHaveLength(2);
  expect(screen.getByTestId('statement-closing')).toHaveTextContent(money('3,40'));
  t.close();
});

test('a cashier finds an existing customer as she types, sees the duplicate hint, and cannot sell on account to someone without credit', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.signInOwner();
  t.call('customers.create', { name: 'Anna Berger', phone: '0171 2345678', email: 'anna@example.de' });
  await signInCashier(user);
  await openShift(user);
  await scan(user, BAUERNBROT);
  await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent(money('4,20')));

  await act(async () => { (document.activeElement as HTMLElement | null)?.blur(); });
  await user.keyboard('{F1}');
  const dialog = await screen.findByRole('dialog', { name: 'Kunde zum Verkauf' });
  // A new customer with Anna's phone: the hint offers Anna instead.
  await user.click(within(dialog).getByRole('button', { name: 'Neuen Kunden anlegen' }));
  await user.type(within(dialog).getByLabelText(/^Name/), 'A. Berger');
  await user.type(within(dialog).getByLabelText('Telefon'), '0171/234 56 78');
  // A cashier is not offered credit terms.
  expect(within(dialog).queryByRole('switch', { name: 'Darf auf Rechnung kaufen' })).toBeNull();
  await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
  const hint = await within(dialog).findByTestId('duplicate-hint');
  expect(hint).toHaveTextContent('Anna Berger · Nr. 1');
  await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));

  // Find as you type by part of the phone number; Enter takes the first hit.
  const search = within(dialog).getByLabelText('Kunde suchen');
  await user.type(search, '0171 23');
  expect(await within(dialog).findByText('Anna Berger')).toBeInTheDocument();
  await user.type(search, '{Enter}');
  const chip = await screen.findByTestId('cart-customer');
  expect(chip).toHaveTextContent('Anna Berger · Nr. 1');

  await user.keyboard('{F12}');
  const pay = await screen.findByRole('dialog', { name: 'Bezahlen' });
  expect(within(pay).queryByRole('button', { name: 'Auf Rechnung' })).toBeNull();
  await user.click(within(pay).getByRole('button', { name: 'Abbrechen Esc' }));

  // Detach: the sale goes on without a customer.
  await user.click(within(screen.getByTestId('cart-customer')).getByRole('button', { name: 'Kunde entfernen' }));
  expect(screen.queryByTestId('cart-customer')).toBeNull();
  expect(t.core.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
  t.close();
});
