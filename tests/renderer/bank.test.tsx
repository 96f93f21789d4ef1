/**
 * The bank panel against the real core (in-process): import the demo Sparkasse CSV through the
 * preview, match the rent with its suggestion, book the bank charges, import a CAMT statement,
 * see the reconciliation, and read a clear error for a file that is no statement.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inProcessTransport } from '../../src-main/core/in-process';
import { BankPanel } from '../../src-renderer/features/bank/BankPanel';
import { resetBankStore } from '../../src-renderer/features/bank/store';
import { useSettingsStore } from '../../src-renderer/features/settings/store';
import { i18n } from '../../src-renderer/i18n';
import { call, setTransport } from '../../src-renderer/lib/api';
import { theme } from '../../src-renderer/theme';
import { testCore } from '../helpers/core';

const FIXTURES = path.resolve(__dirname, '../fixtures/bank');
const fixture = (name: string, type: string) => new File([fs.readFileSync(path.join(FIXTURES, name))], name, { type });

async function mountPanel(language: 'de' | 'en' = 'de') {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  const accountId = (number: string) => t.core.db.prepare('SELECT id FROM accounts WHERE number = ?').pluck().get(number) as number;
  // The rent was paid from the bank and booked as an expense before the statement came.
  t.call('ledger.recordExpense', { bookedOn: '2026-01-02', text: 'Miete Januar Laden', grossCents: 125_000, vatRateId: null, expenseAccountId: accountId('4210'), paidFrom: 'bank' });
  resetBankStore();
  useSettingsStore.setState({ company: null, vatRates: [], security: null });
  await act(async () => {
    await i18n.changeLanguage(language);
  });
  setTransport(inProcessTransport(t.core));
  await call('auth.signIn', { username: 'owner', password: 'kontor-demo' });
  render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <BankPanel />
    </MantineProvider>,
  );
  await screen.findByRole('button', { name: language === 'de' ? 'Kontoauszug importieren' : 'Import statement' });
  return { t, accountId };
}

afterEach(() => {
  cleanup();
  notifications.clean();
});

test('import the Sparkasse CSV with its preview, match the rent, book the bank charges, reconcile', async () => {
  const user = userEvent.setup();
  const { t } = await mountPanel();
  expect(screen.getByRole('combobox', { name: 'Bankkonto' })).toHaveValue('Bank (1200) · 0 offen');

  await user.click(screen.getByRole('button', { name: 'Kontoauszug importieren' }));
  expect(screen.queryByRole('button', { name: 'Kontoauszug importieren' })).toBeNull();
  await user.upload(screen.getByLabelText('Datei'), fixture('sparkasse-demo.csv', 'text/csv'));
  expect(await screen.findByTestId('bank-preview-summary')).toHaveTextContent('6 Zeilen: 6 neu, 0 schon importiert, 0 fehlerhaft');
  expect(within(screen.getByTestId('bank-preview')).getByText('Bäckerei Müller KG')).toBeInTheDocument();
  expect(screen.getByLabelText('Zuordnung speichern als')).toHaveValue('Bank');
  await user.click(screen.getByRole('button', { name: 'Importieren' }));
  expect(await screen.findByTestId('bank-import-result')).toHaveTextContent('6 Umsätze importiert, 0 waren schon vorhanden, 0 übersprungen.');
  await user.click(screen.getByRole('button', { name: 'Schließen' }));

  const lines = await screen.findByTestId('bank-lines');
  await waitFor(() => expect(within(lines).getAllByRole('button', { name: 'Vorschläge' })).toHaveLength(6));

  // The rent: its suggestion is the expense booked on 2 January.
  const rentRow = within(lines).getByText('Hausverwaltung Sonnenschein GmbH').closest('tr')!;
  await user.click(within(rentRow as HTMLElement).getByRole('button', { name: 'Vorschläge' }));
  const match = await screen.findByRole('button', { name: 'Zuordnen' });
  expect(screen.getByText(/Buchung Nr\. 2: Miete Januar Laden/)).toBeInTheDocument();
  expect(screen.getByText('gleicher Betrag')).toBeInTheDocument();
  await user.click(match);
  await waitFor(() => expect(within(screen.getByTestId('bank-lines')).queryByText('Hausverwaltung Sonnenschein GmbH')).toBeNull());
  expect(t.core.db.prepare("SELECT match_kind FROM bank_lines WHERE counterparty LIKE 'Hausverwaltung%'").pluck().get()).toBe('linked');

  // The bank charges: booked on 4970 without VAT.
  const chargesRow = within(screen.getByTestId('bank-lines')).getByText('Sparkasse Freiburg-Nördlicher Breisgau').closest('tr')!;
  await user.click(within(chargesRow as HTMLElement).getByRole('button', { name: 'Buchung anlegen' }));
  const dialog = await screen.findByRole('dialog', { name: 'Buchung anlegen' });
  await user.type(within(dialog).getByRole('combobox', { name: 'Gegenkonto' }), '4970');
  await user.click(await screen.findByRole('option', { name: '4970 Nebenkosten des Geldverkehrs' }));
  await user.click(within(dialog).getByRole('button', { name: 'Buchen' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(() => expect(within(screen.getByTestId('bank-lines')).queryByText('Sparkasse Freiburg-Nördlicher Breisgau')).toBeNull());
  const booked = t.core.db.prepare("SELECT e.text, e.booked_on FROM bank_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE l.counterparty LIKE 'Sparkasse%'").get();
  expect(booked).toEqual({ text: 'Sparkasse Freiburg-Nördlicher Breisgau – Kontoführungsentgelt Abrechnung Vormonat', booked_on: '2026-01-09' });

  // All lines: the matched ones name their entries.
  await user.click(screen.getByText('Alle'));
  await waitFor(() => expect(within(screen.getByTestId('bank-lines')).getAllByRole('row')).toHaveLength(7));
  expect(within(screen.getByTestId('bank-lines')).getByText('verknüpft')).toBeInTheDocument();
  expect(within(screen.getByTestId('bank-lines')).getByText('gebucht')).toBeInTheDocument();

  // Reconciliation on 15 January with the balance read off the statement: 8.000 € opening (demo) minus 1.190,10 €.
  const card = screen.getByTestId('bank-reconciliation');
  const date = within(card).getByLabelText('Stichtag');
  await user.clear(date);
  await user.type(date, '2026-01-15');
  await waitFor(() => expect(within(card).getByText(/4 offene Umsätze/)).toBeInTheDocument());
  await user.type(within(card).getByRole('textbox', { name: /Kontostand laut Bank/ }), '6.809,90');
  await waitFor(() => expect(within(card).getByText('eingegeben')).toBeInTheDocument());
  expect(within(card).getByTestId('bank-reconciled')).toHaveTextContent('Nicht abgestimmt');
  t.close();
});

test('a CAMT statement imports directly; its IBAN is learnt and its balances checked', async () => {
  const user = userEvent.setup();
  const { t } = await mountPanel();
  await user.click(screen.getByRole('button', { name: 'Kontoauszug importieren' }));
  await user.upload(screen.getByLabelText('Datei'), fixture('camt053-demo.xml', 'text/xml'));
  expect(await screen.findByText(/CAMT.053-Kontoauszug „camt053-demo.xml“/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Importieren' }));
  const result = await screen.findByTestId('bank-import-result');
  expect(result).toHaveTextContent('6 Umsätze importiert');
  expect(within(result).getAllByText('Anfangssaldo und Umsätze ergeben den Endsaldo.')).toHaveLength(2);
  expect(t.call('bank.accounts.list')[0]!.iban).toBe('DE67680501010012345678');

  // The same file again: nothing new.
  await user.click(screen.getByRole('button', { name: 'Weitere Datei' }));
  await user.upload(screen.getByLabelText('Datei'), fixture('camt053-demo.xml', 'text/xml'));
  await user.click(await screen.findByRole('button', { name: 'Importieren' }));
  expect(await screen.findByTestId('bank-import-result')).toHaveTextContent('Nichts importiert: alle 6 Umsätze waren schon vorhanden.');
  t.close();
});

test('a file that is no statement gives a clear message; English texts', async () => {
  const user = userEvent.setup();
  const { t } = await mountPanel('en');
  await user.click(screen.getByRole('button', { name: 'Import statement' }));
  await user.upload(screen.getByLabelText('File'), new File(['just some words\nand more\n'], 'notes.csv', { type: 'text/csv' }));
  expect(await within(screen.getByTestId('bank-import')).findByRole('alert')).toHaveTextContent('No header row with column names was found in the file.');
  expect(t.core.db.prepare('SELECT count(*) FROM bank_lines').pluck().get()).toBe(0);
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.getByRole('button', { name: 'Import statement' })).toBeInTheDocument();
  await act(async () => {
    await i18n.changeLanguage('de');
  });
  t.close();
});
