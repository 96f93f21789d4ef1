/** What an import did: lines added and already there per statement, and whether the stated balances add up. */
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../src-shared/contract/bank';
import { useBankFormat } from './useBankFormat';

export function ImportResultView({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const format = useBankFormat();
  return (
    <Stack gap="xs" data-testid="bank-import-result">
      <Alert color={result.added > 0 ? 'green' : 'gray'}>
        {t(result.added > 0 ? 'bank.import.done' : 'bank.import.nothingAdded', { added: result.added, duplicates: result.duplicates, skipped: result.skipped })}
      </Alert>
      {result.statements.length > 1 || result.statements.some((s) => s.opening || s.closing) ? result.statements.map((s, i) => (
        <Stack key={i} gap={2}>
          <Text size="sm" fw={500}>
            {t('bank.import.statement', {
              account: s.bankAccountName, ref: s.statementRef ?? '', added: s.added, duplicates: s.duplicates,
              period: s.from && s.to ? `${format.day(s.from)} – ${format.day(s.to)}` : '',
            })}
          </Text>
          {(s.opening || s.closing) && (
            <Text size="sm" c="dimmed">
              {t('bank.import.balances', {
                opening: s.opening ? `${format.money(s.opening.cents)} (${format.day(s.opening.on)})` : '–',
                closing: s.closing ? `${format.money(s.closing.cents)} (${format.day(s.closing.on)})` : '–',
              })}
            </Text>
          )}
          {s.balancesReconcile === true && <Text size="sm" c="green">{t('bank.import.reconciles')}</Text>}
          {s.balancesReconcile === false && <Text size="sm" c="orange">{t('bank.import.notReconciles')}</Text>}
        </Stack>
      )) : null}
    </Stack>
  );
}
