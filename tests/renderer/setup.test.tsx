import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

test('the owner sets up a business in English with the Austrian preset and signs in with the new password', async () => {
  const user = userEvent.setup();
  const { t } = renderApp({ demo: false });
  await user.click(await screen.findByText('English'));
  await user.click(await screen.findByRole('button', { name: 'Set up my business' }));
  await user.type(screen.getByLabelText(/Business name/), 'Café Sonne');
  await user.type(screen.getByLabelText(/Street and number/), 'Hauptplatz 1');
  await user.click(screen.getAllByLabelText(/^Country/)[0]!);
  await user.click(await screen.findByRole('option', { name: 'Austria' }));
  expect(screen.getByText(/VAT rates: 20%/)).toBeInTheDocument();
  await user.type(screen.getByLabelText(/Your name/), 'Sonja Sonne');
  await user.type(screen.getByLabelText(/User name/), 'sonja');
  await user.type(screen.getByLabelText(/^Password/), 'short');
  await user.type(screen.getByLabelText(/Repeat password/), 'short');
  await user.click(screen.getByRole('button', { name: 'Create my business' }));
  expect(await screen.findByText('At least 10 characters', { selector: '.mantine-InputWrapper-error' })).toBeInTheDocument();
  expect(t.call('setup.status').state).toBe('new');

  await user.clear(screen.getByLabelText(/^Password/));
  await user.type(screen.getByLabelText(/^Password/), 'sonnenschein-42');
  await user.clear(screen.getByLabelText(/Repeat password/));
  await user.type(screen.getByLabelText(/Repeat password/), 'sonnenschein-42');
  await user.click(screen.getByRole('button', { name: 'Create my business' }));
  await waitFor(() => expect(t.call('setup.status')).toMatchObject({ state: 'ready', companyName: 'Café Sonne', currency: 'EUR', language: 'en' }), { timeout: 5000 });
  expect(await screen.findByRole('heading', { name: 'Café Sonne' }, { timeout: 5000 })).toBeInTheDocument();
  expect(t.core.db.prepare('SELECT rate_bp FROM vat_rates ORDER BY rate_bp DESC').pluck().all()).toEqual([2000, 1300, 1000, 0]);
  t.close();
});
