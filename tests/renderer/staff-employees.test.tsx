/**
 * The staff tab's employee list and drawer against the real core: a new person with contract data
 * and a PIN (stored only as a lookup hash, usable at the counter), and the refusal to let the last
 * person who manages staff leave.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../src-renderer/i18n';
import { logicalDump } from '../helpers/core';
import { goTo, renderApp, signInOwner } from './render-app';

const SLOW = { timeout: 5000 };
const PIN = '80413579';

test('the owner adds an employee with contract data and a PIN; the PIN is kept only as a hash and works at the counter', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/staff?view=employees');
  const list = await screen.findByRole('table', { name: 'Mitarbeitende' });
  expect(await within(list).findByText('Lena Schulz', {}, SLOW)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Neue Person' }));
  const drawer = await screen.findByRole('dialog', { name: 'Neue Person anlegen' });
  await user.type(within(drawer).getByLabelText(/^Name/), 'Jonas Becker');
  await user.type(within(drawer).getByLabelText('E-Mail'), 'jonas@example.org');
  await user.type(within(drawer).getByLabelText(/^Wochenstunden/), '38,5');
  await user.type(within(drawer).getByLabelText(/^Stundenlohn/), '14,50');
  await user.type(within(drawer).getByLabelText('Urlaubstage pro Jahr'), '28');
  await user.click(within(drawer).getByRole('checkbox', { name: 'Sa' }));
  await user.type(within(drawer).getByLabelText('PIN'), PIN);
  await user.type(within(drawer).getByLabelText('PIN wiederholen'), '8041');
  expect(within(drawer).getByText('Die PINs stimmen nicht überein.')).toBeInTheDocument();
  await user.type(within(drawer).getByLabelText('PIN wiederholen'), '3579');
  expect(within(drawer).queryByText('Die PINs stimmen nicht überein.')).not.toBeInTheDocument();
  await user.click(within(drawer).getByRole('button', { name: 'Speichern' }));

  // The drawer now shows the saved person, with the PIN set but never shown.
  const saved = await screen.findByRole('dialog', { name: 'Jonas Becker' }, SLOW);
  expect(await within(saved).findByText('Eine PIN ist gesetzt.', {}, SLOW)).toBeInTheDocument();
  expect(within(saved).getByLabelText(/^Wochenstunden/)).toHaveValue('38,5');
  const row = t.core.db.prepare("SELECT id, role_id, email, weekly_minutes, work_days, hourly_wage_cents, vacation_days, pin_lookup FROM staff WHERE name = 'Jonas Becker'")
    .get() as Record<string, unknown>;
  expect(row).toMatchObject({ role_id: 3, email: 'jonas@example.org', weekly_minutes: 2310, work_days: '123456', hourly_wage_cents: 1450, vacation_days: 28 });
  expect(row.pin_lookup).toEqual(expect.any(String));
  expect(logicalDump(t.core.db)).not.toContain(PIN);
  expect(document.body.innerHTML).not.toContain(PIN);

  await user.click(within(saved).getByRole('button', { name: 'Schließen' }));
  const newRow = await screen.findByTestId(`employee-row-${row.id as number}`);
  expect(within(newRow).getByText('PIN gesetzt')).toBeInTheDocument();
  expect(within(newRow).getByText('Kassierer/in')).toBeInTheDocument();
  expect(within(newRow).getByText('38,5 Std.')).toBeInTheDocument();

  // The new person signs in at the counter with that PIN.
  t.signInPin(PIN);
  expect(t.call('auth.session', {})).toMatchObject({ name: 'Jonas Becker' });
  t.close();
});

/** The translated reason the core gives, which must exist (not the generic conflict text). */
function reasonText(reason: string): string {
  const key = `errors.reasons.${reason}`;
  expect(i18n.exists(key), key).toBe(true);
  return i18n.t(key);
}

test('the owner can neither leave nor give up managing staff as its last manager: the reasons are shown and nothing changes', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/staff?view=employees&person=1');
  const drawer = await screen.findByTestId('employee-drawer', {}, SLOW);
  const before = logicalDump(t.core.db);

  await user.click(await within(drawer).findByRole('button', { name: 'Ausscheiden eintragen' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: /ausscheiden lassen/ });
  await user.click(within(dialog).getByRole('button', { name: 'Ausscheiden eintragen' }));
  expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent(reasonText('cannotDeactivateSelf'));
  await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));

  await user.selectOptions(within(drawer).getByLabelText(/^Rolle/), 'Kassierer/in');
  await user.click(within(drawer).getByRole('button', { name: 'Speichern' }));
  expect(await within(drawer).findByRole('alert', {}, SLOW)).toHaveTextContent(reasonText('lastStaffManager'));
  expect(logicalDump(t.core.db)).toBe(before);
  t.close();
});

test('the timesheet button opens the person in the timesheet view', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/staff?view=employees&person=3');
  const drawer = await screen.findByRole('dialog', { name: 'Lena Schulz' }, SLOW);
  await user.click(within(drawer).getByRole('button', { name: 'Arbeitszeitnachweis' }));
  await waitFor(() => expect(window.location.hash).toContain('view=timesheets'));
  expect(window.location.hash).toContain('person=3');
  t.close();
});

test('a PIN is reset in its dialog (typed twice, masked) and works at once; the old one no longer does', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/staff?view=employees&person=3');
  const drawer = await screen.findByRole('dialog', { name: 'Lena Schulz' }, SLOW);
  await user.click(await within(drawer).findByRole('button', { name: 'PIN ändern' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: 'PIN für Lena Schulz' });
  const first = within(dialog).getByLabelText('PIN');
  expect(first).toHaveAttribute('type', 'password');
  await user.type(first, '12ab34');
  expect(first).toHaveValue('1234');
  await user.type(within(dialog).getByLabelText('PIN wiederholen'), '1234');
  await user.type(first, '56');
  expect(within(dialog).getByRole('button', { name: 'Speichern' })).toBeDisabled();
  await user.type(within(dialog).getByLabelText('PIN wiederholen'), '56');
  await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'PIN für Lena Schulz' })).not.toBeInTheDocument(), SLOW);

  t.signInPin('123456');
  expect(t.call('auth.session', {})).toMatchObject({ name: 'Lena Schulz' });
  expect(() => t.signInPin('1111')).toThrow();
  t.close();
});

test('a person leaves on a chosen day, shows among former staff, and comes back', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/staff?view=employees&person=3');
  const drawer = await screen.findByRole('dialog', { name: 'Lena Schulz' }, SLOW);
  await user.click(await within(drawer).findByRole('button', { name: 'Ausscheiden eintragen' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: 'Lena Schulz ausscheiden lassen' });
  const endDate = within(dialog).getByLabelText(/Letzter Arbeitstag/);
  await user.clear(endDate);
  await user.type(endDate, '2026-01-31');
  await user.click(within(dialog).getByRole('button', { name: 'Ausscheiden eintragen' }));
  expect(await within(drawer).findByRole('button', { name: 'Wieder aktivieren' }, SLOW)).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT active, end_date FROM staff WHERE id = 3').get()).toEqual({ active: 0, end_date: '2026-01-31' });

  await goTo('/back/staff?view=employees');
  await waitFor(() => expect(screen.queryByTestId('employee-row-3')).not.toBeInTheDocument(), SLOW);
  await user.click(screen.getByLabelText('Ausgeschiedene zeigen'));
  expect(await screen.findByTestId('employee-row-3', {}, SLOW)).toHaveTextContent('Ausgeschieden zum 31.01.2026');

  await user.click(within(screen.getByTestId('employee-row-3')).getByRole('button', { name: 'Lena Schulz' }));
  await user.click(await within(await screen.findByRole('dialog', { name: 'Lena Schulz' }, SLOW)).findByRole('button', { name: 'Wieder aktivieren' }, SLOW));
  await waitFor(() => expect(t.core.db.prepare('SELECT active, end_date FROM staff WHERE id = 3').get()).toEqual({ active: 1, end_date: null }), SLOW);
  t.close();
});

test('a back-office sign-in is set up for the cashier and works', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/staff?view=employees&person=3');
  const drawer = await screen.findByRole('dialog', { name: 'Lena Schulz' }, SLOW);
  await user.click(await within(drawer).findByRole('button', { name: 'Anmeldung einrichten' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: 'Back-Office-Anmeldung für Lena Schulz' });
  await user.type(within(dialog).getByLabelText(/^Benutzername/), 'Lena');
  await user.type(within(dialog).getByLabelText(/^Passwort$/), 'kasse-und-mehr');
  await user.type(within(dialog).getByLabelText(/^Passwort wiederholen/), 'kasse-und-mehr');
  await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
  expect(await within(drawer).findByText('Benutzername: lena', {}, SLOW)).toBeInTheDocument();
  expect(logicalDump(t.core.db)).not.toContain('kasse-und-mehr');
  t.setToken(null);
  expect(t.call('auth.signIn', { username: 'lena', password: 'kasse-und-mehr' })).toMatchObject({ session: { name: 'Lena Schulz' } });
  t.close();
});
