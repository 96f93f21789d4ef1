/**
 * Sales documents on screen, against the real core: a quote for a business customer written with
 * a catalogue product and a free-text line, issued, converted to an invoice, issued, its PDF
 * downloaded, a payment recorded; and the overdue view.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goTo, renderApp, signInOwner } from './render-app';
import { catchDownloads } from './downloads';

afterEach(() => vi.restoreAllMocks());

const CUSTOMER = {
  kind: 'business', name: 'Hotel Adler GmbH', vatId: 'DE811907980', street: 'Schwarzwaldstraße 12', postalCode: '79117', city: 'Freiburg',
  countryCode: 'DE', paymentTermsDays: 14,
};
const money = (text: string) => new RegExp(`${text}\\s€`);

async function issue(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Ausstellen' }, { timeout: 5000 }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Jetzt ausstellen' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5000 });
}

test('a quote for a business customer becomes an invoice, is issued, downloaded as PDF and paid', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const { t } = renderApp();
  t.signInOwner();
  t.call('customers.create', CUSTOMER);
  await signInOwner(user);
  await goTo('/back/sales?view=quotes');

  await user.click(await screen.findByRole('button', { name: 'Neues Angebot' }));
  await user.type(await screen.findByPlaceholderText(/Kunde suchen/), 'Adler');
  await user.click(await screen.findByRole('option', { name: /Hotel Adler GmbH/ }));
  expect(await screen.findByTestId('salesdocs-customer')).toHaveTextContent('USt-IdNr.: DE811907980');

  // A catalogue product: its name, unit, VAT rate and net price (1,49 € gross at 19 % → 1,25 €) are taken over.
  await user.type(screen.getByLabelText('Artikel suchen und hinzufügen'), 'Cola');
  await user.click(await screen.findByRole('option', { name: /^Cola 0,5 l\s*LM-/ }));
  expect(await screen.findByLabelText('Einzelpreis Position 1')).toHaveValue('1,25');
  const quantity = screen.getByLabelText('Menge Position 1');
  await user.clear(quantity);
  await user.type(quantity, '24');
  // A free-text line: delivery as a flat fee.
  await user.click(screen.getByRole('button', { name: 'Freie Position' }));
  await user.type(screen.getByLabelText('Beschreibung Position 2'), 'Lieferung frei Haus');
  await user.selectOptions(screen.getByLabelText('Einheit Position 2'), 'Pauschale');
  await user.type(screen.getByLabelText('Einzelpreis Position 2'), '25');
  const totals = screen.getByTestId('salesdocs-totals');
  expect(totals).toHaveTextContent(money('55,00'));
  expect(totals).toHaveTextContent(money('10,45'));
  expect(totals).toHaveTextContent(money('65,45'));
  await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));

  expect(await screen.findByRole('heading', { name: 'Angebot (Entwurf)' }, { timeout: 5000 })).toBeInTheDocument();
  await issue(user);
  expect(await screen.findByRole('heading', { name: 'Angebot AN-2026-0001' }, { timeout: 5000 })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'In Rechnung umwandeln' }));
  expect(await screen.findByRole('heading', { name: 'Rechnung (Entwurf)' }, { timeout: 5000 })).toBeInTheDocument();
  await issue(user);
  expect(await screen.findByRole('heading', { name: 'Rechnung RE-2026-0001' }, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByTestId('salesdocs-open')).toHaveTextContent(money('65,45'));
  const invoice = t.core.db.prepare("SELECT id, gross_cents, journal_entry_id FROM sales_documents WHERE number = 'RE-2026-0001'").get() as Record<string, number>;
  expect(invoice).toMatchObject({ gross_cents: 6545 });
  expect(invoice.journal_entry_id).toBeGreaterThan(0);

  await user.click(screen.getByRole('button', { name: 'PDF herunterladen' }));
  await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 5000 });
  expect(downloads[0]!.fileName).toBe('RE-2026-0001.pdf');
  expect(downloads[0]!.blob.type).toBe('application/pdf');
  expect(new TextDecoder().decode(new Uint8Array(await downloads[0]!.blob.arrayBuffer()).slice(0, 5))).toBe('%PDF-');

  await user.click(screen.getByRole('button', { name: 'Zahlung erfassen' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByLabelText(/^Betrag/)).toHaveValue('65,45');
  const amount = within(dialog).getByLabelText(/^Betrag/);
  await user.clear(amount);
  await user.type(amount, '40');
  // The test core's clock stands on 15 January 2026.
  fireEvent.change(within(dialog).getByLabelText(/^Zahlungsdatum/), { target: { value: '2026-01-15' } });
  await user.click(within(dialog).getByRole('button', { name: 'Zahlung buchen' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5000 });
  await waitFor(() => expect(screen.getByTestId('salesdocs-open')).toHaveTextContent(money('25,45')), { timeout: 5000 });
  expect(screen.getByText('teilweise bezahlt')).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT amount_cents, method FROM sales_payments WHERE invoice_id = ?').all(invoice.id)).toEqual([{ amount_cents: 4000, method: 'bank' }]);
  t.close();
}, 90_000);

test('the overdue view lists invoices past their due day with the open sum', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.signInOwner();
  const customerId = t.call('customers.create', { ...CUSTOMER, paymentTermsDays: 0 }).id;
  const rate = t.core.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = 1900').pluck().get() as number;
  const draft = t.call('salesdocs.create', { kind: 'invoice', customerId, lines: [{ description: 'Beratung', quantity: 2000, unit: 'hour', unitPriceCents: 6000, vatRateId: rate }] });
  t.call('salesdocs.issue', { id: draft.id });
  t.clock.set('2026-01-20T09:00:00Z');
  await signInOwner(user);
  await goTo('/back/sales?view=overdue');
  const row = await screen.findByTestId('salesdocs-row', {}, { timeout: 5000 });
  expect(row).toHaveTextContent('RE-2026-0001');
  expect(row).toHaveTextContent('5 Tage überfällig');
  expect(screen.getByText(/Offen insgesamt: 142,80\s€/)).toBeInTheDocument();
  await user.click(within(row).getByRole('button', { name: 'RE-2026-0001' }));
  expect(await screen.findByRole('heading', { name: 'Rechnung RE-2026-0001' }, { timeout: 5000 })).toBeInTheDocument();
  t.close();
});
