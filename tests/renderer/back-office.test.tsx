import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openTab, renderApp, signInOwner } from './render-app';

test('a tab that is not built yet says so plainly', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await openTab('reports');
  expect(screen.getByRole('heading', { name: 'Berichte' })).toBeInTheDocument();
  expect(await screen.findByText('Noch nicht gebaut')).toBeInTheDocument();
  expect(screen.getByText(/Umsatz nach Tag und Stunde/)).toBeInTheDocument();
  t.close();
});

test('the owner renames a VAT rate, adds one and retires an unused one', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await user.click(await screen.findByRole('tab', { name: 'Steuersätze' }));
  const reducedRow = (await screen.findByText('Ermäßigt')).closest('tr')!;
  expect(within(reducedRow).getByText(/7\s?%/)).toBeInTheDocument();
  await user.click(within(reducedRow).getByRole('button', { name: 'Umbenennen' }));
  const dialog = await screen.findByRole('dialog');
  const name = within(dialog).getByLabelText(/Bezeichnung/);
  await user.clear(name);
  await user.type(name, 'Ermäßigt (Lebensmittel)');
  await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
  expect(await screen.findByText('Ermäßigt (Lebensmittel)')).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT name FROM vat_rates').pluck().all()).toContain('Ermäßigt (Lebensmittel)');

  await user.click(screen.getByRole('button', { name: 'Steuersatz hinzufügen' }));
  const add = await screen.findByRole('dialog');
  await user.type(within(add).getByLabelText(/Bezeichnung/), 'Durchschnittssatz');
  await user.type(within(add).getByLabelText(/Satz/), '7,8');
  await user.click(within(add).getByRole('button', { name: 'Hinzufügen' }));
  const newRow = (await screen.findByText('Durchschnittssatz')).closest('tr')!;
  expect(within(newRow).getByText(/7,8\s?%/)).toBeInTheDocument();

  // A rate used by active products cannot be retired: the screen says why.
  const standardRow = screen.getByText('Regelsatz').closest('tr')!;
  await user.click(within(standardRow).getByRole('button', { name: 'Stilllegen' }));
  await waitFor(() => expect(screen.getAllByRole('alert').some((a) => /aktive Artikel verwenden diesen Satz noch/.test(a.textContent ?? ''))).toBe(true));

  await user.click(within(newRow).getByRole('button', { name: 'Stilllegen' }));
  await waitFor(() => expect(within(screen.getByText('Durchschnittssatz').closest('tr')!).getByText('Stillgelegt')).toBeInTheDocument());
  t.close();
});

test('switching the language changes the texts and is remembered for the person', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  expect(screen.getByRole('button', { name: 'Abmelden' })).toBeInTheDocument();
  await user.click(screen.getAllByText('English')[0]!);
  expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  expect(screen.getByText('Settings', { selector: '.mantine-NavLink-label' })).toBeInTheDocument();
  await waitFor(() => expect(t.core.db.prepare("SELECT language FROM staff WHERE username = 'owner'").pluck().get()).toBe('en'));
  t.close();
});

test('company data is edited in settings and shown in the frame', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  const name = await screen.findByLabelText(/Name des Geschäfts/);
  await waitFor(() => expect(name).toHaveValue('Laden am Markt'));
  await user.clear(name);
  await user.type(name, 'Laden am Münsterplatz');
  await user.click(screen.getByRole('button', { name: 'Speichern' }));
  await waitFor(() => expect(screen.getByTestId('shop-name')).toHaveTextContent('Laden am Münsterplatz'));
  t.close();
});
