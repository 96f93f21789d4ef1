import type { Handlers } from '../../core/registry';
import { requireSession } from '../../core/context';
import * as auth from './service';

export const authHandlers = {
  'auth.signIn': (input, ctx) => auth.signIn(ctx, input),
  'auth.signOut': (_input, ctx) => auth.signOut(ctx, requireSession(ctx)),
  'auth.session': (_input, ctx) => (ctx.session ? auth.sessionInfo(ctx.session) : null),
  'auth.pinStaff': (_input, ctx) => auth.pinStaff(ctx),
  'auth.setLanguage': (input, ctx) => auth.setLanguage(ctx, requireSession(ctx), input.language),
} satisfies Partial<Handlers>;
