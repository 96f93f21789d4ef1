import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gs1CheckDigit } from '../../src-shared/barcode';
import { useCartStore } from '../../src-renderer/features/counter/cartStore';
import { useCounterStore } from '../../src-renderer/features/counter/counterStore';
import { openTab, renderApp, signInCashier, signInOwner } from './render-app';

test('the stock tab shows on hand per location and the products below their minimum', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;
  const onHand = t.core.db.prepare('SELECT sum(quantity) FROM stock_moves WHERE product_id = ? AND location_id = 1').pluck().get(bread) as number;
  await signInOwner(user);
  await openTab('stock');
  expect(await screen.findByRole('heading', { name: 'Lager' })).toBeInTheDocument();
  await user.type(screen.getByLabelText('Artikel suchen'), 'Bauernbrot');
  const row = await screen.findByTestId(`stock-${bread}`);
  await waitFor(() => expect(within(row).getByText(String(onHand / 1000))).toBeInTheDocument());
  await user.selectOptions(screen.getByLabelText('Lagerort'), 'Lager');
  await waitFor(() => expect(within(screen.getByTestId(`stock-${bread}`)).getByText('0')).toBeInTheDocument());

  t.core.db.prepare('INSERT INTO stock_limits (product_id, location_id, min_quantity, max_quantity) VALUES (?, 1, ?, ?)').run(bread, onHand + 1000, onHand + 5000);
  await user.click(screen.getByRole('tab', { name: 'Unter Mindestbestand' }));
  const low = (await screen.findByText('Bauernbrot')).closest('tr')!;
  expect(within(low).getByText('Laden')).toBeInTheDocument();
  expect(within(low).getByText('5')).toBeInTheDocument();
  t.close();
});

test('the owner books breakage through the dialog: one waste document, the table shows the new stock', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;
  const onHand = t.core.db.prepare('SELECT sum(quantity) FROM stock_moves WHERE product_id = ? AND location_id = 1').pluck().get(bread) as number;
  await signInOwner(user);
  await openTab('stock');
  await user.type(await screen.findByLabelText('Artikel suchen'), 'Bauernbrot');
  const row = await screen.findByTestId(`stock-${bread}`);
  await user.click(within(row).getByRole('button', { name: 'Korrigieren' }));
  const dialog = await screen.findByRole('dialog');
  await user.selectOptions(within(dialog).getByLabelText('Grund'), 'waste');
  await user.type(within(dialog).getByLabelText('Menge weg'), '2');
  await user.type(within(dialog).getByLabelText(/Notiz/), 'heruntergefallen');
  await user.click(within(dialog).getByRole('button', { name: 'Buchen' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(t.core.db.prepare("SELECT d.kind, d.note, m.quantity, m.reason FROM stock_documents d JOIN stock_moves m ON m.source_type = 'stockDocument' AND m.source_id = d.id").all())
    .toEqual([{ kind: 'adjustment', note: 'heruntergefallen', quantity: -2000, reason: 'waste' }]);
  await waitFor(() => expect(within(screen.getByTestId(`stock-${bread}`)).getByText(String(onHand / 1000 - 2))).toBeInTheDocument());
  t.close();
});

test('at the counter the scanned product shows its stock here and in the store room', async () => {
  useCartStore.getState().clear();
  useCounterStore.setState({ shift: null, shiftLoaded: false, settings: null, dialog: null, receipt: null, report: null });
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;
  const onHand = t.core.db.prepare('SELECT sum(quantity) FROM stock_moves WHERE product_id = ? AND location_id = 1').pluck().get(bread) as number;
  t.signInOwner();
  t.call('stock.transfer', { fromLocationId: 1, toLocationId: 2, lines: [{ productId: bread, quantity: 4000 }] });
  await signInCashier(user);
  await user.type(await screen.findByLabelText(/Anfangsbestand/, {}, { timeout: 5000 }), '100,00');
  await user.click(screen.getByRole('button', { name: 'Schicht öffnen' }));
  await screen.findByText('Artikel scannen');
  (document.activeElement as HTMLElement | null)?.blur();
  const body = '400421100001';
  await user.keyboard(`${body}${gs1CheckDigit(body)}{Enter}`);
  expect(await screen.findByTestId('counter-stock')).toHaveTextContent(`${(onHand - 4000) / 1000} hier · 4 in Lager`);
  t.close();
});

test('a stock count on screen: start for one category, record a counted quantity, post the difference', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;
  const onHand = t.core.db.prepare('SELECT sum(quantity) FROM stock_moves WHERE product_id = ? AND location_id = 1').pluck().get(bread) as number;
  await signInOwner(user);
  await openTab('stock');
  await user.click(await screen.findByRole('tab', { name: 'Inventur' }));
  expect(await screen.findByText('Noch keine Inventur.')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByRole('option', { name: 'Backwaren' })).toBeInTheDocument());
  await user.selectOptions(screen.getByLabelText('Warengruppe'), 'Backwaren');
  await user.click(screen.getByRole('button', { name: 'Inventur starten' }));
  const line = await screen.findByTestId(`count-line-${bread}`);
  await user.type(within(line).getByLabelText('Gezählt: Bauernbrot'), String(onHand / 1000 - 1));
  await user.click(within(line).getByRole('button', { name: 'Erfassen' }));
  await waitFor(() => expect(within(screen.getByTestId(`count-line-${bread}`)).getByText('-1')).toBeInTheDocument());
  await user.click(screen.getByRole('button', { name: 'Differenzen buchen' }));
  expect(await screen.findByText('gebucht')).toBeInTheDocument();
  expect(t.core.db.prepare("SELECT quantity, reason FROM stock_moves WHERE reason = 'countDifference'").all()).toEqual([{ quantity: -1000, reason: 'countDifference' }]);
  t.close();
});

test('the owner moves bread to the store room; more than is there is refused with the reason', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;
  await signInOwner(user);
  await openTab('stock');
  await user.type(await screen.findByLabelText('Artikel suchen'), 'Bauernbrot');
  await user.click(within(await screen.findByTestId(`stock-${bread}`)).getByRole('button', { name: 'Umlagern' }));
  let dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText('Menge'), '3');
  await user.click(within(dialog).getByRole('button', { name: 'Umlagern' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(t.core.db.prepare("SELECT location_id, quantity FROM stock_moves WHERE reason = 'transfer' ORDER BY id").all()).toEqual([{ location_id: 1, quantity: -3000 }, { location_id: 2, quantity: 3000 }]);

  await user.click(within(screen.getByTestId(`stock-${bread}`)).getByRole('button', { name: 'Umlagern' }));
  dialog = await screen.findByRole('dialog');
  await user.selectOptions(within(dialog).getByLabelText('Von'), 'Lager');
  await user.selectOptions(within(dialog).getByLabelText('Nach'), 'Laden');
  await user.type(within(dialog).getByLabelText('Menge'), '4');
  await user.click(within(dialog).getByRole('button', { name: 'Umlagern' }));
  expect(await within(dialog).findByText(/Von „Bauernbrot“ ist in Lager nicht so viel vorhanden/)).toBeInTheDocument();
  expect(t.core.db.prepare("SELECT count(*) FROM stock_moves WHERE reason = 'transfer'").pluck().get()).toBe(2);
  t.close();
});

test('locations are added and renamed on screen; a taken name is refused with the reason', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await openTab('stock');
  await user.click(await screen.findByRole('tab', { name: 'Lagerorte' }));
  await user.type(await screen.findByRole('textbox', { name: 'Lagerort anlegen' }), 'Keller');
  await user.click(screen.getByRole('button', { name: 'Lagerort anlegen' }));
  await waitFor(() => expect(t.core.db.prepare('SELECT name FROM stock_locations ORDER BY id').pluck().all()).toEqual(['Laden', 'Lager', 'Keller']));
  expect(await screen.findByTestId('location-3')).toBeInTheDocument();
  const store = screen.getByTestId('location-2');
  const name = within(store).getByRole('textbox', { name: 'Umbenennen' });
  await user.clear(name);
  await user.type(name, 'laden');
  await user.click(within(store).getByRole('button', { name: 'Umbenennen' }));
  expect(await within(store).findByText('Einen Lagerort „laden“ gibt es schon.')).toBeInTheDocument();
  t.close();
});

test('minimum and maximum are set in the dialog and the product then shows in the low-stock list', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;
  const onHand = t.core.db.prepare('SELECT sum(quantity) FROM stock_moves WHERE product_id = ? AND location_id = 1').pluck().get(bread) as number;
  await signInOwner(user);
  await openTab('stock');
  await user.type(await screen.findByLabelText('Artikel suchen'), 'Bauernbrot');
  await user.click(within(await screen.findByTestId(`stock-${bread}`)).getByRole('button', { name: 'Min./Max.' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText('Mindestens'), String(onHand / 1000 + 1));
  await user.type(within(dialog).getByLabelText('Höchstens'), String(onHand / 1000 + 10));
  await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(t.core.db.prepare('SELECT product_id, location_id, min_quantity, max_quantity FROM stock_limits WHERE product_id = ?').all(bread))
    .toEqual([{ product_id: bread, location_id: 1, min_quantity: onHand + 1000, max_quantity: onHand + 10_000 }]);
  await user.click(screen.getByRole('tab', { name: 'Unter Mindestbestand' }));
  expect(within((await screen.findByText('Bauernbrot')).closest('tr')!).getByText('10')).toBeInTheDocument();
  t.close();
});

test('the valuation shows the stock value for a day; a day before any stock shows nothing', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await openTab('stock');
  await user.click(await screen.findByRole('tab', { name: 'Bewertung' }));
  t.signInOwner();
  expect(t.call('stock.valuation', { date: '2026-01-31' }).totalValueCents).toBeGreaterThan(0);
  fireEvent.change(screen.getByLabelText('Stichtag'), { target: { value: '2026-01-31' } });
  await waitFor(() => expect(screen.getByTestId('valuation-total')).toHaveTextContent(/Warenwert: [\d.]+,\d\d\s€/));
  expect(screen.getByText('Bauernbrot')).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText('Stichtag'), { target: { value: '2025-12-31' } });
  expect(await screen.findByText('An diesem Tag war nichts auf Lager.')).toBeInTheDocument();
  expect(screen.getByTestId('valuation-total')).toHaveTextContent(/0,00\s€/);
  t.close();
});
