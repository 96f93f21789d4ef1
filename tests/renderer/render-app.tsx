/** Renders the whole app against a real core through the in-process transport. */
import { render } from '@testing-library/react';
import { inProcessTransport } from '../../src-main/core/in-process';
import { App } from '../../src-renderer/App';
import { useSessionStore } from '../../src-renderer/features/auth/store';
import { useSettingsStore } from '../../src-renderer/features/settings/store';
import { i18n } from '../../src-renderer/i18n';
import { setTransport } from '../../src-renderer/lib/api';
import { testCore } from '../helpers/core';

export function renderApp({ demo = true, route = '/' }: { demo?: boolean; route?: string } = {}) {
  const t = testCore();
  if (demo) t.loadDemo();
  localStorage.clear();
  void i18n.changeLanguage('de');
  useSessionStore.setState({ status: null, session: null, loaded: false, sessionEnded: false });
  useSettingsStore.setState({ company: null, vatRates: [], security: null });
  setTransport(inProcessTransport(t.core));
  window.location.hash = `#${route}`;
  const view = render(<App testEnv />);
  return { ...view, t };
}
