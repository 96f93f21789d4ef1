import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

async function enterPin(user: ReturnType<typeof userEvent.setup>, pin: string) {
  for (const digit of pin) await user.click(screen.getByRole('button', { name: digit }));
  await user.click(screen.getByRole('button', { name: 'OK' }));
}

test('a new database opens the setup; the demo shop leads to the sign-in', async () => {
  const user = userEvent.setup();
  const { t } = renderApp({ demo: false });
  await user.click(await screen.findByRole('button', { name: 'Demo-Laden öffnen' }));
  expect(await screen.findByText('Wer meldet sich an?')).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Laden am Markt' })).toBeInTheDocument();
  expect(screen.getByText('Lena Schulz')).toBeInTheDocument();
  expect(t.call('setup.status').state).toBe('ready');
  t.close();
});

test('the cashier signs in with her PIN and lands on the counter frame', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await user.click(await screen.findByText('Lena Schulz'));
  expect(screen.getByText('PIN für Lena Schulz')).toBeInTheDocument();
  await enterPin(user, '1111');
  expect(await screen.findByText('Die Kasse ist geschlossen')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByTestId('shop-name')).toHaveTextContent('Laden am Markt'));
  expect(screen.getByTestId('signed-in-name')).toHaveTextContent('Lena Schulz');
  expect(screen.getByText('Kassierer/in', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
  // A cashier has no way into the back office.
  expect(screen.queryByRole('button', { name: 'Büro' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Abmelden' }));
  expect(await screen.findByText('Wer meldet sich an?')).toBeInTheDocument();
  t.close();
});

test('a wrong PIN says how many attempts are left; the fifth locks', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await user.click(await screen.findByText('Lena Schulz'));
  await enterPin(user, '9999');
  expect(await screen.findByRole('alert')).toHaveTextContent('Noch 4 Versuche');
  for (let i = 0; i < 4; i++) await enterPin(user, '9999');
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Zu viele Fehlversuche'));
  await waitFor(() => expect(screen.getAllByText(/^Gesperrt bis/).length).toBeGreaterThan(0));
  t.close();
});

test('the PIN pad takes the keyboard too', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await screen.findByText('Lena Schulz');
  await user.keyboard('2222{Enter}');
  expect(await screen.findByTestId('signed-in-name')).toHaveTextContent('Markus Wolf');
  // The manager may switch to the back office.
  expect(screen.getByRole('button', { name: 'Büro' })).toBeInTheDocument();
  t.close();
});

test('the owner signs in with a password and lands in the back office', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await user.click(await screen.findByRole('button', { name: 'Mit Passwort anmelden' }));
  await user.type(screen.getByLabelText(/Benutzername/), 'owner');
  await user.type(screen.getByLabelText(/Passwort/), 'kontor-demo');
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
  expect(await screen.findByTestId('signed-in-name', {}, { timeout: 5000 })).toHaveTextContent('Anna Becker');
  const nav = screen.getByRole('navigation', { name: 'Büro' });
  for (const tab of ['Sortiment', 'Lager', 'Einkauf & Logistik', 'Fertigung & Aufträge', 'Verkauf', 'Buchhaltung', 'Personal', 'Verbesserung', 'Berichte', 'Einstellungen']) {
    expect(within(nav).getByText(tab)).toBeInTheDocument();
  }
  t.close();
});
