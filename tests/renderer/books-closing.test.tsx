import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { presetRange } from '../../src-renderer/features/books/dates';
import userEvent from '@testing-library/user-event';
import { resetBooksStore } from '../../src-renderer/features/books/store';
import { openBooks } from './books-helpers';
import { goTo, renderApp } from './render-app';

test('locking the books up to a day asks first, shows the lock, and a posting on that day is refused', async () => {
  const { user, t } = await openBooks('closing');
  const lockDay = presetRange('lastMonth').to;
  expect(await screen.findByTestId('lock-status', {}, { timeout: 5000 })).toHaveTextContent('Noch ist kein Zeitraum festgeschrieben.');
  expect(screen.getByLabelText('Festschreiben bis')).toHaveValue(lockDay);
  await user.click(screen.getByRole('button', { name: 'Festschreiben' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText(/nichts mehr gebucht, storniert oder geändert werden/)).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT count(*) FROM period_locks').pluck().get()).toBe(0);
  await user.click(within(dialog).getByRole('button', { name: 'Festschreiben' }));

  const day = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' }).format(new Date(`${lockDay}T12:00:00`));
  await waitFor(() => expect(screen.getByTestId('lock-status')).toHaveTextContent(`Festgeschrieben bis ${day}.`));
  expect(t.core.db.prepare('SELECT max(lock_date) FROM period_locks').pluck().get()).toBe(lockDay);
  expect(screen.getByRole('table', { name: 'Verlauf' })).toHaveTextContent(`Festgeschrieben bis ${day}`);

  // An expense dated on the locked day: the core refuses it and the form says why.
  await user.click(screen.getByRole('tab', { name: 'Ausgabe' }));
  fireEvent.change(await screen.findByLabelText(/Datum/), { target: { value: lockDay } });
  await user.type(screen.getByLabelText(/Betrag \(brutto\)/), '5');
  await user.type(screen.getByLabelText(/Buchungstext/), 'Zu spät');
  await user.selectOptions(screen.getByLabelText(/Aufwandskonto/), screen.getByRole('option', { name: '4910 Porto' }));
  await user.click(screen.getByRole('button', { name: 'Ausgabe buchen' }));
  expect(await screen.findByText(/Die Bücher sind bis .* abgeschlossen/)).toBeInTheDocument();
  expect(t.core.db.prepare("SELECT count(*) FROM journal_entries WHERE text = 'Zu spät'").pluck().get()).toBe(0);
  t.close();
});

test('the sub-tab is part of the address', async () => {
  const { user, t } = await openBooks('cashBook');
  expect(await screen.findByRole('tab', { name: 'Kassenbuch', selected: true })).toBeInTheDocument();
  await user.click(screen.getByRole('tab', { name: 'Konten' }));
  await waitFor(() => expect(window.location.hash).toBe('#/back/bookkeeping?view=accounts'));
  t.close();
});

test('a manager (reports.view, no bookkeeping.manage) sees only the reports', async () => {
  resetBooksStore();
  const user = userEvent.setup();
  const { t } = renderApp();
  await user.click(await screen.findByText('Markus Wolf'));
  for (const digit of '2222') await user.click(screen.getByRole('button', { name: digit }));
  await user.click(screen.getByRole('button', { name: 'OK' }));
  await screen.findByTestId('signed-in-name', {}, { timeout: 5000 });
  await goTo('/back/bookkeeping?view=journal');
  expect(await screen.findByRole('tab', { name: 'Auswertungen', selected: true })).toBeInTheDocument();
  expect(screen.queryByRole('tab', { name: 'Journal' })).not.toBeInTheDocument();
  expect(await screen.findByRole('table', { name: 'Summen- und Saldenliste' }, { timeout: 5000 })).toBeInTheDocument();
  t.close();
});
