/** What a refused PIN means, in the words the sign-in screen uses (attempts left, locked until). */
import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api';
import { errorText } from '../../lib/errors';

export function pinErrorText(t: TFunction, error: unknown, formatTime: (iso: string) => string): string {
  const attemptsLeft = error instanceof ApiError ? error.body.details?.attemptsLeft : undefined;
  return typeof attemptsLeft === 'number' ? t('signIn.attemptsLeft', { count: attemptsLeft }) : errorText(t, error, formatTime);
}
