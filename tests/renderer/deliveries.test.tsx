/**
 * The deliveries panel on its own (as the purchasing tab mounts it), against a real core through
 * the in-process transport: a delivery written on screen, packed and shipped, the delivery note
 * downloaded, the stock overview showing less; cancelling with a reason; the shortfall warning.
 */
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { inProcessTransport } from '../../src-main/core/in-process';
import { useSessionStore } from '../../src-renderer/features/auth/store';
import { DeliveriesPanel } from '../../src-renderer/features/deliveries/DeliveriesPanel';
import { resetDeliveriesStore } from '../../src-renderer/features/deliveries/store';
import { StockPage } from '../../src-renderer/features/stock/StockPage';
import { i18n } from '../../src-renderer/i18n';
import { setTransport } from '../../src-renderer/lib/api';
import { theme } from '../../src-renderer/theme';
import { testCore } from '../helpers/core';
import { catchDownloads } from './downloads';

type TestCore = ReturnType<typeof testCore>;

function mount(node: React.ReactNode) {
  return render(
    <MantineProvider theme={theme} env="test">
      <I18nextProvider i18n={i18n}>
        <Notifications />
        {/* The stock page keeps its view in the address. */}
        <MemoryRouter>{node}</MemoryRouter>
      </I18nextProvider>
    </MantineProvider>,
  );
}

async function signedIn(): Promise<TestCore> {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  void i18n.changeLanguage('de');
  resetDeliveriesStore();
  setTransport(inProcessTransport(t.core));
  await useSessionStore.getState().signIn({ username: 'owner', password: 'kontor-demo' });
  return t;
}

const breadOf = (t: TestCore) => t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;
const onHandIn = (t: TestCore, product: number, location: number) =>
  t.core.db.prepare('SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE product_id = ? AND location_id = ?').pluck().get(product, location) as number;

afterEach(() => {
  vi.restoreAllMocks();
  act(() => notifications.clean());
  act(() => useSessionStore.setState({ session: null }));
});

test('a delivery written on screen is packed and shipped, its note downloaded, and the stock overview shows less', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const t = await signedIn();
  const bread = breadOf(t);
  const before = onHandIn(t, bread, 1);
  const view = mount(<DeliveriesPanel />);

  expect(await screen.findByText('Keine Lieferungen.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Neue Lieferung' }));
  await user.type(await screen.findByLabelText(/Name \/ Firma/), 'Gasthaus Linde');
  await user.type(screen.getByLabelText(/Straße und Hausnummer/), 'Marktplatz 3');
  await user.type(screen.getByLabelText(/PLZ/), '79098');
  await user.type(screen.getByLabelText(/^Ort/), 'Freiburg');
  await user.type(screen.getByLabelText(/Referenz/), 'B-17');
  fireEvent.change(screen.getByLabelText(/Geplant für/), { target: { value: '2026-01-20' } });
  await waitFor(() => expect(screen.getByRole('option', { name: 'Laden' })).toBeInTheDocument());

  await user.type(screen.getByLabelText('Artikel suchen'), 'Bauernbrot');
  await user.click(await screen.findByRole('option', { name: /^Bauernbrot LM-/ }));
  const quantity = await screen.findByLabelText('Menge: Bauernbrot');
  await user.clear(quantity);
  await user.type(quantity, '3');
  await user.click(screen.getByRole('button', { name: 'Lieferung anlegen' }));

  expect(await screen.findByRole('heading', { name: 'Lieferung 1' })).toBeInTheDocument();
  const line = screen.getByTestId(`delivery-line-${bread}`);
  expect(within(line).getByText('Bauernbrot')).toBeInTheDocument();
  expect(within(line).getByText('3')).toBeInTheDocument();
  expect(within(line).getByText(String(before / 1000))).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Gepackt' }));
  await screen.findByRole('button', { name: 'Versendet' });
  expect(t.core.db.prepare("SELECT count(*) FROM stock_moves WHERE source_type = 'delivery'").pluck().get()).toBe(0);
  await user.click(screen.getByRole('button', { name: 'Versendet' }));
  await screen.findByRole('button', { name: 'Zugestellt' });
  expect(screen.queryByRole('button', { name: 'Stornieren' })).not.toBeInTheDocument();
  expect(t.core.db.prepare("SELECT quantity, reason FROM stock_moves WHERE source_type = 'delivery'").all()).toEqual([{ quantity: -3000, reason: 'sale' }]);
  expect(within(screen.getByTestId('delivery-history')).getAllByText(/geplant|gepackt|versendet/).map((e) => e.textContent)).toEqual(['geplant', 'gepackt', 'versendet']);

  await user.click(screen.getByRole('button', { name: 'Lieferschein (PDF)' }));
  await waitFor(() => expect(downloads.map((d) => d.fileName)).toEqual(['Lieferschein-1.pdf']));

  await user.click(screen.getByRole('button', { name: 'Zurück zur Liste' }));
  const row = await screen.findByTestId('delivery-1');
  expect(within(row).getByText('Gasthaus Linde')).toBeInTheDocument();
  expect(within(row).getByText('versendet')).toBeInTheDocument();
  view.unmount();

  mount(<StockPage />);
  await user.type(await screen.findByLabelText('Artikel suchen'), 'Bauernbrot');
  await waitFor(() => expect(within(screen.getByTestId(`stock-${bread}`)).getByText(String(before / 1000 - 3))).toBeInTheDocument());
  t.close();
});

test('a delivery from the store room warns of the shortfall; cancelling asks for the reason and keeps it', async () => {
  const user = userEvent.setup();
  const t = await signedIn();
  const bread = breadOf(t);
  const d = t.call('deliveries.create', {
    recipient: { name: 'Hotel Sonne', street: 'Ring 1', postalCode: '1010', city: 'Wien', countryCode: 'AT' }, locationId: 2, plannedOn: '2026-01-20', lines: [{ productId: bread, quantity: 2000 }],
  });
  mount(<DeliveriesPanel />);
  await user.click(await screen.findByRole('button', { name: 'Lieferung 1' }));
  expect(await screen.findByText(/Zu wenig im Bestand/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Stornieren' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByRole('button', { name: 'Stornieren' })).toBeDisabled();
  await user.type(within(dialog).getByLabelText(/Grund/), 'Kunde hat abgesagt');
  await user.click(within(dialog).getByRole('button', { name: 'Stornieren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(within(screen.getByTestId('delivery-history')).getByText('Kunde hat abgesagt')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Gepackt' })).not.toBeInTheDocument();
  expect(t.call('deliveries.get', { id: d.id }).status).toBe('cancelled');

  await user.click(screen.getByRole('button', { name: 'Zurück zur Liste' }));
  await user.click(await screen.findByRole('radio', { name: 'geplant' }));
  expect(await screen.findByText('Keine Lieferungen.')).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'storniert' }));
  expect(await screen.findByText('Hotel Sonne')).toBeInTheDocument();
  t.close();
});

test('a planned delivery is changed on screen; a refusal from the core is shown in words', async () => {
  const user = userEvent.setup();
  const t = await signedIn();
  const bread = breadOf(t);
  t.call('deliveries.create', { recipient: { name: 'Café Blau', street: 'Gasse 2', postalCode: '79100', city: 'Freiburg' }, locationId: 1, plannedOn: '2026-01-20', lines: [{ productId: bread, quantity: 1000 }] });
  mount(<DeliveriesPanel />);
  await user.click(await screen.findByRole('button', { name: 'Lieferung 1' }));
  await user.click(await screen.findByRole('button', { name: 'Ändern' }));
  const quantity = await screen.findByLabelText('Menge: Bauernbrot');
  await user.clear(quantity);
  await user.type(quantity, '4');
  // Meanwhile someone packs it at the other computer: the change is refused with the reason.
  act(() => void t.call('deliveries.pack', { id: 1 }));
  await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
  expect(await screen.findByText('Lieferung 1 ist schon gepackt; ihre Positionen stehen fest.')).toBeInTheDocument();
  expect(t.call('deliveries.get', { id: 1 }).lines[0]!.quantity).toBe(1000);
  t.close();
});
