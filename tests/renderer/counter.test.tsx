import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { embeddedCode, gs1CheckDigit } from '../../src-shared/barcode';
import { useCartStore } from '../../src-renderer/features/counter/cartStore';
import { useCounterStore } from '../../src-renderer/features/counter/counterStore';
import { renderApp, signInCashier, type User } from './render-app';

/** The demo's product EANs: '4004211' + 5-digit sequence + check digit. */
const ean = (sequence: number) => {
  const body = `4004211${String(sequence).padStart(5, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
};
const BAUERNBROT = ean(1); // 4,20 € at 7 %
const DINKEL = ean(2); // 0,65 € at 7 %
const money = (text: string) => new RegExp(`${text}\\s€`);

async function openShift(user: User, float = '150,00') {
  const input = await screen.findByLabelText(/Anfangsbestand/, {}, { timeout: 5000 });
  await user.type(input, float);
  await user.click(screen.getByRole('button', { name: 'Schicht öffnen' }));
  await screen.findByText('Artikel scannen');
}

/** The demo shop on screen, the cashier signed in, a shift opened with this float. */
async function startSelling(float?: string) {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInCashier(user);
  await openShift(user, float);
  return { user, t };
}

/** A scanner: digits and Enter, typed at the page (nothing focused). */
async function scan(user: User, code: string) {
  (document.activeElement as HTMLElement | null)?.blur();
  await user.keyboard(`${code}{Enter}`);
}

/** Two Dinkelbrötchen: one line of 2, 1,30 €. */
async function scanTwoRolls(user: User) {
  await scan(user, DINKEL);
  await scan(user, DINKEL);
  await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent(money('1,30')));
}

function resetStores() {
  useCartStore.getState().clear();
  useCounterStore.setState({ shift: null, shiftLoaded: false, settings: null, dialog: null, receipt: null, report: null });
}

beforeEach(resetStores);

test('open a shift, scan two items, pay cash with change, see the receipt', async () => {
  const { user, t } = await startSelling();
  expect(t.core.db.prepare('SELECT float_cents FROM shifts').pluck().get()).toBe(15000);

  await scan(user, BAUERNBROT);
  await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(1));
  await scan(user, DINKEL);
  await scan(user, BAUERNBROT);
  await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent(money('9,05')));
  const lines = screen.getAllByTestId('cart-line');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toHaveTextContent('Bauernbrot');
  expect(within(lines[0]!).getByTestId('line-quantity')).toHaveTextContent('2');
  expect(lines[0]).toHaveAttribute('data-highlighted', 'true');
  expect(within(lines[1]!).getByText('Dinkelbrötchen')).toBeInTheDocument();
  // VAT at 7 % of 9,05 €: 0,59 €.
  expect(within(screen.getByRole('table', { name: 'Umsatzsteuer je Satz' })).getByText(money('0,59'))).toBeInTheDocument();

  await user.keyboard('{F12}');
  const dialog = await screen.findByRole('dialog', { name: 'Bezahlen' });
  await user.type(within(dialog).getByLabelText('Gegeben'), '20,00');
  await user.click(within(dialog).getByRole('button', { name: 'Bar' }));
  expect(within(dialog).getByTestId('pay-change')).toHaveTextContent(money('10,95'));
  await user.click(within(dialog).getByRole('button', { name: /Abschließen/ }));

  const receiptDialog = await screen.findByRole('dialog', { name: /^Beleg / }, { timeout: 5000 });
  const receipt = within(receiptDialog).getByTestId('receipt');
  t.signInPin('2222');
  const number = t.call('counter.receipt.recent', { limit: 1 })[0]!.number;
  expect(number).toMatch(/^\d+-\d{6}$/);
  expect(within(receipt).getByTestId('receipt-number')).toHaveTextContent(number);
  expect(within(receipt).getByTestId('receipt-total')).toHaveTextContent(money('9,05'));
  expect(within(receipt).getByTestId('receipt-change')).toHaveTextContent(money('10,95'));
  expect(within(receipt).getByText('Laden am Markt')).toBeInTheDocument();
  await waitFor(() => expect(within(receipt).getByRole('img', { name: /QR-Code/ })).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/)));
  // The cart is empty for the next customer.
  await user.click(screen.getByRole('button', { name: /Neuer Verkauf/ }));
  expect(await screen.findByText('Artikel scannen')).toBeInTheDocument();
  t.close();
});

test('park a sale and recall it', async () => {
  const { user, t } = await startSelling();
  await scanTwoRolls(user);

  await user.keyboard('{F4}');
  const park = await screen.findByRole('dialog', { name: 'Verkauf parken' });
  await user.type(within(park).getByLabelText(/Bezeichnung/), 'Frau Meier');
  await user.click(within(park).getByRole('button', { name: 'Parken' }));
  expect(await screen.findByText('Artikel scannen')).toBeInTheDocument();

  await act(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await user.keyboard('{F5}');
  const recall = await screen.findByRole('dialog', { name: 'Geparkte Verkäufe' });
  expect(await within(recall).findByText('Frau Meier')).toBeInTheDocument();
  await user.click(within(recall).getByRole('button', { name: 'Abrufen' }));
  await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent(money('1,30')));
  expect(within(screen.getAllByTestId('cart-line')[0]!).getByTestId('line-quantity')).toHaveTextContent('2');
  t.close();
});

test('an unknown or misread code says so and adds nothing', async () => {
  const { user, t } = await startSelling();
  const unknownBody = '400421199999';
  const unknown = `${unknownBody}${gs1CheckDigit(unknownBody)}`;
  await scan(user, unknown);
  expect(await screen.findByText(`Kein Artikel hat den Code ${unknown}.`)).toBeInTheDocument();
  const misread = `${BAUERNBROT.slice(0, 12)}${(Number(BAUERNBROT.at(-1)) + 1) % 10}`;
  await scan(user, misread);
  expect(await screen.findByText(/falsche Prüfziffer/)).toBeInTheDocument();
  expect(screen.queryAllByTestId('cart-line')).toHaveLength(0);
  t.close();
});

test('a weighed item from the scale label is its own line with its weight', async () => {
  const { user, t } = await startSelling();
  const apple = t.core.db.prepare("SELECT b.code FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE p.name = 'Äpfel Elstar'").pluck().get() as string | undefined;
  // The demo gives weighed goods the scale's item code (prefix 28); a label adds the weight.
  expect(apple).toMatch(/^28\d{5}$/);
  await scan(user, embeddedCode(apple!, 350));
  await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(1));
  expect(screen.getByText(/0,350 kg/)).toBeInTheDocument();
  t.close();
});

test('a basket discount above the limit needs the manager; the receipt shows it', async () => {
  const { user, t } = await startSelling();
  await scan(user, BAUERNBROT);
  await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent(money('4,20')));

  await user.keyboard('{F6}');
  const dialog = await screen.findByRole('dialog', { name: 'Rabatt auf den Einkauf' });
  await user.click(within(dialog).getByText('Prozent'));
  await user.type(within(dialog).getByLabelText('Rabatt in %'), '20');
  await user.click(within(dialog).getByRole('button', { name: 'Übernehmen' }));
  const approval = await screen.findByRole('dialog', { name: 'Freigabe durch Filialleitung' });
  await user.type(within(approval).getByLabelText('PIN der Filialleitung'), '1111');
  await user.click(within(approval).getByRole('button', { name: 'Freigeben' }));
  expect(await within(approval).findByRole('alert')).toBeInTheDocument();
  await user.type(within(approval).getByLabelText('PIN der Filialleitung'), '2222');
  await user.click(within(approval).getByRole('button', { name: 'Freigeben' }));
  await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent(money('3,36')));
  expect(screen.getByTestId('discount-total')).toHaveTextContent(money('0,84'));

  await user.keyboard('{F12}');
  const pay = await screen.findByRole('dialog', { name: 'Bezahlen' });
  await user.keyboard('{F1}');
  await waitFor(() => expect(within(pay).getByTestId('pay-remaining')).toHaveTextContent(money('0,00')));
  await user.keyboard('{Enter}');
  const receipt = within(await screen.findByRole('dialog', { name: /^Beleg / }, { timeout: 5000 })).getByTestId('receipt');
  expect(within(receipt).getByTestId('receipt-total')).toHaveTextContent(money('3,36'));
  expect(within(receipt).getByText('Rabatte').nextSibling).toHaveTextContent(money('0,84'));
  t.close();
});

test('a return against the receipt refunds the chosen quantity', async () => {
  const { user, t } = await startSelling();
  await scanTwoRolls(user);
  await user.keyboard('{F12}');
  await screen.findByRole('dialog', { name: 'Bezahlen' });
  await user.keyboard('{F3}');
  await user.keyboard('{Enter}');
  const saleDialog = await screen.findByRole('dialog', { name: /^Beleg / }, { timeout: 5000 });
  const number = within(saleDialog).getByTestId('receipt-number').textContent!;
  await user.click(within(saleDialog).getByRole('button', { name: /Neuer Verkauf/ }));

  await act(async () => (document.activeElement as HTMLElement | null)?.blur());
  await user.keyboard('{F8}');
  const dialog = await screen.findByRole('dialog', { name: 'Rückgabe' });
  await user.type(within(dialog).getByLabelText(/Beleg-Nr/), `${number}{Enter}`);
  await user.type(await within(dialog).findByLabelText('Rückgabemenge für Dinkelbrötchen'), '1');
  expect(within(dialog).getByText(/Erstattung: 0,65\s€/)).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Rückgabe buchen' }));
  const receipt = within(await screen.findByRole('dialog', { name: /^Beleg / }, { timeout: 5000 })).getByTestId('receipt');
  expect(within(receipt).getByText('Rückgabe')).toBeInTheDocument();
  expect(within(receipt).getByText(`zu Beleg ${number}`)).toBeInTheDocument();
  t.close();
});

test('closing the shift counts the drawer and shows the Z report', async () => {
  const { user, t } = await startSelling('100');
  await act(async () => (document.activeElement as HTMLElement | null)?.blur());
  await user.keyboard('{Shift>}{F10}{/Shift}');
  const dialog = await screen.findByRole('dialog', { name: 'Schicht abschließen' });
  await waitFor(() => expect(within(dialog).getByTestId('close-expected')).toHaveTextContent(money('100,00')));
  await user.type(within(dialog).getByLabelText('50,00 €'), '1');
  await user.type(within(dialog).getByLabelText('20,00 €'), '2');
  await user.type(within(dialog).getByLabelText('5,00 €'), '1');
  expect(within(dialog).getByTestId('close-counted')).toHaveTextContent(money('95,00'));
  await user.click(within(dialog).getByRole('button', { name: 'Schicht abschließen' }));
  const report = within(await screen.findByRole('dialog', { name: /Z-Bericht Nr\. 1/ }, { timeout: 5000 })).getByTestId('shift-report');
  expect(within(report).getByTestId('report-difference')).toHaveTextContent(/-5,00\s€/);
  expect(within(report).getByText('1 × 50,00 €')).toBeInTheDocument();
  // No selling without an open shift.
  expect(await screen.findByRole('button', { name: 'Schicht öffnen' })).toBeInTheDocument();
  t.close();
});
