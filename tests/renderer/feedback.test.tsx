/**
 * The improvement loop on screen: the cashier records a lost sale with the shortcut, the owner
 * finds it on the board and closes it with a resolution, and the counter then shows it.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gs1CheckDigit } from '../../src-shared/barcode';
import { useCartStore } from '../../src-renderer/features/counter/cartStore';
import { useCounterStore } from '../../src-renderer/features/counter/counterStore';
import { useFeedbackCapture } from '../../src-renderer/features/feedback/feedbackStore';
import { goTo, mountApp, renderApp, signInCashier, signInOwner, type User } from './render-app';

const ean = (sequence: number) => {
  const body = `4004211${String(sequence).padStart(5, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
};
const BAUERNBROT = ean(1); // 4,20 €

async function scan(user: User, code: string) {
  (document.activeElement as HTMLElement | null)?.blur();
  await user.keyboard(`${code}{Enter}`);
}

/** The cashier signs in and opens a shift (the PIN pad may take a moment on a busy machine). */
async function startSelling(user: User) {
  await screen.findByText('Lena Schulz', {}, { timeout: 10_000 });
  await signInCashier(user);
  await user.type(await screen.findByLabelText(/Anfangsbestand/, {}, { timeout: 10_000 }), '100,00');
  await user.click(screen.getByRole('button', { name: 'Schicht öffnen' }));
  await screen.findByText('Artikel scannen', {}, { timeout: 10_000 });
}

beforeEach(() => {
  useCartStore.getState().clear();
  useCounterStore.setState({ shift: null, shiftLoaded: false, settings: null, dialog: null, receipt: null, report: null });
  useFeedbackCapture.setState({ open: false });
});

test('a lost sale recorded with the shortcut reaches the board, is resolved there, and the counter shows the resolution', async () => {
  const user = userEvent.setup();
  const { t, unmount } = renderApp();
  await startSelling(user);

  // The button is on the action bar with its key; the key opens the dialog from anywhere.
  expect(screen.getByRole('button', { name: /Anliegen/ })).toHaveTextContent('⇧F2');
  await scan(user, BAUERNBROT);
  await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(1));
  await user.keyboard('{Shift>}{F2}{/Shift}');
  const dialog = await screen.findByRole('dialog', { name: 'Kundenanliegen erfassen' });
  await user.click(within(dialog).getByLabelText('Entgangener Verkauf'));
  // Prefilled with the product selected in the cart, and price × quantity.
  expect(within(dialog).getByRole('combobox', { name: 'Artikel' })).toHaveValue('Bauernbrot (LM-0001)');
  expect(within(dialog).getByLabelText('Geschätzter Wert')).toHaveValue('4,20');
  await user.clear(within(dialog).getByLabelText('Menge'));
  await user.type(within(dialog).getByLabelText('Menge'), '3');
  expect(within(dialog).getByLabelText('Geschätzter Wert')).toHaveValue('12,60');
  await user.type(within(dialog).getByLabelText(/Was wollte der Kunde/), 'wollte drei für ein Fest');
  await user.click(within(dialog).getByRole('button', { name: 'Erfassen' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Kundenanliegen erfassen' })).not.toBeInTheDocument());
  expect(t.core.db.prepare('SELECT kind, text, quantity, value_cents FROM feedback_items').all())
    .toEqual([{ kind: 'lostSale', text: 'wollte drei für ein Fest', quantity: 3000, value_cents: 1260 }]);
  await waitFor(() => expect(screen.getByTestId('counter-feedback')).toHaveTextContent('Ein Kunde fragte danach'));
  unmount();

  // The back office: the owner sees it on the board, grouped under the product.
  mountApp(t);
  await signInOwner(user);
  await goTo('/back/improvement');
  const group = await screen.findByTestId('feedback-group', {}, { timeout: 5000 });
  expect(group).toHaveTextContent('Bauernbrot');
  expect(group).toHaveTextContent('Entgangen: 1');
  expect(group).toHaveTextContent('12,60');
  await user.click(within(group).getByRole('button', { name: /Rückmeldung #1 öffnen/ }));
  const drawer = await screen.findByRole('dialog', { name: 'Rückmeldung #1' });
  expect(within(drawer).getByTestId('item-status')).toHaveTextContent('Neu');

  // Along the flow: new → in review (with an owner) → done with a resolution.
  await user.click(within(drawer).getByRole('combobox', { name: 'Status' }));
  await user.click(await screen.findByRole('option', { name: 'In Prüfung' }));
  await user.click(within(drawer).getByRole('combobox', { name: 'Zuständig' }));
  await user.click(await screen.findByRole('option', { name: 'Markus Wolf' }));
  await user.click(within(drawer).getByRole('button', { name: 'Speichern' }));
  await waitFor(() => expect(within(drawer).getByTestId('item-status')).toHaveTextContent('In Prüfung'));
  await user.click(within(drawer).getByRole('combobox', { name: 'Status' }));
  await user.click(await screen.findByRole('option', { name: 'Erledigt' }));
  expect(within(drawer).getByRole('button', { name: 'Speichern' })).toBeDisabled();
  await user.type(within(drawer).getByLabelText(/^Lösung/), 'ab Dezember im Sortiment');
  await user.click(within(drawer).getByRole('button', { name: 'Speichern' }));
  await waitFor(() => expect(within(drawer).getByTestId('item-status')).toHaveTextContent('Erledigt'));
  expect(within(drawer).getByText('Neu → In Prüfung')).toBeInTheDocument();
  expect(within(drawer).getByText('In Prüfung → Erledigt')).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT status, resolution FROM feedback_items').get()).toEqual({ status: 'done', resolution: 'ab Dezember im Sortiment' });
  await user.click(within(drawer).getByRole('button', { name: 'Schließen' }));

  // Done items leave the open board; "Alle" shows them.
  await waitFor(() => expect(screen.queryByTestId('feedback-group')).not.toBeInTheDocument());

  // The counter shows the resolution on that product.
  useCartStore.getState().clear();
  await goTo('/counter');
  await scan(user, BAUERNBROT);
  await waitFor(() => expect(screen.getByTestId('counter-feedback')).toHaveTextContent('Ein Kunde fragte danach · Lösung: ab Dezember im Sortiment'), { timeout: 5000 });
  t.close();
}, 120_000);

test('the capture dialog says what is missing before anything is sent', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await startSelling(user);
  await user.click(screen.getByRole('button', { name: /Anliegen/ }));
  const dialog = await screen.findByRole('dialog', { name: 'Kundenanliegen erfassen' });
  await user.click(within(dialog).getByRole('button', { name: 'Erfassen' }));
  expect(within(dialog).getByRole('alert')).toHaveTextContent('Bitte beschreiben, was der Kunde gesagt hat.');
  await user.click(within(dialog).getByLabelText('Wunsch'));
  await user.click(within(dialog).getByRole('button', { name: 'Erfassen' }));
  expect(within(dialog).getByRole('alert')).toHaveTextContent('Artikel wählen oder beschreiben');
  // A receipt that does not exist comes back from the core with its reason.
  await user.type(within(dialog).getByLabelText(/Was wünscht/), 'Hafermilch');
  await user.type(within(dialog).getByLabelText(/Bon-Nr/), '1-999999');
  await user.click(within(dialog).getByRole('button', { name: 'Erfassen' }));
  await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('Einen Kassenbon mit der Nummer 1-999999 gibt es nicht.'));
  expect(t.core.db.prepare('SELECT count(*) FROM feedback_items').pluck().get()).toBe(0);
  t.close();
}, 60_000);
