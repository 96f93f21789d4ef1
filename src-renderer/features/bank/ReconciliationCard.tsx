/**
 * Reconciliation on a day: the balance per the bank (from the imported statements, or as typed
 * off the paper statement) against the ledger account's balance; the open lines and what they do
 * not explain.
 */
import { Badge, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount, Reconciliation } from '../../../src-shared/contract/bank';
import { parseMoneyInput } from '../../../src-shared/money-input';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { parseSignedMoney } from './file';
import { localToday, useBankFormat } from './useBankFormat';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

function Figure({ label, value, hint, strong }: { label: string; value: string; hint?: string; strong?: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fw={strong ? 700 : 500} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Stack>
  );
}

export function ReconciliationCard({ account }: { account: BankAccount }) {
  const { t } = useTranslation();
  const format = useBankFormat();
  const [date, setDate] = useState(localToday());
  const [entered, setEntered] = useState('');
  const [result, setResult] = useState<Reconciliation | null>(null);
  const enteredCents = entered.trim() ? parseSignedMoney(entered, parseMoneyInput) : null;
  const enteredInvalid = entered.trim() !== '' && enteredCents === null;

  const load = useCallback(() => {
    if (!isDay(date) || enteredInvalid) return;
    void refreshQuietly(async () => setResult(await call('bank.reconciliation', { bankAccountId: account.id, date, statementBalanceCents: enteredCents })));
  }, [account.id, date, enteredCents, enteredInvalid]);
  useEffect(load, [load]);
  useChanged(['ledger'], load);

  const basis = result?.statement;
  const basisText = basis
    ? t(`bank.reconciliation.basis.${basis.basis}`, { date: basis.basisOn ? format.day(basis.basisOn) : '' })
    : undefined;

  return (
    <Card withBorder data-testid="bank-reconciliation">
      <Stack>
        <Group justify="space-between" align="flex-end">
          <Title order={4}>{t('bank.reconciliation.title')}</Title>
          {result && (
            <Badge size="lg" color={result.reconciled ? 'green' : 'orange'} variant="light" data-testid="bank-reconciled">
              {result.reconciled ? t('bank.reconciliation.reconciled') : t('bank.reconciliation.notReconciled')}
            </Badge>
          )}
        </Group>
        <Group align="flex-start">
          <TextInput type="date" label={t('bank.reconciliation.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} w={180} />
          <TextInput
            label={t('bank.reconciliation.entered')} description={t('bank.reconciliation.enteredHint')} w={260}
            value={entered} onChange={(e) => setEntered(e.currentTarget.value)} error={enteredInvalid ? t('bank.reconciliation.enteredInvalid') : undefined}
          />
        </Group>
        {result && (
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <Figure label={t('bank.reconciliation.statement')} value={format.money(result.statement.balanceCents, result.currency)} hint={basisText} />
            <Figure label={t('bank.reconciliation.ledger', { account: `${account.accountNumber} ${account.accountName}` })} value={format.money(result.ledgerBalanceCents, result.currency)} />
            <Figure label={t('bank.reconciliation.difference')} value={format.money(result.differenceCents, result.currency)} strong />
            <Figure label={t('bank.reconciliation.open', { count: result.openLines.count })} value={format.money(result.openLines.sumCents, result.currency)} />
            <Figure label={t('bank.reconciliation.unexplained')} value={format.money(result.unexplainedCents, result.currency)} />
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}
