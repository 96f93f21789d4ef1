/** Counting by scanning on the count sheet: each scan adds one piece, scale labels their weight; what cannot be counted says why and records nothing. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStaff } from '../../src-main/modules/auth/staff';
import { embeddedCode, gs1CheckDigit } from '../../src-shared/barcode';
import { testCore } from '../helpers/core';
import { goTo, mountApp, renderApp, signInOwner, type TestCore, type User } from './render-app';

const ean = (body: string) => `${body}${gs1CheckDigit(body)}`;
const BREAD_EAN = ean('400421100001'); // Bauernbrot (demo sequence 1)
const SCAN_LABEL = 'Scannen oder Art.-Nr. eingeben';

const productId = (t: TestCore, name: string) => t.core.db.prepare('SELECT id FROM products WHERE name = ?').pluck().get(name) as number;
const onHandInShop = (t: TestCore, id: number) => t.core.db.prepare('SELECT sum(quantity) FROM stock_moves WHERE product_id = ? AND location_id = 1').pluck().get(id) as number;
const entries = (t: TestCore) => t.core.db.prepare('SELECT product_id AS productId, mode, quantity FROM stock_count_entries ORDER BY id').all();

/** Signs in, opens the counts and starts one for the shop (one category, or all). */
async function startCount(user: User, category?: string) {
  await signInOwner(user);
  await goTo('/back/stock?view=counts');
  if (category) {
    await waitFor(() => expect(screen.getByRole('option', { name: category })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Warengruppe'), screen.getByRole('option', { name: category }));
  }
  await user.click(await screen.findByRole('button', { name: 'Inventur starten' }));
  return screen.findByLabelText(SCAN_LABEL, {}, { timeout: 5000 });
}

async function scan(user: User, code: string) {
  const field = screen.getByLabelText(SCAN_LABEL);
  await user.type(field, `${code}{Enter}`);
}

test('scanning bread twice counts 2 and shows the difference to what is expected', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = productId(t, 'Bauernbrot');
  const expected = onHandInShop(t, bread);
  const field = await startCount(user, 'Backwaren');
  expect(field).toHaveFocus();
  await scan(user, BREAD_EAN);
  await waitFor(() => expect(within(screen.getByTestId('count-scan-last')).getByText('gezählt 1')).toBeInTheDocument());
  // The SKU works as well as the barcode.
  await scan(user, 'lm-0001');
  const last = screen.getByTestId('count-scan-last');
  await waitFor(() => expect(within(last).getByText('gezählt 2')).toBeInTheDocument());
  expect(within(last).getByText('Bauernbrot')).toBeInTheDocument();
  expect(within(last).getByText(`Soll ${expected / 1000}`)).toBeInTheDocument();
  const line = screen.getByTestId(`count-line-${bread}`);
  await waitFor(() => expect(within(line).getAllByRole('cell').map((c) => c.textContent).slice(0, 5))
    .toEqual(['Bauernbrot', 'LM-0001', String(expected / 1000), '2', String(2 - expected / 1000)]));
  expect(entries(t)).toEqual([{ productId: bread, mode: 'add', quantity: 1000 }, { productId: bread, mode: 'add', quantity: 1000 }]);
  expect(screen.getByLabelText(SCAN_LABEL)).toHaveValue('');
  t.close();
});

test('an unknown code, a misread check digit and a product outside the count say so and record nothing', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  await startCount(user, 'Backwaren');
  const unknown = ean('400421199999');
  await scan(user, unknown);
  expect(await screen.findByTestId('count-scan-message')).toHaveTextContent(`Kein Artikel hat den Code ${unknown}. Nichts gezählt.`);
  await scan(user, '4004211000014');
  await waitFor(() => expect(screen.getByTestId('count-scan-message')).toHaveTextContent('Die Prüfziffer von 4004211000014 stimmt nicht'));
  // Milk is in another category than this count's.
  await scan(user, 'LM-0057');
  const milk = t.core.db.prepare("SELECT name FROM products WHERE sku = 'LM-0057'").pluck().get() as string;
  await waitFor(() => expect(screen.getByTestId('count-scan-message')).toHaveTextContent(`„${milk}“ gehört nicht zu dieser Inventur.`));
  // Similar to a product's name or code is not enough.
  await scan(user, 'Bauern');
  await waitFor(() => expect(screen.getByTestId('count-scan-message')).toHaveTextContent('Kein Artikel hat den Code Bauern.'));
  expect(entries(t)).toEqual([]);
  expect(screen.queryByTestId('count-scan-last')).not.toBeInTheDocument();
  t.close();
});

test('a product found on the shelf that the sheet did not list is added to the count, and the screen says so', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.signInOwner();
  const stale = t.core.db.prepare("SELECT id FROM products WHERE sku = 'LM-0002'").pluck().get() as number;
  // Inactive, and never in the store room: not on the store room's bakery sheet.
  t.call('catalogue.product.setActive', { id: stale, active: false });
  await signInOwner(user);
  await goTo('/back/stock?view=counts');
  await waitFor(() => expect(screen.getByRole('option', { name: 'Lager' })).toBeInTheDocument());
  await user.selectOptions(screen.getByLabelText('Lagerort'), 'Lager');
  await user.selectOptions(screen.getByLabelText('Warengruppe'), screen.getByRole('option', { name: 'Backwaren' }));
  await user.click(screen.getByRole('button', { name: 'Inventur starten' }));
  await screen.findByLabelText(SCAN_LABEL, {}, { timeout: 5000 });
  expect(screen.queryByTestId(`count-line-${stale}`)).not.toBeInTheDocument();
  await scan(user, 'LM-0002');
  expect(await screen.findByTestId('count-scan-message')).toHaveTextContent('„Dinkelbrötchen“ stand nicht auf der Liste und ist jetzt dazugekommen.');
  await waitFor(() => expect(within(screen.getByTestId(`count-line-${stale}`)).getAllByRole('cell')[3]).toHaveTextContent('1'));
  expect(entries(t)).toEqual([{ productId: stale, mode: 'add', quantity: 1000 }]);
  t.close();
});

test('weighed goods: a scale label adds its weight, a plain scan asks for the weight', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const apples = productId(t, 'Äpfel Elstar');
  await startCount(user, 'Obst & Gemüse');
  await scan(user, embeddedCode('2800025', 350));
  await waitFor(() => expect(within(screen.getByTestId('count-scan-last')).getByText('gezählt 0,350 kg')).toBeInTheDocument());
  await scan(user, 'LM-0025');
  const weight = await screen.findByLabelText('Gewicht: Äpfel Elstar');
  await waitFor(() => expect(weight).toHaveFocus());
  await user.type(weight, '1,2{Enter}');
  await waitFor(() => expect(within(screen.getByTestId('count-scan-last')).getByText('gezählt 1,550 kg')).toBeInTheDocument());
  expect(screen.queryByLabelText('Gewicht: Äpfel Elstar')).not.toBeInTheDocument();
  expect(entries(t)).toEqual([{ productId: apples, mode: 'add', quantity: 350 }, { productId: apples, mode: 'add', quantity: 1200 }]);
  t.close();
});

test('someone else counting the same sheet shows up live; the sheet prints on A4 with the counted lines', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  const bread = productId(t, 'Bauernbrot');
  await startCount(user, 'Backwaren');
  const countId = t.core.db.prepare('SELECT id FROM stock_counts').pluck().get() as number;
  await scan(user, BREAD_EAN);
  await waitFor(() => expect(within(screen.getByTestId('count-scan-last')).getByText('gezählt 1')).toBeInTheDocument());
  // A colleague scans two more through the core (another window, same sheet).
  t.signInOwner();
  t.call('stock.count.record', { countId, productId: bread, mode: 'add', quantity: 2000 });
  await waitFor(() => expect(within(screen.getByTestId('count-scan-last')).getByText('gezählt 3')).toBeInTheDocument());
  await waitFor(() => expect(within(screen.getByTestId(`count-line-${bread}`)).getAllByRole('cell')[3]).toHaveTextContent('3'));

  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  await user.click(screen.getByRole('button', { name: 'Drucken' }));
  const paper = await screen.findByTestId('count-printout');
  await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  expect(paper).toHaveClass('kontor-print-root');
  // aria-hidden: screen readers stay with the screen; the paper is for the printer.
  expect(within(paper).getByRole('heading', { name: `Inventur Laden Nr. ${countId}`, hidden: true })).toBeInTheDocument();
  expect(within(paper).queryByRole('button', { hidden: true })).not.toBeInTheDocument();
  const printedBread = within(paper).getByText('Bauernbrot').closest('tr')!;
  expect(within(printedBread).getAllByRole('cell', { hidden: true }).map((c) => c.textContent)[3]).toBe('3');
  // Lines nobody counted yet print empty, to be filled in by hand.
  const rolls = within(paper).getByText('Dinkelbrötchen').closest('tr')!;
  expect(within(rolls).getAllByRole('cell', { hidden: true }).map((c) => c.textContent).slice(3)).toEqual(['', '']);
  print.mockRestore();
  t.close();
});

test('a stock clerk without the counter\'s permission counts by scanning too', async () => {
  const user = userEvent.setup();
  const t = testCore();
  t.loadDemo();
  // The workshop role: back office and stock, no selling.
  createStaff(t.core.db, { name: 'Paul Lager', role: 'workshop', pin: '5858' }, t.clock.now().toISOString());
  const bread = productId(t, 'Bauernbrot');
  t.signInOwner();
  const countId = t.call('stock.count.start', { locationId: 1, categoryId: null }).id;
  mountApp(t);
  await user.click(await screen.findByText('Paul Lager', {}, { timeout: 5000 }));
  for (const digit of '5858') await user.click(screen.getByRole('button', { name: digit }));
  await user.click(screen.getByRole('button', { name: 'OK' }));
  await screen.findByTestId('signed-in-name', {}, { timeout: 5000 });
  await goTo(`/back/stock?view=counts&count=${countId}`);
  await screen.findByLabelText(SCAN_LABEL, {}, { timeout: 5000 });
  await scan(user, BREAD_EAN);
  await waitFor(() => expect(within(screen.getByTestId('count-scan-last')).getByText('gezählt 1')).toBeInTheDocument());
  expect(entries(t)).toEqual([{ productId: bread, mode: 'add', quantity: 1000 }]);
  t.close();
});
