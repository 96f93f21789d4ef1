/** The stock documents (list, filter, detail, print), the low-stock list's way to reordering, and the counter's hint of the next delivery. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gs1CheckDigit } from '../../src-shared/barcode';
import { useCartStore } from '../../src-renderer/features/counter/cartStore';
import { useCounterStore } from '../../src-renderer/features/counter/counterStore';
import { localToday } from '../../src-renderer/features/stock/local-day';
import { goTo, renderApp, signInCashier, signInOwner, type TestCore } from './render-app';

const breadId = (t: TestCore) => t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;

test('the documents list shows the adjustment and the transfer, filters by kind, and opens the adjustment with its moves', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = breadId(t);
  t.signInOwner();
  const adjustment = t.call('stock.adjust', { locationId: 1, reason: 'waste', note: 'Regal umgekippt', lines: [{ productId: bread, quantity: -2000 }] });
  const transfer = t.call('stock.transfer', { fromLocationId: 1, toLocationId: 2, note: 'Nachschub Lager', lines: [{ productId: bread, quantity: 3000 }] });
  await signInOwner(user);
  await goTo('/back/stock?view=documents');

  const adjustmentRow = await screen.findByTestId(`stock-document-${adjustment.id}`);
  expect(within(adjustmentRow).getAllByRole('cell').map((c) => c.textContent).filter((text, i) => i !== 2))
    .toEqual(['Korrektur', String(adjustment.number), 'Anna Becker', 'Regal umgekippt', '1', 'Anzeigen']);
  expect(within(screen.getByTestId(`stock-document-${transfer.id}`)).getByText('Umlagerung')).toBeInTheDocument();
  expect(screen.getByText('2 Belege')).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText('Art'), 'transfer');
  await waitFor(() => expect(screen.queryByTestId(`stock-document-${adjustment.id}`)).not.toBeInTheDocument());
  expect(screen.getByTestId(`stock-document-${transfer.id}`)).toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText('Art'), '');
  await user.click(within(await screen.findByTestId(`stock-document-${adjustment.id}`)).getByRole('button', { name: 'Anzeigen' }));

  const drawer = await screen.findByRole('dialog', { name: `Korrektur Nr. ${adjustment.number}` });
  const move = (await within(drawer).findByText('Bauernbrot')).closest('tr')!;
  expect(within(move).getAllByRole('cell').map((c) => c.textContent)).toEqual(['BauernbrotLM-0001', 'Laden', 'Schwund / Bruch', '-2']);
  expect(within(drawer).getByText('Regal umgekippt')).toBeInTheDocument();

  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  await user.click(within(drawer).getByRole('button', { name: 'Drucken' }));
  const paper = await screen.findByTestId('document-printout');
  await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  expect(within(paper).getByRole('heading', { name: `Korrektur Nr. ${adjustment.number}`, hidden: true })).toBeInTheDocument();
  expect(within(paper).getAllByRole('cell', { hidden: true }).map((c) => c.textContent)).toEqual(['LM-0001', 'Bauernbrot', 'Laden', 'Schwund / Bruch', '-2']);
  print.mockRestore();
  t.close();
});

test('a posted count links to its document', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = breadId(t);
  t.signInOwner();
  const sheet = t.call('stock.count.start', { locationId: 1, categoryId: null });
  t.call('stock.count.record', { countId: sheet.id, productId: bread, mode: 'set', quantity: 0 });
  const posted = t.call('stock.count.post', { countId: sheet.id });
  await signInOwner(user);
  await goTo(`/back/stock?view=counts&count=${sheet.id}`);
  await user.click(await screen.findByRole('button', { name: 'Beleg anzeigen' }));
  const number = t.core.db.prepare('SELECT number FROM stock_documents WHERE id = ?').pluck().get(posted.documentId) as number;
  const drawer = await screen.findByRole('dialog', { name: `Inventur Nr. ${number}` });
  expect(within((await within(drawer).findByText('Bauernbrot')).closest('tr')!).getByText('Inventurdifferenz')).toBeInTheDocument();
  t.close();
});

test('"Nachbestellen" in the low-stock list goes to purchasing\'s reorder suggestions', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await signInOwner(user);
  await goTo('/back/stock?view=lowStock');
  await user.click(await screen.findByRole('button', { name: 'Nachbestellen' }));
  await waitFor(() => expect(window.location.hash).toBe('#/back/purchasing?view=reorder'));
  t.close();
});

test('at the counter the hint names the next delivery of a placed order, and an overdue one once there is one', async () => {
  useCartStore.getState().clear();
  useCounterStore.setState({ shift: null, shiftLoaded: false, settings: null, dialog: null, receipt: null, report: null });
  const user = userEvent.setup();
  const { t } = renderApp();
  // The core's day is the screen's day: "in three days" means the same to both.
  t.clock.set(new Date().toISOString());
  const bread = breadId(t);
  const here = t.core.db.prepare('SELECT sum(quantity) FROM stock_moves WHERE product_id = ? AND location_id = 1').pluck().get(bread) as number;
  const inDays = (days: number) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return localToday(d);
  };
  t.signInOwner();
  const supplier = t.call('purchasing.suppliers.create', { name: 'Bäckerei Korn' });
  const order = (quantity: number, expectedOn: string) => {
    const draft = t.call('purchasing.orders.create', { supplierId: supplier.id, locationId: 1, lines: [{ productId: bread, quantity, unitCostCents: 250 }] });
    t.call('purchasing.orders.place', { id: draft.id, expectedOn });
  };
  order(12_000, inDays(3));

  await signInCashier(user);
  await user.type(await screen.findByLabelText(/Anfangsbestand/, {}, { timeout: 5000 }), '100,00');
  await user.click(screen.getByRole('button', { name: 'Schicht öffnen' }));
  await screen.findByText('Artikel scannen');
  (document.activeElement as HTMLElement | null)?.blur();
  const body = '400421100001';
  await user.keyboard(`${body}${gs1CheckDigit(body)}{Enter}`);
  const weekday = new Intl.DateTimeFormat('de-DE', { weekday: 'short' }).format(new Date(`${inDays(3)}T12:00:00`)).replace(/\.$/, '');
  expect(await screen.findByTestId('counter-stock')).toHaveTextContent(`${here / 1000} hier · 12 kommen ${weekday}`);

  // An order that should have come five days ago comes first.
  order(4000, inDays(-5));
  const [, month, day] = inDays(-5).split('-');
  await waitFor(() => expect(screen.getByTestId('counter-stock')).toHaveTextContent(`${here / 1000} hier · 4 überfällig seit ${day}.${month}.`));
  t.close();
});
