/**
 * Books a bank line as a new journal entry: bank against the chosen account, optionally split
 * into net and VAT (input VAT for money out, output VAT for money in). The entry is dated the
 * line's booking day.
 */
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount, BankLine } from '../../../src-shared/contract/bank';
import { splitGross } from '../../../src-shared/money';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useBankStore } from './store';
import { useBankFormat } from './useBankFormat';

interface Props {
  line: BankLine;
  bankAccount: BankAccount;
  onClose(): void;
}

const defaultText = (line: BankLine) => [line.counterparty, line.purpose].filter(Boolean).join(' – ').slice(0, 200);

export function CreateEntryDialog({ line, bankAccount, onClose }: Props) {
  const { t } = useTranslation();
  const format = useBankFormat();
  const { ledgerAccounts, vatRates } = useBankStore();
  const [accountId, setAccountId] = useState<number | null>(null);
  const [vatRateId, setVatRateId] = useState<number | null>(null);
  const [text, setText] = useState(defaultText(line) || t('bank.entry.defaultText'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const accountOptions = useMemo(() => ledgerAccounts
    .filter((a) => a.retiredAt === null && a.id !== bankAccount.accountId)
    .map((a) => ({ value: String(a.id), label: `${a.number} ${a.name}` })), [ledgerAccounts, bankAccount.accountId]);
  const rateOptions = [
    { value: 'none', label: t('bank.entry.noVat') },
    ...vatRates.filter((r) => r.retiredAt === null || r.id === vatRateId).map((r) => ({ value: String(r.id), label: `${r.name} (${format.percent(r.rateBasisPoints)})` })),
  ];
  const rate = vatRates.find((r) => r.id === vatRateId);
  const split = rate && rate.rateBasisPoints > 0 ? splitGross(Math.abs(line.amountCents), rate.rateBasisPoints) : null;

  function chooseAccount(value: string | null) {
    const id = value ? Number(value) : null;
    setAccountId(id);
    // The account's usual VAT rate (e.g. 19 % on 4240 Strom) is the likely one.
    const usual = ledgerAccounts.find((a) => a.id === id)?.vatRateId ?? null;
    if (usual !== null) setVatRateId(usual);
  }

  async function submit() {
    if (accountId === null || !text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await call('bank.createEntry', { lineId: line.id, accountId, vatRateId, text: text.trim() });
      notifications.show({ color: 'green', message: t('bank.entry.done') });
      onClose();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('bank.entry.title')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Stack>
          <Text size="sm">
            {format.day(line.bookedOn)} · {line.counterparty} · <Text span fw={600}>{format.money(line.amountCents, line.currency)}</Text>
          </Text>
          {line.purpose && <Text size="sm" c="dimmed">{line.purpose}</Text>}
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Select
            label={t('bank.entry.account')} description={t(line.amountCents < 0 ? 'bank.entry.accountOut' : 'bank.entry.accountIn')}
            data={accountOptions} value={accountId === null ? null : String(accountId)} onChange={chooseAccount}
            searchable required limit={60} nothingFoundMessage={t('bank.entry.noAccount')} comboboxProps={{ withinPortal: true }} data-autofocus
          />
          <Select
            label={t('bank.entry.vat')} data={rateOptions} value={vatRateId === null ? 'none' : String(vatRateId)} allowDeselect={false}
            onChange={(v) => setVatRateId(v && v !== 'none' ? Number(v) : null)} comboboxProps={{ withinPortal: true }}
            description={split ? t(line.amountCents < 0 ? 'bank.entry.splitIn' : 'bank.entry.splitOut', { net: format.money(split.net), vat: format.money(split.vat) }) : undefined}
          />
          <TextInput label={t('bank.entry.text')} value={text} maxLength={200} required onChange={(e) => setText(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('bank.entry.cancel')}</Button>
            <Button type="submit" loading={busy} disabled={accountId === null || !text.trim()}>{t('bank.entry.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
