/**
 * The bank sub-tab of the bookkeeping page: choose the bank account, import its statements (CSV
 * or CAMT.053), match the lines with what the shop booked or book them, and reconcile the
 * account with the ledger on a day.
 */
import { Alert, Button, Group, Select, Stack } from '@mantine/core';
import { IconPlus, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChanged } from '../../lib/useChanged';
import { AccountDialog } from './AccountDialog';
import { ImportCard } from './ImportCard';
import { LinesTable } from './LinesTable';
import { ReconciliationCard } from './ReconciliationCard';
import { useBankStore } from './store';

export function BankPanel() {
  const { t } = useTranslation();
  const { accounts, bankAccountId, loadAccounts, loadOptions, loadLines, selectAccount } = useBankStore();
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const account = accounts.find((a) => a.id === bankAccountId) ?? null;

  useEffect(() => {
    void loadOptions();
    void loadAccounts().then(() => loadLines());
  }, [loadAccounts, loadOptions, loadLines]);
  useChanged(['ledger'], () => {
    void loadAccounts();
    void loadLines();
    void loadOptions();
  });
  useChanged(['vatRates'], () => void loadOptions());

  return (
    <Stack maw={1300} data-testid="bank-panel">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Select
            label={t('bank.account.label')} w={320} allowDeselect={false} comboboxProps={{ withinPortal: true }}
            data={accounts.map((a) => ({
              value: String(a.id),
              label: t('bank.account.option', { name: a.name, number: a.accountNumber, open: a.openLines }),
            }))}
            value={bankAccountId === null ? null : String(bankAccountId)} onChange={(v) => selectAccount(v ? Number(v) : null)}
          />
          <Button variant="default" leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)}>{t('bank.account.create')}</Button>
        </Group>
        {account && !importing && (
          <Button leftSection={<IconUpload size={18} />} onClick={() => setImporting(true)}>{t('bank.import.open')}</Button>
        )}
      </Group>

      {accounts.length === 0 && <Alert color="gray">{t('bank.account.none')}</Alert>}
      {account && importing && <ImportCard account={account} onClose={() => setImporting(false)} />}
      {account && <ReconciliationCard account={account} />}
      {account && <LinesTable account={account} />}
      {adding && (
        <AccountDialog
          onClose={() => setAdding(false)}
          onCreated={(created) => {
            setAdding(false);
            void loadAccounts().then(() => selectAccount(created.id));
          }}
        />
      )}
    </Stack>
  );
}
