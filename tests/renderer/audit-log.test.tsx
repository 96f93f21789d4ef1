/** The audit log viewer against the real core: a role change shown with its summary, the action filter, the CSV export. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catchDownloads } from './downloads';
import { goTo, renderApp, signInOwner } from './render-app';

const SLOW = { timeout: 5000 };

afterEach(() => vi.restoreAllMocks());

test('a role change shows in the log, the action filter narrows to it, and the CSV holds the same rows', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const { t } = renderApp();
  t.signInOwner();
  t.call('staff.roles.setPermissions', { roleId: 3, permissions: ['counter.sell', 'counter.discount'] });
  await signInOwner(user);
  await goTo('/back/staff?view=audit');
  const table = await screen.findByRole('table', { name: 'Protokoll' });
  expect(await within(table).findByText('Rechte einer Rolle geändert', {}, SLOW)).toBeInTheDocument();
  expect(within(table).getAllByText('Angemeldet').length).toBeGreaterThan(0);

  await user.selectOptions(await screen.findByLabelText('Aktion'), 'Rechte einer Rolle geändert');
  await waitFor(() => expect(within(table).queryByText('Angemeldet')).not.toBeInTheDocument(), SLOW);
  const rows = within(table).getAllByTestId(/^audit-row-/);
  expect(rows).toHaveLength(1);
  expect(within(rows[0]!).getByText('Rechte einer Rolle geändert')).toBeInTheDocument();
  expect(rows[0]).toHaveTextContent('Kassierer/in role:3');
  await user.click(within(rows[0]!).getByRole('button', { name: /^Details zu Eintrag/ }));
  expect(screen.getByText('Nachher')).toBeInTheDocument();
  expect(screen.getAllByText(/counter\.discount/).length).toBeGreaterThan(0);

  await user.click(screen.getByRole('button', { name: 'CSV exportieren' }));
  await waitFor(() => expect(downloads).toHaveLength(1), SLOW);
  expect(downloads[0]!.fileName).toMatch(/\.csv$/);
  const csv = await downloads[0]!.blob.text();
  expect(csv).toContain('staff.roles.permissions');
  expect(csv).not.toContain('auth.signIn');
  t.close();
});

test('the accountant reads the log without managing staff: only the log tab, and no person filter', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.signInOwner();
  t.call('staff.create', { name: 'Petra Kühn', roleId: 5, username: 'petra', password: 'buchhaltung-2026' });
  await user.click(await screen.findByRole('button', { name: 'Mit Passwort anmelden' }));
  await user.type(screen.getByLabelText(/Benutzername/), 'petra');
  await user.type(screen.getByLabelText(/Passwort/), 'buchhaltung-2026');
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
  await screen.findByTestId('signed-in-name', {}, SLOW);
  await goTo('/back/staff');
  const table = await screen.findByRole('table', { name: 'Protokoll' }, SLOW);
  expect(await within(table).findByText('Person angelegt', {}, SLOW)).toBeInTheDocument();
  expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Protokoll']);
  expect(screen.getByLabelText('Aktion')).toBeInTheDocument();
  expect(screen.queryByLabelText('Person')).not.toBeInTheDocument();
  t.close();
});

test('"Load more" continues below the last entry shown until the log ends', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.signInOwner();
  for (let i = 0; i < 60; i += 1) {
    t.call('staff.roles.setPermissions', { roleId: 3, permissions: i % 2 === 0 ? ['counter.sell', 'counter.discount'] : ['counter.sell'] });
  }
  const total = t.core.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  await signInOwner(user);
  await goTo('/back/staff?view=audit');
  const table = await screen.findByRole('table', { name: 'Protokoll' });
  await waitFor(() => expect(within(table).getAllByTestId(/^audit-row-/)).toHaveLength(50), SLOW);
  await user.click(screen.getByRole('button', { name: 'Mehr laden' }));
  expect(await screen.findByText('Keine älteren Einträge.', {}, SLOW)).toBeInTheDocument();
  const ids = within(table).getAllByTestId(/^audit-row-/).map((row) => Number(row.dataset.testid!.replace('audit-row-', '')));
  expect(ids).toHaveLength(total + 1); // and the owner's sign-in through the screen
  expect(ids).toEqual([...ids].sort((a, b) => b - a));
  t.close();
});

test('filters by a whole group of actions, by person and by text; a change reads as field: before → after', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.signInPin('2222');
  t.signInOwner();
  const weekly = t.core.db.prepare('SELECT weekly_minutes FROM staff WHERE id = 3').pluck().get() as number | null;
  t.call('staff.update', { staffId: 3, name: 'Lena Schulz', roleId: 3, weeklyMinutes: 1500 });
  await signInOwner(user);
  await goTo('/back/staff?view=audit');
  const table = await screen.findByRole('table', { name: 'Protokoll' });
  const rows = () => within(table).queryAllByTestId(/^audit-row-/);

  await user.selectOptions(await screen.findByLabelText('Aktion'), 'Personal – alle');
  await waitFor(() => expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('Person geändert')]), SLOW);
  expect(rows()[0]).toHaveTextContent(`Wochenminuten: ${weekly ?? '–'} → 1500`);
  expect(rows()[0]).toHaveTextContent('Lena Schulz');

  await user.selectOptions(screen.getByLabelText('Aktion'), 'Alle Aktionen');
  await user.selectOptions(await screen.findByLabelText('Person'), 'Markus Wolf');
  await waitFor(() => expect(rows().length).toBeGreaterThan(0), SLOW);
  await waitFor(() => expect(rows().every((r) => r.textContent!.includes('Markus Wolf'))).toBe(true), SLOW);
  expect(within(table).getAllByText('Angemeldet').length).toBe(rows().length);

  await user.selectOptions(screen.getByLabelText('Person'), 'Alle Personen');
  await user.type(screen.getByLabelText('Suche'), 'staff:3');
  await waitFor(() => expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('Person geändert')]), SLOW);
  t.close();
});
