/** The roles × permissions matrix against the real core: a grant saved per role, the owner's locked permissions, a new role from a copy. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goTo, renderApp, signInOwner } from './render-app';

const SLOW = { timeout: 5000 };
const permissionsOf = (t: ReturnType<typeof renderApp>['t'], roleId: number) =>
  t.core.db.prepare('SELECT permission FROM role_permissions WHERE role_id = ? ORDER BY permission').pluck().all(roleId) as string[];

test('the owner grants discounts to cashiers and saves that role; the owner\'s staff and back-office permissions cannot be unticked', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/staff?view=roles');
  const matrix = await screen.findByRole('table', { name: 'Rechte je Rolle' });
  const discount = await within(matrix).findByRole('checkbox', { name: 'Rabatt geben – Kassierer/in' }, SLOW);
  expect(discount).not.toBeChecked();
  expect(within(matrix).getByRole('checkbox', { name: 'Personal verwalten – Inhaber/in' })).toBeDisabled();
  expect(within(matrix).getByRole('checkbox', { name: 'Back Office betreten – Inhaber/in' })).toBeDisabled();
  expect(within(matrix).getByRole('checkbox', { name: 'Rabatt geben – Inhaber/in' })).toBeEnabled();
  expect(within(matrix).getByRole('button', { name: 'Kassierer/in speichern' })).toBeDisabled();

  await user.click(discount);
  expect(discount).toBeChecked();
  expect(screen.getByText('Geändert')).toBeInTheDocument();
  expect(permissionsOf(t, 3)).toEqual(['counter.sell']);
  await user.click(within(matrix).getByRole('button', { name: 'Kassierer/in speichern' }));
  await waitFor(() => expect(permissionsOf(t, 3)).toEqual(['counter.discount', 'counter.sell']), SLOW);
  await waitFor(() => expect(screen.queryByText('Geändert')).not.toBeInTheDocument());
  expect(within(matrix).getByRole('checkbox', { name: 'Rabatt geben – Kassierer/in' })).toBeChecked();
  t.close();
});

test('a new role starts from a copy of an existing one and gets its own column', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/staff?view=roles');
  await screen.findByRole('checkbox', { name: 'Verkaufen – Kassierer/in' }, SLOW);
  await user.click(screen.getByRole('button', { name: 'Neue Rolle' }));
  const dialog = await screen.findByRole('dialog', { name: 'Neue Rolle anlegen' });
  await user.type(within(dialog).getByLabelText(/Name der Rolle/), 'Aushilfe');
  await user.selectOptions(within(dialog).getByLabelText('Rechte übernehmen von'), 'Kassierer/in');
  await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
  expect(await screen.findByRole('checkbox', { name: 'Verkaufen – Aushilfe' }, SLOW)).toBeChecked();
  const role = t.core.db.prepare("SELECT id FROM roles WHERE name = 'Aushilfe'").pluck().get() as number;
  expect(permissionsOf(t, role)).toEqual(['counter.sell']);
  t.close();
});
