/** Shared steps of the bookkeeping screen tests: a demo shop whose clock shows the computer's today. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetBooksStore } from '../../src-renderer/features/books/store';
import { testCore } from '../helpers/core';
import { goTo, mountApp, signInOwner } from './render-app';

/**
 * The renderer dates its forms with the computer's calendar, so the core's clock is set to now
 * (the demo's opening balance then lies on today as well).
 */
export async function openBooks(view?: string) {
  resetBooksStore();
  const user = userEvent.setup();
  const t = testCore();
  t.clock.set(new Date().toISOString());
  t.loadDemo();
  mountApp(t);
  await signInOwner(user);
  await goTo(`/back/bookkeeping${view ? `?view=${view}` : ''}`);
  await screen.findByRole('heading', { name: 'Buchhaltung' });
  return { user, t };
}

export type BooksCore = Awaited<ReturnType<typeof openBooks>>['t'];

export function accountId(t: BooksCore, number: string): number {
  return t.core.db.prepare('SELECT id FROM accounts WHERE number = ?').pluck().get(number) as number;
}

/** An amount shown alone, e.g. money('1,90') matches "1,90 €" but not "11,90 €". */
export const money = (text: string) => new RegExp(`^${text.replace(/\./g, '\\.')}\\s€$`);
