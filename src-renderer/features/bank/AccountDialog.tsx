/** Adds a bank account: its name, its IBAN (optional; a CAMT import learns it) and the ledger account it is booked on. */
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount } from '../../../src-shared/contract/bank';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useBankStore } from './store';

export function AccountDialog({ onClose, onCreated }: { onClose(): void; onCreated(account: BankAccount): void }) {
  const { t } = useTranslation();
  const { ledgerAccounts, accounts } = useBankStore();
  const [name, setName] = useState('');
  const [iban, setIban] = useState('');
  const [accountId, setAccountId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const used = new Set(accounts.map((a) => a.accountId));
  const options = ledgerAccounts
    .filter((a) => a.type === 'asset' && a.retiredAt === null && a.role !== 'cash' && !used.has(a.id))
    .map((a) => ({ value: String(a.id), label: `${a.number} ${a.name}` }));

  async function submit() {
    if (!name.trim() || accountId === null) return;
    setBusy(true);
    setError(null);
    try {
      const created = await call('bank.accounts.create', { name: name.trim(), iban: iban.trim() || null, accountId: Number(accountId) });
      onCreated(created);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('bank.account.createTitle')}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <TextInput label={t('bank.account.name')} value={name} maxLength={80} required data-autofocus onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t('bank.account.iban')} description={t('bank.account.ibanHint')} value={iban} maxLength={42} onChange={(e) => setIban(e.currentTarget.value)} />
          <Select
            label={t('bank.account.ledgerAccount')} description={t('bank.account.ledgerAccountHint')} data={options} value={accountId}
            onChange={setAccountId} searchable required nothingFoundMessage={t('bank.account.noLedgerAccount')} comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('bank.account.cancel')}</Button>
            <Button type="submit" loading={busy} disabled={!name.trim() || accountId === null}>{t('bank.account.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
