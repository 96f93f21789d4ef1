/** Sign-in with PIN (counter staff) or username and password (owner), sessions, own preferences. */
import { z } from '../zod-setup';
import type { Language } from '../countries';
import type { Permission, RoleKey } from '../permissions';
import { channel } from './define';
import { empty, id, language, pin, username } from './fields';

export interface SessionInfo {
  staffId: number;
  name: string;
  role: RoleKey | string;
  permissions: Permission[];
  language: Language | null;
  expiresAt: string;
}

export interface SignInResult {
  token: string;
  session: SessionInfo;
}

export interface PinStaff {
  id: number;
  name: string;
  /** ISO time until which this person's PIN is locked, or null. */
  lockedUntil: string | null;
}

export const signInInput = z.union([
  z.strictObject({ pin, staffId: id.optional() }),
  z.strictObject({ username, password: z.string().min(1).max(200) }),
]);

export const authContract = {
  'auth.signIn': channel<SignInResult>()({ input: signInInput, access: 'public', changes: ['session'] }),
  'auth.signOut': channel<null>()({ input: empty, access: 'signedIn', changes: ['session'] }),
  'auth.session': channel<SessionInfo | null>()({ input: empty, access: 'public' }),
  /** Names for the PIN pad's staff tiles (a shop's counter shows who works there anyway). */
  'auth.pinStaff': channel<PinStaff[]>()({ input: empty, access: 'public' }),
  'auth.setLanguage': channel<null>()({ input: z.strictObject({ language }), access: 'signedIn', changes: ['session'] }),
};
