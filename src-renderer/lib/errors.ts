/** Turns a failed command into a translated sentence; a reason key from the core wins. */
import type { TFunction } from 'i18next';
import { ApiError } from './api';

export function errorText(t: TFunction, error: unknown, formatTime?: (iso: string) => string): string {
  if (!(error instanceof ApiError)) return t('errors.INTERNAL');
  const details = error.body.details ?? {};
  if (error.body.message === 'NETWORK') return t('errors.NETWORK');
  if (typeof details.reason === 'string') {
    const key = `errors.reasons.${details.reason}`;
    if (t(key, { ...details }) !== key) return t(key, { ...details });
  }
  const until = typeof details.lockedUntil === 'string' ? (formatTime?.(details.lockedUntil) ?? details.lockedUntil) : '';
  return t(`errors.${error.code}`, { until });
}

/** Field errors from a VALIDATION answer, keyed by the dotted path of the field. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.body.issues) return {};
  return Object.fromEntries(error.body.issues.map((issue) => [issue.path.join('.'), issue.message]));
}
