/** The bank's texts for row problems and suggestion reasons; failures go through the app's errorText. */
import type { TFunction } from 'i18next';
import type { RowProblem, SuggestionReason } from '../../../src-shared/contract/bank';

export function rowProblemText(t: TFunction, problem: RowProblem): string {
  const key = `errors.reasons.${problem.reason}`;
  const text = t(key, { column: problem.column, value: problem.value });
  return text === key ? problem.reason : text;
}

export function reasonText(t: TFunction, reason: SuggestionReason): string {
  switch (reason.code) {
    case 'days': return t('bank.suggestions.reasons.days', { count: reason.days });
    case 'dayTotal': return t('bank.suggestions.reasons.dayTotal', { count: reason.count });
    case 'number':
    case 'words': return t(`bank.suggestions.reasons.${reason.code}`, { value: reason.value });
    default: return t(`bank.suggestions.reasons.${reason.code}`);
  }
}
