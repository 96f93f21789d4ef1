/** Where the app stands: set up or not, who is signed in, the company the frame shows. */
import { create } from 'zustand';
import type { SessionInfo, SignInResult } from '../../../src-shared/contract/auth';
import type { SetupStatus } from '../../../src-shared/contract/setup';
import type { Input } from '../../../src-shared/contract';
import type { Language } from '../../../src-shared/countries';
import { call, onUnauthenticated } from '../../lib/api';
import { setLanguage, storedLanguage } from '../../i18n';

interface SessionState {
  /** Set when the core ended the session, so the sign-in screen can say why. */
  sessionEnded: boolean;
  status: SetupStatus | null;
  session: SessionInfo | null;
  loaded: boolean;
  load(): Promise<void>;
  signIn(input: Input<'auth.signIn'>): Promise<SignInResult>;
  signOut(): Promise<void>;
  chooseLanguage(language: Language): Promise<void>;
}

export const useSessionStore = create<SessionState>((set, get) => ({
  sessionEnded: false,
  status: null,
  session: null,
  loaded: false,
  async load() {
    const [status, session] = await Promise.all([call('setup.status'), call('auth.session')]);
    set({ status, session, loaded: true });
    setLanguage(session?.language ?? storedLanguage() ?? status.language);
  },
  async signIn(input) {
    const result = await call('auth.signIn', input);
    set({ session: result.session, sessionEnded: false });
    if (result.session.language) setLanguage(result.session.language);
    return result;
  },
  async signOut() {
    await call('auth.signOut').catch(() => undefined);
    set({ session: null });
  },
  async chooseLanguage(language) {
    setLanguage(language);
    if (get().session) await call('auth.setLanguage', { language });
  },
}));

export const can = (session: SessionInfo | null, permission: string): boolean =>
  !!session && (session.permissions as string[]).includes(permission);

onUnauthenticated(() => {
  if (useSessionStore.getState().session) useSessionStore.setState({ session: null, sessionEnded: true });
});
