import { screen, waitFor, within } from '@testing-library/react';
import { today } from '../../src-renderer/features/books/dates';
import { accountId, money, openBooks } from './books-helpers';

test('an expense recorded through the form, with its receipt, shows in the journal', async () => {
  const { user, t } = await openBooks();
  await user.click(screen.getByRole('tab', { name: 'Ausgabe' }));
  await user.type(await screen.findByLabelText(/Betrag \(brutto\)/), '11,90');
  await user.type(screen.getByLabelText(/Buchungstext/), 'Druckerpapier');
  await user.selectOptions(screen.getByLabelText(/Aufwandskonto/), screen.getByRole('option', { name: '4930 Bürobedarf' }));
  // The account brings its usual rate; the split is shown as soon as amount and rate are known.
  expect(screen.getByLabelText(/Vorsteuersatz/)).toHaveDisplayValue(/19/);
  const split = screen.getByTestId('expense-split');
  expect(within(split).getByText(money('10,00'))).toBeInTheDocument();
  expect(within(split).getByText(money('1,90'))).toBeInTheDocument();
  await user.upload(screen.getByLabelText('Beleg'), new File(['%PDF-1.4 quittung'], 'quittung.pdf', { type: 'application/pdf' }));
  await user.click(screen.getByRole('button', { name: 'Ausgabe buchen' }));

  const posted = await screen.findByTestId('expense-posted', {}, { timeout: 5000 });
  const entry = t.core.db.prepare("SELECT id, number, booked_on FROM journal_entries WHERE source_type = 'ledger.expense'").get() as { id: number; number: number; booked_on: string };
  expect(posted).toHaveTextContent(`Nr. ${entry.number}`);
  expect(entry.booked_on).toBe(today());
  const lines = t.core.db.prepare('SELECT a.number, l.amount_cents FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY a.number').all(entry.id);
  expect(lines).toEqual([{ number: '1000', amount_cents: -1190 }, { number: '1576', amount_cents: 190 }, { number: '4930', amount_cents: 1000 }]);

  // The form is empty again for the next receipt.
  expect(screen.getByLabelText(/Betrag \(brutto\)/)).toHaveValue('');

  await user.click(screen.getByRole('tab', { name: 'Journal' }));
  const row = await screen.findByTestId(`journal-${entry.number}`);
  expect(within(row).getByText('Druckerpapier')).toBeInTheDocument();
  expect(within(row).getByText(money('11,90'))).toBeInTheDocument();
  expect(within(row).getByLabelText('1 Beleg')).toBeInTheDocument();

  // The drawer lists the receipt.
  await user.click(within(row).getByRole('button', { name: `Buchung Nr. ${entry.number} öffnen` }));
  const drawer = await screen.findByTestId('entry-drawer');
  expect(within(drawer).getByText('quittung.pdf')).toBeInTheDocument();
  expect(within(drawer).getByText('4930')).toBeInTheDocument();
  t.close();
});

test('a manual entry that does not balance cannot be posted; a balanced one appears in the journal', async () => {
  const { user, t } = await openBooks('manual');
  await user.type(await screen.findByLabelText(/Buchungstext/), 'Bareinzahlung auf Bank');
  await user.type(screen.getByRole('combobox', { name: 'Konto Zeile 1' }), '1200');
  await user.click(await screen.findByRole('option', { name: '1200 Bank' }));
  await user.type(screen.getByLabelText('Soll Zeile 1'), '50');
  await user.type(screen.getByRole('combobox', { name: 'Konto Zeile 2' }), 'kasse');
  await user.click(await screen.findByRole('option', { name: '1000 Kasse' }));
  await user.type(screen.getByLabelText('Haben Zeile 2'), '40');

  const submit = screen.getByRole('button', { name: 'Buchen' });
  expect(submit).toBeDisabled();
  expect(screen.getByTestId('sum-debit')).toHaveTextContent(money('50,00'));
  expect(screen.getByTestId('sum-credit')).toHaveTextContent(money('40,00'));
  expect(screen.getByTestId('sum-difference')).toHaveTextContent(money('10,00'));
  expect(screen.getByText('Soll und Haben müssen gleich sein.')).toBeInTheDocument();

  await user.clear(screen.getByLabelText('Haben Zeile 2'));
  await user.type(screen.getByLabelText('Haben Zeile 2'), '50,00');
  expect(screen.getByTestId('sum-difference')).toHaveTextContent(money('0,00'));
  await waitFor(() => expect(submit).toBeEnabled());
  await user.click(submit);

  expect(await screen.findByText(/Gebucht als Nr\. \d+/, {}, { timeout: 5000 })).toBeInTheDocument();
  const entry = t.core.db.prepare("SELECT id, number FROM journal_entries WHERE text = 'Bareinzahlung auf Bank'").get() as { id: number; number: number };
  expect(t.core.db.prepare('SELECT account_id, amount_cents FROM journal_lines WHERE entry_id = ? ORDER BY amount_cents').all(entry.id))
    .toEqual([{ account_id: accountId(t, '1000'), amount_cents: -5000 }, { account_id: accountId(t, '1200'), amount_cents: 5000 }]);

  await user.click(screen.getByRole('tab', { name: 'Journal' }));
  const row = await screen.findByTestId(`journal-${entry.number}`);
  expect(within(row).getByText('Bareinzahlung auf Bank')).toBeInTheDocument();
  expect(within(row).getByText('Manuelle Buchung')).toBeInTheDocument();
  t.close();
});

test('an entry opened from the journal is reversed with a reason, and both link to each other', async () => {
  const { user, t } = await openBooks();
  t.signInOwner();
  const original = t.call('ledger.postManual', {
    bookedOn: today(), text: 'Fehlbuchung Miete', attachment: null,
    lines: [{ accountId: accountId(t, '4210'), amountCents: 80_000, vatRateId: null }, { accountId: accountId(t, '1200'), amountCents: -80_000, vatRateId: null }],
  });
  const row = await screen.findByTestId(`journal-${original.number}`, {}, { timeout: 5000 });
  await user.click(within(row).getByText('Fehlbuchung Miete'));

  const drawer = await screen.findByTestId('entry-drawer');
  expect(within(drawer).getByText('4210')).toBeInTheDocument();
  expect(within(drawer).getAllByText(money('800,00')).length).toBeGreaterThanOrEqual(2);
  await user.click(within(drawer).getByRole('button', { name: 'Stornieren' }));
  const dialog = await screen.findByRole('dialog', { name: `Buchung Nr. ${original.number} stornieren` });
  const confirm = within(dialog).getByRole('button', { name: 'Stornobuchung erstellen' });
  expect(confirm).toBeDisabled();
  await user.type(within(dialog).getByLabelText(/Grund/), 'Falsches Konto');
  await user.click(confirm);

  const reversal = await waitFor(() => {
    const found = t.core.db.prepare('SELECT id, number FROM journal_entries WHERE reverses_entry_id = ?').get(original.id) as { id: number; number: number } | undefined;
    expect(found).toBeDefined();
    return found!;
  });
  const link = await within(screen.getByTestId('entry-drawer')).findByRole('button', { name: `Storniert durch Nr. ${reversal.number}` });
  expect(within(screen.getByTestId('entry-drawer')).queryByRole('button', { name: 'Stornieren' })).not.toBeInTheDocument();

  // The link opens the reversal, which links back.
  await user.click(link);
  expect(await screen.findByText(`Buchung Nr. ${reversal.number}`)).toBeInTheDocument();
  expect(await within(screen.getByTestId('entry-drawer')).findByRole('button', { name: `Storno zu Nr. ${original.number}` })).toBeInTheDocument();

  // The journal marks both.
  await waitFor(() => expect(within(screen.getByTestId(`journal-${original.number}`)).getByText('storniert')).toBeInTheDocument());
  expect(within(screen.getByTestId(`journal-${reversal.number}`)).getByText('Storno')).toBeInTheDocument();
  t.close();
});

test('the cash book shows the day with its opening, the moves and the closing balance', async () => {
  const { user, t } = await openBooks();
  t.signInOwner();
  const opening = t.core.db.prepare("SELECT sum(l.amount_cents) FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.role = 'cash'").pluck().get() as number;
  t.call('ledger.recordExpense', {
    bookedOn: today(), text: 'Briefmarken', grossCents: 850, vatRateId: null, expenseAccountId: accountId(t, '4910'), paidFrom: 'cash', attachment: null,
  });
  await user.click(screen.getByRole('tab', { name: 'Kassenbuch' }));
  const table = await screen.findByRole('table', { name: 'Kassenbuch' }, { timeout: 5000 });
  const dayHeading = new Intl.DateTimeFormat('de-DE', { dateStyle: 'full' }).format(new Date(`${today()}T12:00:00`));
  expect(within(table).getByText(dayHeading)).toBeInTheDocument();
  const move = within(table).getByText('Briefmarken').closest('tr')!;
  expect(within(move).getByText(money('8,50'))).toBeInTheDocument();
  const euro = (cents: number) => money(new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(cents / 100));
  expect(within(move).getByText(euro(opening - 850))).toBeInTheDocument();
  expect(screen.getByTestId('cash-closing')).toHaveTextContent(euro(opening - 850));
  expect(within(within(table).getByText('Endbestand').closest('tr')!).getByText(euro(opening - 850))).toBeInTheDocument();
  t.close();
});
