/**
 * Data & backups against a real core: back up now, look inside, restore (and sign in again); and
 * the damaged-database screen, which restores without anyone signing in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BackupInfo } from '../../src-shared/contract/backup';
import { testCore } from '../helpers/core';
import { counterCore, sell } from '../helpers/counter';
import { goTo, mountApp, signInCashier as signInCashierByPin, signInOwner, type User } from './render-app';

async function signInCashier(user: User) {
  await signInCashierByPin(user);
  await waitFor(() => expect(screen.getByTestId('signed-in-name')).toHaveTextContent('Lena Schulz'));
}

const backupRows = () => screen.queryAllByTestId('backup-row');

test('the owner backs up now, sees it listed, looks inside, verifies the records and restores it', async () => {
  const user = userEvent.setup();
  const t = counterCore();
  sell(t, [{ productId: 1 }, { productId: 2 }]);
  mountApp(t);
  await signInOwner(user);

  // No backup yet: the top bar warns, and its button opens the tab.
  await user.click(await screen.findByRole('button', { name: 'Sicherung veraltet' }));
  await goTo('/back/settings?tab=backup');
  expect(await screen.findByText('Es gibt noch keine Sicherung')).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: 'Daten & Sicherung' })).toHaveAttribute('aria-selected', 'true');
  expect(screen.getByText('Noch keine Sicherungen.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Jetzt sichern' }));
  expect(await screen.findByText('Ihre Daten sind gesichert')).toBeInTheDocument();
  await waitFor(() => expect(backupRows()).toHaveLength(1));
  const row = backupRows()[0]!;
  expect(within(row).getByText('Von Hand')).toBeInTheDocument();
  expect(within(row).getByText('Datenordner')).toBeInTheDocument();
  expect(within(row).getByText(/\d+(,\d)? (MB|kB)/)).toBeInTheDocument();
  expect(within(row).getByText('Neu')).toBeInTheDocument();
  expect(screen.getByTestId('backup-fresh')).toHaveTextContent('Sicherung angelegt');
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Sicherung veraltet' })).not.toBeInTheDocument());
  const [taken] = fs.readdirSync(path.join(t.dataDir, 'backups')).filter((f) => f.endsWith('-manual.db'));
  expect(taken).toBeDefined();

  // Contents, checked by the core.
  await user.click(within(row).getByRole('button', { name: 'Inhalt anzeigen' }));
  const contents = await screen.findByRole('dialog');
  expect(await within(contents).findByText('Laden am Markt')).toBeInTheDocument();
  expect(within(contents).getByText('1-000001')).toBeInTheDocument();
  expect(within(contents).getByText(/Geprüft: in Ordnung/)).toBeInTheDocument();
  await user.click(within(contents).getByRole('button', { name: 'Schließen' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  // Verify records (the owner holds audit.view).
  await user.click(screen.getByRole('button', { name: 'Jetzt prüfen' }));
  expect(await screen.findByTestId('verify-result')).toHaveTextContent('1 Beleg, die Belegkette und das Journal sind in Ordnung.');

  // Backup settings: a relative second folder is refused with the reason, a full path is saved.
  const folder = screen.getByLabelText('Zweiter Ordner');
  await user.type(folder, 'usb/kontor');
  await user.click(screen.getByRole('button', { name: 'Speichern' }));
  expect(await screen.findByText(/als vollständigen Pfad an/)).toBeInTheDocument();
  const time = screen.getByLabelText('Tägliche Sicherung um');
  await user.clear(time);
  await user.type(time, '22:15');
  await user.clear(folder);
  await user.click(screen.getByRole('button', { name: 'Speichern' }));
  await waitFor(() => expect(t.call('backup.status').settings.dailyAt).toBe('22:15'));
  expect(await screen.findByText(/Tägliche Sicherung um 22:15 Uhr/)).toBeInTheDocument();

  // More sales after the backup; the restore takes the shop back to the backup's state.
  sell(t, [{ productId: 3 }]);
  await user.click(within(backupRows().find((r) => within(r).queryByText('Von Hand'))!).getByRole('button', { name: 'Wiederherstellen' }));
  const confirm = await screen.findByRole('dialog');
  expect(within(confirm).getByText(/Sicherheitskopie des jetzigen Stands/)).toBeInTheDocument();
  expect(within(confirm).getByText('Alle werden abgemeldet und melden sich neu an.')).toBeInTheDocument();
  const restoreButton = within(confirm).getByRole('button', { name: 'Diese Sicherung wiederherstellen' });
  await waitFor(() => expect(restoreButton).toBeEnabled());
  await user.click(restoreButton);

  expect(await screen.findByText('Wer meldet sich an?', {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(await screen.findByText(/wurde wiederhergestellt. Bitte melden Sie sich neu an./)).toBeInTheDocument();
  expect(screen.queryByText(/Ihre Sitzung ist abgelaufen/)).not.toBeInTheDocument();
  expect(t.core.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(1);
  expect(t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'backup.restore'").pluck().get()).toBe(1);
  expect(fs.readdirSync(path.join(t.dataDir, 'backups')).some((f) => f.endsWith('-beforeRestore.db'))).toBe(true);

  // Anyone signs in again on the restored data.
  await signInCashier(user);
  t.close();
});

test('a damaged database opens the recovery screen, which restores the last backup without signing in', async () => {
  const user = userEvent.setup();
  const seed = counterCore();
  sell(seed, [{ productId: 1 }]);
  seed.signInOwner();
  const envelope = await seed.core.invokeAsync('backup.now', {}, { token: seed.signedToken() });
  const backup = (envelope as { data: BackupInfo }).data;
  seed.core.close();
  fs.writeFileSync(path.join(seed.dataDir, 'kontor.db'), Buffer.alloc(16384, 0x42));
  for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(seed.dataDir, `kontor.db${suffix}`), { force: true });

  const t = testCore({ dataDir: seed.dataDir });
  expect(t.core.readOnly).toBe(true);
  mountApp(t, '/login');

  expect(await screen.findByRole('heading', { name: 'Die Daten von Kontor müssen wiederhergestellt werden' })).toBeInTheDocument();
  expect(screen.getByText(/Datendatei nicht lesen lässt/)).toBeInTheDocument();
  expect(screen.getByText(/Es wurde nichts verändert oder gelöscht/)).toBeInTheDocument();
  expect(screen.getByTestId('recovery-problem')).toHaveTextContent('file is not a database');
  await waitFor(() => expect(backupRows()).toHaveLength(1));
  const row = backupRows()[0]!;
  expect(within(row).getByText('Letzte gute')).toBeInTheDocument();
  expect(window.location.hash).toBe('#/recovery');

  await user.click(within(row).getByRole('button', { name: 'Wiederherstellen' }));
  const confirm = await screen.findByRole('dialog');
  expect(await within(confirm).findByText('1-000001')).toBeInTheDocument();
  expect(within(confirm).getByText(/beschädigte Datei bleibt als Kopie im Datenordner/)).toBeInTheDocument();
  const restoreButton = within(confirm).getByRole('button', { name: 'Diese Sicherung wiederherstellen' });
  await waitFor(() => expect(restoreButton).toBeEnabled());
  await user.click(restoreButton);

  expect(await screen.findByText('Wer meldet sich an?', {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(t.core.readOnly).toBe(false);
  expect(fs.readdirSync(t.dataDir).some((f) => /^damaged-.*\.db$/.test(f))).toBe(true);
  expect(t.core.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(1);
  expect(t.core.db.prepare("SELECT subject FROM audit_log WHERE action = 'backup.restore'").pluck().get()).toBe(backup.file);
  await signInCashier(user);
  t.close();
});

test('a damaged database without any backup says so and points to support', async () => {
  const t = testCore();
  t.loadDemo();
  t.core.close();
  fs.writeFileSync(path.join(t.dataDir, 'kontor.db'), Buffer.alloc(16384, 0x42));
  for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(t.dataDir, `kontor.db${suffix}`), { force: true });
  const damaged = testCore({ dataDir: t.dataDir });
  mountApp(damaged);
  expect(await screen.findByText('Es gibt keine Sicherung zum Wiederherstellen')).toBeInTheDocument();
  expect(screen.getByText(/Wenden Sie sich an den Support und geben Sie ihm den Datenordner/)).toBeInTheDocument();
  damaged.close();
});
