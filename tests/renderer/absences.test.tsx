/** Absences against the real core: a vacation week shows in the calendar and lowers the remaining vacation; cancelled, it gives it back. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goTo, renderApp, signInOwner } from './render-app';

const vacationRow = (name: string) => screen.getAllByTestId('vacation-row').find((row) => row.dataset.person === name)!;
const calendarRow = (name: string) => screen.getAllByTestId('absence-row').find((row) => row.dataset.person === name)!;
const markedDays = (name: string) => within(calendarRow(name)).queryAllByRole('button').filter((cell) => cell.dataset.kind).map((cell) => `${cell.dataset.day} ${cell.dataset.kind}`);

test('the owner books a vacation week for the cashier, sees it in December and her remaining vacation drop, then cancels it', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.clock.set(new Date('2026-11-25T10:00').toISOString());
  await signInOwner(user);
  await goTo('/back/staff?view=absences');

  fireEvent.change(await screen.findByLabelText('Monat'), { target: { value: '2026-12' } });
  await waitFor(() => expect(screen.getByTestId('absence-month')).toHaveTextContent('Dezember 2026'));
  await waitFor(() => expect(within(vacationRow('Lena Schulz')).getByTestId('vacation-remaining')).toHaveTextContent('24'));
  await waitFor(() => expect(markedDays('Lena Schulz')).toEqual([]));

  await user.click(screen.getByRole('button', { name: 'Neue Abwesenheit' }));
  const dialog = await screen.findByRole('dialog', { name: 'Neue Abwesenheit' });
  await user.click(within(dialog).getByRole('combobox', { name: /Person/ }));
  await user.click(await screen.findByRole('option', { name: 'Lena Schulz' }));
  fireEvent.change(within(dialog).getByLabelText(/Von/), { target: { value: '2026-12-07' } });
  fireEvent.change(within(dialog).getByLabelText(/Bis/), { target: { value: '2026-12-11' } });
  await user.type(within(dialog).getByLabelText('Notiz'), 'Winterurlaub');
  await user.click(within(dialog).getByRole('button', { name: 'Eintragen' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Neue Abwesenheit' })).not.toBeInTheDocument());

  // Monday to Friday marked; she works Mon, Tue, Wed and Fri, so 4 days of vacation are planned.
  await waitFor(() => expect(markedDays('Lena Schulz')).toEqual(['07', '08', '09', '10', '11'].map((d) => `2026-12-${d} vacation`)));
  expect(within(calendarRow('Lena Schulz')).getByRole('button', { name: /07\.12\.: Urlaub/ })).toHaveTextContent('U');
  expect(within(vacationRow('Lena Schulz')).getByTestId('vacation-planned')).toHaveTextContent('4');
  expect(within(vacationRow('Lena Schulz')).getByTestId('vacation-remaining')).toHaveTextContent('20');

  // The same days again are refused with the reason.
  await user.click(within(calendarRow('Lena Schulz')).getByRole('button', { name: /14\.12\./ }));
  const again = await screen.findByRole('dialog', { name: 'Neue Abwesenheit' });
  fireEvent.change(within(again).getByLabelText(/Von/), { target: { value: '2026-12-11' } });
  await user.click(within(again).getByRole('button', { name: 'Eintragen' }));
  expect(await within(again).findByRole('alert')).toHaveTextContent('überschneidet sich');
  await user.click(within(again).getByRole('button', { name: 'Abbrechen' }));

  // Opened from the calendar and cancelled with a reason: the days are free again.
  await user.click(within(calendarRow('Lena Schulz')).getByRole('button', { name: /09\.12\.: Urlaub/ }));
  const details = await screen.findByRole('dialog', { name: 'Abwesenheit von Lena Schulz' });
  expect(details).toHaveTextContent('Winterurlaub');
  expect(details).toHaveTextContent('Arbeitstage: 4');
  await user.click(within(details).getByRole('button', { name: 'Abwesenheit stornieren' }));
  const confirm = within(details).getByRole('button', { name: 'Stornieren' });
  expect(confirm).toBeDisabled();
  await user.type(within(details).getByLabelText(/Grund der Stornierung/), 'Doch nicht');
  await user.click(confirm);
  await waitFor(() => expect(markedDays('Lena Schulz')).toEqual([]));
  expect(within(vacationRow('Lena Schulz')).getByTestId('vacation-remaining')).toHaveTextContent('24');
  expect(t.core.db.prepare('SELECT kind, from_day, to_day, cancel_reason FROM absences WHERE staff_id = 3').all())
    .toEqual([{ kind: 'vacation', from_day: '2026-12-07', to_day: '2026-12-11', cancel_reason: 'Doch nicht' }]);
}, 60_000);
