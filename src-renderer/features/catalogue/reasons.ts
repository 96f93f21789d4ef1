/** The catalogue's own failure reasons as sentences; anything else goes through the app's errorText. */
import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api';
import { errorText } from '../../lib/errors';

export function catalogueErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const details = error.body.details ?? {};
    if (typeof details.reason === 'string') {
      const key = `catalogue.reasons.${details.reason}`;
      const text = t(key, { ...details });
      if (text !== key) return text;
    }
  }
  return errorText(t, error);
}

/** A CSV row problem as a sentence. */
export function issueText(t: TFunction, issue: { reason: string; value?: string; details?: Record<string, string | number> }): string {
  const key = `catalogue.reasons.${issue.reason}`;
  const text = t(key, { code: issue.value ?? '', name: '', sku: '', ...issue.details });
  return text === key ? issue.reason : text;
}
