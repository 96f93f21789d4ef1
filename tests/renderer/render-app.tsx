/** Renders the whole app against a real core through the in-process transport, and the steps the renderer tests share. */
import { act, render, screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { inProcessTransport } from '../../src-main/core/in-process';
import { App } from '../../src-renderer/App';
import { useSessionStore } from '../../src-renderer/features/auth/store';
import { useSettingsStore } from '../../src-renderer/features/settings/store';
import { i18n } from '../../src-renderer/i18n';
import { setTransport } from '../../src-renderer/lib/api';
import { testCore } from '../helpers/core';

export type User = ReturnType<typeof userEvent.setup>;
export type TestCore = ReturnType<typeof testCore>;

/** Renders the app on a core made by the caller (so it can be a damaged one), from fresh stores. */
export function mountApp(t: TestCore, route = '/') {
  localStorage.clear();
  void i18n.changeLanguage('de');
  useSessionStore.setState({ status: null, session: null, loaded: false, sessionEnded: false });
  useSettingsStore.setState({ company: null, vatRates: [], security: null });
  setTransport(inProcessTransport(t.core));
  window.location.hash = `#${route}`;
  return render(<App testEnv />);
}

export function renderApp({ demo = true, route = '/' }: { demo?: boolean; route?: string } = {}) {
  const t = testCore();
  if (demo) t.loadDemo();
  const view = mountApp(t, route);
  return { ...view, t };
}

/** Goes to a route by its address. */
export async function goTo(route: string) {
  await act(async () => {
    window.location.hash = `#${route}`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

/**
 * Opens a back-office tab by its address. (Clicking the nav works in Chromium — the e2e test
 * does it — but under jsdom the router's first transition after sign-in is not committed.)
 */
export const openTab = (key: string) => goTo(`/back/${key}`);

/** The demo owner signs in with the password and the app shows who is signed in. */
export async function signInOwner(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Mit Passwort anmelden' }));
  await user.type(screen.getByLabelText(/Benutzername/), 'owner');
  await user.type(screen.getByLabelText(/Passwort/), 'kontor-demo');
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
  await screen.findByTestId('signed-in-name', {}, { timeout: 5000 });
}

/** The demo cashier (Lena Schulz) picks herself and types her PIN. */
export async function signInCashier(user: User) {
  await user.click(await screen.findByText('Lena Schulz'));
  for (const digit of '1111') await user.click(screen.getByRole('button', { name: digit }));
  await user.click(screen.getByRole('button', { name: 'OK' }));
}
