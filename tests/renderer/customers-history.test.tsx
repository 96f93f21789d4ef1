/**
 * The customer's history on screen, against the real core: a receipt, an issued invoice, a service
 * job and a complaint, newest first, each with what it is and where it opens — the invoice in the
 * sales tab's invoices, the job on the work board, the complaint on the improvement board.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goTo, renderApp, signInOwner, type TestCore } from './render-app';

const money = (text: string) => new RegExp(`${text}\\s€`);

function customerWithHistory(t: TestCore) {
  t.signInOwner();
  const customerId = t.call('customers.create', { kind: 'business', name: 'Hotel Adler GmbH', street: 'Schwarzwaldstraße 12', postalCode: '79117', city: 'Freiburg', paymentTermsDays: 14 }).id;
  const bread = t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number; // 4,20 € at 7 %
  const rate19 = t.core.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = 1900 ORDER BY id').pluck().get() as number;

  t.clock.set('2026-01-15T09:00:00Z');
  t.call('shift.open', { floatCents: 10_000 });
  t.call('counter.checkout', {
    cart: { lines: [{ type: 'product', productId: bread, quantity: 1000 }] }, payments: [{ method: 'cash', amountCents: 420 }], clientRef: 'history-1', customerId,
  });
  t.clock.set('2026-01-15T10:00:00Z');
  const draft = t.call('salesdocs.create', {
    kind: 'invoice', customerId, lines: [{ productId: null, description: 'Montage', quantity: 1000, unit: 'hour', unitPriceCents: 5000, vatRateId: rate19 }],
  });
  const invoice = t.call('salesdocs.issue', { id: draft.id }); // 59,50 gross
  t.clock.set('2026-01-15T11:00:00Z');
  const job = t.call('production.workOrders.create', { kind: 'serviceJob', title: 'Kaffeemaschine', customerId, promisedOn: '2026-01-22' });
  t.clock.set('2026-01-15T12:00:00Z');
  t.call('feedback.record', { kind: 'complaint', text: 'Brot war trocken', productId: bread, customerId });
  return { customerId, invoice, job };
}

test('the customer detail lists receipt, invoice, service job and complaint, newest first, and opens the invoice and the job', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const { customerId, invoice, job } = customerWithHistory(t);
  await signInOwner(user);
  await goTo(`/back/sales?view=customers&customer=${customerId}`);

  await waitFor(() => expect(screen.getAllByTestId('history-item')).toHaveLength(4), { timeout: 5000 });
  const [complaint, jobRow, invoiceRow, receipt] = screen.getAllByTestId('history-item');
  expect(complaint).toHaveTextContent('Reklamation');
  expect(complaint).toHaveTextContent('Bauernbrot');
  expect(complaint).toHaveTextContent('Brot war trocken · Neu');
  expect(jobRow).toHaveTextContent('Serviceauftrag');
  expect(jobRow).toHaveTextContent(`Nr. ${job.number}`);
  expect(jobRow).toHaveTextContent(/Kaffeemaschine · Angenommen · Zugesagt: 22\.01\.2026/);
  expect(invoiceRow).toHaveTextContent('Rechnung');
  expect(invoiceRow).toHaveTextContent(invoice.number!);
  expect(invoiceRow).toHaveTextContent(money('59,50'));
  expect(invoiceRow).toHaveTextContent(/offen 59,50\s€, fällig 29\.01\.2026/);
  expect(receipt).toHaveTextContent('Verkauf');
  expect(receipt).toHaveTextContent(money('4,20'));

  // The invoice opens in the sales tab's invoices, the document shown.
  await user.click(within(invoiceRow!).getByRole('button', { name: invoice.number! }));
  await waitFor(() => expect(window.location.hash).toBe(`#/back/sales?view=invoices&doc=${invoice.id}`));
  expect(await screen.findByRole('tab', { name: 'Rechnungen', selected: true })).toBeInTheDocument();
  expect((await screen.findAllByText(new RegExp(invoice.number!))).length).toBeGreaterThan(0);
  expect(screen.queryByTestId('history-item')).toBeNull();

  // The job opens on the work board with its drawer.
  await goTo(`/back/sales?view=customers&customer=${customerId}`);
  await waitFor(() => expect(screen.getAllByTestId('history-item')).toHaveLength(4));
  await user.click(within(screen.getAllByTestId('history-item')[1]!).getByRole('button', { name: `Nr. ${job.number}` }));
  await waitFor(() => expect(window.location.hash).toBe(`#/back/production?view=board&order=${job.id}`));
  expect(await screen.findByRole('dialog', {}, { timeout: 5000 })).toHaveTextContent('Kaffeemaschine');

  // The complaint opens the improvement board.
  await goTo(`/back/sales?view=customers&customer=${customerId}`);
  await waitFor(() => expect(screen.getAllByTestId('history-item')).toHaveLength(4));
  await user.click(within(screen.getAllByTestId('history-item')[0]!).getByRole('button', { name: 'Bauernbrot' }));
  await waitFor(() => expect(window.location.hash).toBe('#/back/improvement'));
  t.close();
});
