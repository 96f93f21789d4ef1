/** The improvement charts on screen: bars with their words for screen readers, and the lost value per week. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goTo, renderApp, signInOwner } from './render-app';

test('top complaints, most asked and lost value per week are drawn from the recorded items', async () => {
  const user = userEvent.setup();
  const { t } = renderApp();
  t.signInPin('1111');
  const bread = t.core.db.prepare("SELECT id FROM products WHERE name = 'Bauernbrot'").pluck().get() as number;
  t.call('feedback.record', { kind: 'complaint', text: 'trocken', productId: bread });
  t.call('feedback.record', { kind: 'complaint', text: 'zu dunkel', productId: bread });
  t.call('feedback.record', { kind: 'wish', text: 'Hafermilch' });
  t.call('feedback.record', { kind: 'lostSale', text: 'hafermilch', quantity: 2000, valueCents: 398 });
  t.call('feedback.record', { kind: 'lostSale', productId: bread, quantity: 1000 });

  await signInOwner(user);
  await goTo('/back/improvement');
  await user.click(await screen.findByRole('tab', { name: 'Auswertung' }));
  fireEvent.change(await screen.findByLabelText('Von'), { target: { value: '2026-01-05' } });
  fireEvent.change(screen.getByLabelText('Bis'), { target: { value: '2026-01-25' } });

  await waitFor(() => expect(screen.getByRole('listitem', { name: 'Bauernbrot: 2' })).toBeInTheDocument(), { timeout: 5000 });
  expect(screen.getByRole('listitem', { name: 'Hafermilch: 2× gefragt' })).toBeInTheDocument();
  expect(screen.getByRole('listitem', { name: 'Bauernbrot: 1× gefragt' })).toBeInTheDocument();
  const chart = screen.getByRole('img', { name: /Wert entgangener Verkäufe/ });
  expect(chart).toHaveAccessibleName(expect.stringContaining('KW 3: 8,18\u00a0€ aus 2 entgangenen Verkäufen'));
  expect(chart).toHaveAccessibleName(expect.stringContaining('KW 2: 0,00\u00a0€ aus 0 entgangenen Verkäufen'));
  const table = screen.getByRole('table', { name: 'Wert entgangener Verkäufe' });
  expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['WochenWert entgangener Verkäufe', 'KW 20,00\u00a0€', 'KW 38,18\u00a0€', 'KW 40,00\u00a0€']);
  expect(screen.getByTestId('lost-total')).toHaveTextContent(/Zusammen 8,18\s€/);
  t.close();
}, 60_000);
