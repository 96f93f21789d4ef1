/**
 * Timesheets and the hours report against the real core: the demo cashier's worked hours, a
 * forgotten clock-out added and a time corrected, each with its reason; the month's hours as CSV and PDF.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catchDownloads } from './downloads';
import { goTo, renderApp, signInOwner, type User } from './render-app';

/** A local wall-clock time as the core stores it (UTC). */
const local = (text: string) => new Date(text).toISOString();

const dayRow = (day: string) => screen.getAllByTestId('timesheet-day').find((row) => row.dataset.day === day)!;

async function choosePeriod(user: User, from: string, to: string) {
  await user.click(await screen.findByRole('combobox', { name: 'Zeitraum' }));
  await user.click(await screen.findByRole('option', { name: 'Eigener Zeitraum' }));
  fireEvent.change(await screen.findByLabelText('Von'), { target: { value: from } });
  fireEvent.change(screen.getByLabelText('Bis'), { target: { value: to } });
}

test('the owner sees the cashier\'s worked hours, adds her forgotten clock-out and corrects a time with reasons', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const punch = (at: string, action: 'in' | 'breakStart' | 'breakEnd' | 'out') => {
    t.clock.set(local(at));
    t.call('timeclock.punch', { pin: '1111', staffId: 3, action });
  };
  // Monday 23 Nov 2026: 8:00–16:00 with half an hour's break; Tuesday: in at 8:00, clock-out forgotten.
  punch('2026-11-23T08:00', 'in');
  punch('2026-11-23T12:00', 'breakStart');
  punch('2026-11-23T12:30', 'breakEnd');
  punch('2026-11-23T16:00', 'out');
  punch('2026-11-24T08:00', 'in');
  t.clock.set(local('2026-11-25T10:00'));

  await signInOwner(user);
  await goTo('/back/staff?view=timesheets&person=3');
  await choosePeriod(user, '2026-11-23', '2026-11-29');
  await screen.findByRole('heading', { name: 'Arbeitszeitnachweis Lena Schulz' });
  await waitFor(() => expect(dayRow('2026-11-23')).toBeDefined());
  expect(within(dayRow('2026-11-23')).getByTestId('day-worked')).toHaveTextContent('7:30');
  expect(dayRow('2026-11-23')).toHaveTextContent('Pause 12:00–12:30');
  expect(dayRow('2026-11-24')).toHaveTextContent('Ausstempeln vergessen');
  expect(screen.getByTestId('timesheet-totals')).toHaveTextContent('1 vergessenes Ausstempeln');

  // The forgotten clock-out, added with a reason.
  await user.click(within(dayRow('2026-11-24')).getByRole('button', { name: 'Gehen nachtragen' }));
  let dialog = await screen.findByRole('dialog', { name: 'Buchung nachtragen' });
  await user.type(within(dialog).getByLabelText(/Uhrzeit/), '16:30');
  const add = within(dialog).getByRole('button', { name: 'Nachtragen' });
  expect(add).toBeDisabled();
  await user.type(within(dialog).getByLabelText(/Grund/), 'Ausstempeln vergessen, laut Dienstplan');
  await user.click(add);
  await waitFor(() => expect(within(dayRow('2026-11-24')).getByTestId('day-worked')).toHaveTextContent('8:30'));
  expect(dayRow('2026-11-24')).not.toHaveTextContent('Ausstempeln vergessen');
  expect(screen.getByTestId('total-worked')).toHaveTextContent('16:00');

  // Monday's clock-in corrected to 7:45: the original stays, struck through, with who, when and why.
  // Monday's records, opened from its row, then corrected.
  await user.click(within(dayRow('2026-11-23')).getByRole('button', { name: 'Buchungen am Mo., 23.11. korrigieren' }));
  const records = () => screen.getAllByTestId('time-record');
  await waitFor(() => expect(records()).toHaveLength(4));
  const mondayIn = records().find((row) => row.textContent?.includes('23.11.2026, 08:00') && row.textContent.includes('Kommen'))!;
  await user.click(await within(mondayIn).findByRole('button', { name: 'Zeit ändern' }));
  dialog = await screen.findByRole('dialog', { name: 'Zeit korrigieren' });
  expect(within(dialog).getByTestId('correction-original')).toHaveTextContent('Kommen am 23.11.2026, 08:00');
  await user.clear(within(dialog).getByLabelText(/Uhrzeit/));
  await user.type(within(dialog).getByLabelText(/Uhrzeit/), '07:45');
  await user.type(within(dialog).getByLabelText(/Grund/), 'Früher angefangen');
  await user.click(within(dialog).getByRole('button', { name: 'Korrigieren' }));
  await waitFor(() => expect(within(dayRow('2026-11-23')).getByTestId('day-worked')).toHaveTextContent('7:45'));
  await user.click(screen.getByRole('button', { name: 'Alle Buchungen zeigen (7)' }));
  await waitFor(() => expect(records()).toHaveLength(7));
  const replaced = records().find((row) => row.dataset.status === 'replaced')!;
  expect(replaced).toHaveTextContent('23.11.2026, 08:00');
  expect(replaced).toHaveTextContent('Ersetzt von');
  expect(replaced).toHaveTextContent('Früher angefangen');
  expect(records().filter((row) => row.textContent?.includes('Korrektur von'))).toHaveLength(2);
  expect(t.core.db.prepare("SELECT kind, at, source, reason FROM time_events WHERE staff_id = 3 AND source = 'correction' ORDER BY id").all()).toEqual([
    { kind: 'out', at: local('2026-11-24T16:30'), source: 'correction', reason: 'Ausstempeln vergessen, laut Dienstplan' },
    { kind: 'in', at: local('2026-11-23T07:45'), source: 'correction', reason: 'Früher angefangen' },
  ]);
}, 60_000);

test('the hours report shows the cashier\'s month and downloads it as CSV and PDF', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const { t } = renderApp();
  t.clock.set(local('2026-11-23T08:00'));
  t.call('timeclock.punch', { pin: '1111', staffId: 3, action: 'in' });
  t.clock.set(local('2026-11-23T16:15'));
  t.call('timeclock.punch', { pin: '1111', staffId: 3, action: 'out' });
  t.clock.set(local('2026-11-25T10:00'));

  await signInOwner(user);
  await goTo('/back/staff?view=hours');
  await choosePeriod(user, '2026-11-01', '2026-11-30');
  const row = () => screen.getAllByTestId('hours-row').find((r) => r.dataset.person === 'Lena Schulz')!;
  await waitFor(() => expect(row()).toHaveTextContent('8:15'));

  await user.click(screen.getByRole('button', { name: 'CSV' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]!.fileName).toMatch(/\.csv$/);
  expect(await downloads[0]!.blob.text()).toContain('Lena Schulz');
  await user.click(screen.getByRole('button', { name: 'PDF' }));
  await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 10_000 });
  expect(downloads[1]!.blob.type).toBe('application/pdf');
  vi.restoreAllMocks();
}, 60_000);
