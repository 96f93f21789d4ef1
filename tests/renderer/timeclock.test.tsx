/** The time clock at the sign-in screen against the real core: wrong PIN, clock in, a break, clock out. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInCashier, type User } from './render-app';

const time = (iso: string) => new Intl.DateTimeFormat('de-DE', { timeStyle: 'short' }).format(new Date(iso));

async function openClock(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Stempeluhr' }));
  return screen.findByRole('dialog', { name: 'Stempeluhr' });
}

async function typePin(user: User, dialog: HTMLElement, pin: string) {
  for (const digit of pin) await user.click(within(dialog).getByRole('button', { name: digit }));
  await user.click(within(dialog).getByRole('button', { name: 'OK' }));
}

/** Opens the clock, picks Lena Schulz, types her PIN and returns the dialog showing her status. */
async function asLena(user: User) {
  const dialog = await openClock(user);
  await user.click(await within(dialog).findByRole('button', { name: 'Lena Schulz' }));
  await typePin(user, dialog, '1111');
  await within(dialog).findByRole('heading', { name: 'Lena Schulz' });
  return dialog;
}

async function finish(user: User, dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('button', { name: 'Fertig' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Stempeluhr' })).not.toBeInTheDocument());
}

test('at the sign-in screen the cashier clocks in, takes a break and clocks out; a wrong PIN is refused', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.clock.set('2026-11-24T08:02:00.000Z');
  const events = () => t.core.db.prepare('SELECT kind, at, source FROM time_events WHERE staff_id = 3 ORDER BY id').all();

  // A wrong PIN: the sign-in screen's message, nothing recorded.
  let dialog = await openClock(user);
  await typePin(user, dialog, '9999');
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Falsche PIN/);
  expect(events()).toEqual([]);

  // The right PIN: not clocked in yet, only "Kommen" offered.
  await user.click(within(dialog).getByRole('button', { name: 'Lena Schulz' }));
  await typePin(user, dialog, '1111');
  expect(await within(dialog).findByTestId('clock-state')).toHaveTextContent('Nicht eingestempelt');
  expect(within(dialog).queryByRole('button', { name: 'Gehen' })).not.toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Kommen' }));
  expect(await within(dialog).findByTestId('clock-done')).toHaveTextContent(`eingestempelt um ${time('2026-11-24T08:02:00.000Z')}`);
  expect(events()).toEqual([{ kind: 'in', at: '2026-11-24T08:02:00.000Z', source: 'clock' }]);
  await finish(user, dialog);

  // Four hours later: the state since clock-in, today's hours, then a break.
  t.clock.set('2026-11-24T12:02:00.000Z');
  dialog = await asLena(user);
  expect(within(dialog).getByTestId('clock-state')).toHaveTextContent(`Eingestempelt seit ${time('2026-11-24T08:02:00.000Z')}`);
  expect(within(dialog).getByTestId('clock-today')).toHaveTextContent('4:00');
  await user.click(within(dialog).getByRole('button', { name: 'Pause' }));
  await within(dialog).findByTestId('clock-done');
  await finish(user, dialog);

  t.clock.set('2026-11-24T12:32:00.000Z');
  dialog = await asLena(user);
  expect(within(dialog).getByTestId('clock-state')).toHaveTextContent(`In der Pause seit ${time('2026-11-24T12:02:00.000Z')}`);
  await user.click(within(dialog).getByRole('button', { name: 'Pause beenden' }));
  await within(dialog).findByTestId('clock-done');
  await finish(user, dialog);

  t.clock.set('2026-11-24T16:02:00.000Z');
  dialog = await asLena(user);
  await user.click(within(dialog).getByRole('button', { name: 'Gehen' }));
  const done = await within(dialog).findByTestId('clock-done');
  expect(done).toHaveTextContent('ausgestempelt um');
  expect(done).toHaveTextContent('7:30');
  await finish(user, dialog);
  expect(events()).toEqual([
    { kind: 'in', at: '2026-11-24T08:02:00.000Z', source: 'clock' },
    { kind: 'breakStart', at: '2026-11-24T12:02:00.000Z', source: 'clock' },
    { kind: 'breakEnd', at: '2026-11-24T12:32:00.000Z', source: 'clock' },
    { kind: 'out', at: '2026-11-24T16:02:00.000Z', source: 'clock' },
  ]);
  // Still at the sign-in screen: the time clock signs nobody in.
  expect(screen.queryByTestId('signed-in-name')).not.toBeInTheDocument();
}, 60_000);

test('at the counter the top bar opens the time clock; a wrong PIN is refused, another person clocks in by keyboard and the cashier stays signed in', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.clock.set('2026-11-24T08:02:00.000Z');
  await signInCashier(user);
  await screen.findByLabelText(/Anfangsbestand/, {}, { timeout: 5000 });
  const dialog = await openClock(user);
  // A wrong PIN is the clock's business: the cashier's session goes on.
  await user.keyboard('9999{Enter}');
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Falsche PIN/);
  expect(screen.getByTestId('signed-in-name')).toHaveTextContent('Lena Schulz');
  // Typed on the keyboard, the PIN goes to the clock's pad (the counter leaves keys to dialogs).
  await user.keyboard('2222{Enter}');
  expect(await within(dialog).findByRole('heading', { name: 'Markus Wolf' })).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Kommen' }));
  await within(dialog).findByTestId('clock-done');
  await finish(user, dialog);
  expect(screen.getByTestId('signed-in-name')).toHaveTextContent('Lena Schulz');
  expect(t.core.db.prepare("SELECT staff_id, kind FROM time_events WHERE at = '2026-11-24T08:02:00.000Z'").all()).toEqual([{ staff_id: 2, kind: 'in' }]);
}, 60_000);

test('five wrong PINs at a tile lock it, as at sign-in: the clock says until when and refuses the right PIN too', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.clock.set('2026-11-24T08:02:00.000Z');
  const dialog = await openClock(user);
  await user.click(await within(dialog).findByRole('button', { name: 'Lena Schulz' }));
  for (let attempt = 1; attempt <= 4; attempt++) {
    await typePin(user, dialog, '9999');
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(`Noch ${5 - attempt} Versuch`));
  }
  await typePin(user, dialog, '9999');
  const until = time('2026-11-24T08:07:00.000Z');
  await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(`Gesperrt bis ${until}`));
  expect(within(dialog).getByRole('button', { name: /Lena Schulz/ })).toHaveTextContent(`Gesperrt bis ${until}`);
  await typePin(user, dialog, '1111');
  await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(`Gesperrt bis ${until}`));
  expect(within(dialog).queryByRole('button', { name: 'Kommen' })).not.toBeInTheDocument();
  expect(t.core.db.prepare('SELECT COUNT(*) FROM time_events WHERE staff_id = 3').pluck().get()).toBe(0);
}, 60_000);
