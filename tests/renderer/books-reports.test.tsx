import { screen, waitFor, within } from '@testing-library/react';
import { today } from '../../src-renderer/features/books/dates';
import { productId, sell } from '../helpers/counter';
import { accountId, money, openBooks, type BooksCore } from './books-helpers';

/** A day at the counter: red wine (7,99 € at 19 %) and a loaf (4,20 € at 7 %), and a paid phone bill. */
function postTheDay(t: BooksCore) {
  t.signInPin('1111');
  t.call('shift.open', { floatCents: 0 });
  sell(t, [{ productId: productId(t, 'Rotwein 0,75 l') }, { productId: productId(t, 'Bauernbrot') }]);
  t.signInOwner();
  t.call('ledger.recordExpense', {
    bookedOn: today(), text: 'Telefonrechnung', grossCents: 2380, vatRateId: 1, expenseAccountId: accountId(t, '4920'), paidFrom: 'bank', attachment: null,
  });
}

const row = (table: HTMLElement, text: string | RegExp) => within(table).getByText(text).closest('tr')!;

test('the P&L and the VAT report show the figures of real postings', async () => {
  const { user, t } = await openBooks('reports');
  postTheDay(t);

  await user.click(await screen.findByRole('tab', { name: 'GuV' }));
  const pl = await screen.findByRole('table', { name: 'Gewinn- und Verlustrechnung' }, { timeout: 5000 });
  expect(within(row(pl, 'Erlöse 19 % USt')).getByText(money('6,71'))).toBeInTheDocument();
  expect(within(row(pl, 'Erlöse 7 % USt')).getByText(money('3,93'))).toBeInTheDocument();
  expect(within(row(pl, 'Telefon')).getByText(money('20,00'))).toBeInTheDocument();
  const expected = t.call('reports.profitAndLoss', { from: `${today().slice(0, 8)}01`, to: today() });
  expect(expected.totals.incomeCents).toBe(671 + 393);
  expect(within(row(pl, 'Summe Erträge')).getByText(money('10,64'))).toBeInTheDocument();
  expect(screen.getByTestId('pl-result')).toHaveTextContent(money(new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(expected.totals.resultCents / 100)));

  await user.click(screen.getByRole('tab', { name: 'Umsatzsteuer' }));
  const vat = await screen.findByRole('table', { name: 'Umsatzsteuer-Voranmeldung (Übersicht)' }, { timeout: 5000 });
  const standard = row(vat, /Regelsatz/);
  expect(within(standard).getByText('81')).toBeInTheDocument();
  expect(within(standard).getByText(money('6,71'))).toBeInTheDocument();
  expect(within(standard).getByText(money('1,28'))).toBeInTheDocument();
  const reduced = row(vat, /Ermäßigt/);
  expect(within(reduced).getByText('86')).toBeInTheDocument();
  expect(within(reduced).getByText(money('0,27'))).toBeInTheDocument();
  expect(within(row(vat, 'Vorsteuer')).getByText(money('3,80'))).toBeInTheDocument();
  // 1,28 + 0,27 − 3,80 = −2,25: a refund.
  expect(within(row(vat, 'Erstattung')).getByText(money('-2,25'))).toBeInTheDocument();
  expect(screen.getByTestId('vat-payable')).toHaveTextContent(money('2,25'));
  t.close();
});

test('the trial balance drills down to the account ledger, and a ledger line opens its entry', async () => {
  const { user, t } = await openBooks('reports');
  postTheDay(t);
  const table = await screen.findByRole('table', { name: 'Summen- und Saldenliste' }, { timeout: 5000 });
  const revenue = await waitFor(() => row(table, 'Erlöse 19 % USt'));
  expect(within(revenue).getByText(money('6,71'))).toBeInTheDocument(); // credited in the period
  expect(within(revenue).getByText(/^6,71\s€ H$/)).toBeInTheDocument(); // closing balance on the credit side
  const totals = row(table, 'Summe');
  const debit = t.call('reports.trialBalance', { from: `${today().slice(0, 8)}01`, to: today() }).totals.debitCents;
  expect(within(totals).getAllByText(money(new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(debit / 100)))).toHaveLength(2);

  await user.click(within(revenue).getByRole('button', { name: 'Kontoblatt 8400 Erlöse 19 % USt öffnen' }));
  expect(await screen.findByRole('tab', { name: 'Kontoblatt', selected: true })).toBeInTheDocument();
  const ledger = await screen.findByRole('table', { name: 'Kontoblatt 8400 Erlöse 19 % USt' }, { timeout: 5000 });
  const sale = t.core.db.prepare("SELECT id, number, text FROM journal_entries WHERE source_type = 'counter.sale'").get() as { id: number; number: number; text: string };
  const line = row(ledger, sale.text);
  expect(within(line).getByText(/1000/)).toBeInTheDocument(); // the contra accounts: cash among them
  expect(within(row(ledger, 'Endsaldo')).getByText(/6,71\s€ H/)).toBeInTheDocument();

  await user.click(within(line).getByRole('button', { name: `Buchung Nr. ${sale.number} öffnen` }));
  const drawer = await screen.findByTestId('entry-drawer');
  expect(within(drawer).getByText(/^Bon \d+-\d+$/)).toBeInTheDocument();
  // A sale is cancelled at the counter, not here.
  expect(within(drawer).queryByRole('button', { name: 'Stornieren' })).not.toBeInTheDocument();
  // Its source document: the till receipt, shown to the accountant from the books.
  await user.click(within(drawer).getByRole('button', { name: /^Kassenbon \d+-\d+ anzeigen$/ }));
  const receipt = await screen.findByTestId('receipt');
  const number = t.core.db.prepare('SELECT number FROM sales WHERE journal_entry_id = ?').pluck().get(sale.id) as number;
  expect(within(receipt).getByTestId('receipt-number')).toHaveTextContent(`1-${String(number).padStart(6, '0')}`);
  t.close();
});

test('the balance sheet balances and the accounts tab lists the chart with balances', async () => {
  const { user, t } = await openBooks('reports');
  postTheDay(t);
  await user.click(await screen.findByRole('tab', { name: 'Bilanz' }));
  const sheet = await screen.findByRole('table', { name: 'Bilanz' }, { timeout: 5000 });
  expect(screen.getByText('Aktiva = Passiva')).toBeInTheDocument();
  expect(within(row(sheet, 'Bank')).getByText(money('7.976,20'))).toBeInTheDocument();

  await user.click(screen.getByRole('tab', { name: 'Konten' }));
  const phone = await screen.findByTestId('account-4920', {}, { timeout: 5000 });
  expect(within(phone).getByText(/20,00\s€ S/)).toBeInTheDocument();
  expect(within(phone).getByText('1')).toBeInTheDocument();

  // A new account, then retired.
  await user.click(screen.getByRole('button', { name: 'Neues Konto' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/Kontonummer/), '4985');
  await user.type(within(dialog).getByLabelText(/Bezeichnung/), 'Werkzeuge');
  await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
  const tools = await screen.findByTestId('account-4985', {}, { timeout: 5000 });
  expect(t.core.db.prepare("SELECT type FROM accounts WHERE number = '4985'").pluck().get()).toBe('expense');
  await user.click(within(tools).getByRole('button', { name: 'Stilllegen' }));
  await waitFor(() => expect(within(screen.getByTestId('account-4985')).getByText('stillgelegt')).toBeInTheDocument());
  // With postings in the journal, the chart can no longer be switched.
  expect(screen.queryByRole('button', { name: 'Kontenrahmen wechseln' })).not.toBeInTheDocument();
  t.close();
});
