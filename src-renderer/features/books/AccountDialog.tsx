/** Add an account (number, name, type, usual VAT rate) or rename one and change its VAT rate. */
import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_TYPES, type Account, type AccountType } from '../../../src-shared/contract/ledger';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useSettingsStore } from '../settings/store';
import { accountLabel } from './store';
import { useBooksFormat } from './useBooksFormat';

export function AccountDialog({ account, onClose }: { account: Account | null; onClose(): void }) {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const vatRates = useSettingsStore((s) => s.vatRates);
  const [number, setNumber] = useState(account?.number ?? '');
  const [name, setName] = useState(account?.name ?? '');
  const [type, setType] = useState<AccountType>(account?.type ?? 'expense');
  const [vatRateId, setVatRateId] = useState(account?.vatRateId ? String(account.vatRateId) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const numberValid = /^\d{3,8}$/.test(number.trim());
  const rates = vatRates.filter((r) => r.retiredAt === null || String(r.id) === vatRateId);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const vat = vatRateId ? Number(vatRateId) : null;
      const saved = account
        ? await call('ledger.account.update', { id: account.id, name: name.trim(), vatRateId: vat })
        : await call('ledger.account.create', { number: number.trim(), name: name.trim(), type, vatRateId: vat });
      notifications.show({ color: 'green', message: t(account ? 'books.accounts.updated' : 'books.accounts.created', { account: accountLabel(saved) }) });
      onClose();
    } catch (e) {
      setError(errorText(t, e));
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={account ? t('books.accounts.editTitle', { account: accountLabel(account) }) : t('books.accounts.newTitle')}>
      <Stack component="form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <TextInput label={t('books.accounts.number')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} disabled={!!account} required
          inputMode="numeric" maxLength={8} description={account ? undefined : t('books.accounts.numberHint')}
          error={!account && number.trim() && !numberValid ? t('books.accounts.numberInvalid') : undefined} data-autofocus />
        <TextInput label={t('books.accounts.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={80} />
        <NativeSelect label={t('books.accounts.type')} value={type} onChange={(e) => setType(e.currentTarget.value as AccountType)} disabled={!!account}
          data={ACCOUNT_TYPES.map((k) => ({ value: k, label: t(`books.accountTypes.${k}`) }))} />
        <NativeSelect label={t('books.accounts.vatRate')} value={vatRateId} onChange={(e) => setVatRateId(e.currentTarget.value)}
          description={t('books.accounts.vatRateHint')}
          data={[{ value: '', label: t('books.accounts.noVatRate') }, ...rates.map((r) => ({ value: String(r.id), label: `${r.name} (${format.percent(r.rateBasisPoints)})` }))]} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={busy} disabled={!name.trim() || (!account && !numberValid)}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
