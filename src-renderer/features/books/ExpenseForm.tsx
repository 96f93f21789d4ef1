/**
 * A quick expense: what was paid, how much (gross), from the till or the bank, on which expense
 * account, with the receipt. Net and input VAT are shown as the amount is typed → `ledger.recordExpense`.
 */
import { Alert, Button, Card, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitGross } from '../../../src-shared/money';
import { parseMoneyInput } from '../../../src-shared/money-input';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useSettingsStore } from '../settings/store';
import { attachmentProblem, toAttachment } from './attachments';
import { isDay, today } from './dates';
import { ReceiptFileInput } from './ReceiptFileInput';
import { accountLabel, useBooksStore } from './store';
import { useBooksFormat } from './useBooksFormat';

const NO_VAT = 'none';

export function ExpenseForm() {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const accounts = useBooksStore((s) => s.accounts);
  const openEntry = useBooksStore((s) => s.openEntry);
  const vatRates = useSettingsStore((s) => s.vatRates);
  const [bookedOn, setBookedOn] = useState(today());
  const [text, setText] = useState('');
  const [gross, setGross] = useState('');
  const [accountId, setAccountId] = useState('');
  const [vatRateId, setVatRateId] = useState(NO_VAT);
  const [paidFrom, setPaidFrom] = useState<'cash' | 'bank'>('cash');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  // Costs go to expense accounts; things that last (a shelf, a till) to the owner's asset accounts.
  const expenseAccounts = accounts.filter((a) => a.type === 'expense' && a.retiredAt === null);
  const assetAccounts = accounts.filter((a) => a.type === 'asset' && a.role === null && a.retiredAt === null);
  const option = (a: (typeof accounts)[number]) => ({ value: String(a.id), label: accountLabel(a) });
  const activeRates = vatRates.filter((r) => r.retiredAt === null);
  const grossCents = gross.trim() ? parseMoneyInput(gross) : null;
  const rate = vatRates.find((r) => String(r.id) === vatRateId);
  const split = grossCents !== null && grossCents > 0 ? splitGross(grossCents, rate?.rateBasisPoints ?? 0) : null;
  const ready = isDay(bookedOn) && text.trim() !== '' && split !== null && accountId !== '' && (!file || attachmentProblem(file) === null);

  function chooseAccount(id: string) {
    setAccountId(id);
    // The account knows its usual rate (fuel 19 %, insurance none): take it, the person may change it.
    const account = accounts.find((a) => String(a.id) === id);
    if (account) setVatRateId(account.vatRateId === null ? NO_VAT : String(account.vatRateId));
  }

  async function submit() {
    if (!ready || grossCents === null) return;
    setBusy(true);
    setError(null);
    try {
      const entry = await call('ledger.recordExpense', {
        bookedOn, text: text.trim(), grossCents, vatRateId: vatRateId === NO_VAT ? null : Number(vatRateId),
        expenseAccountId: Number(accountId), paidFrom, attachment: file ? await toAttachment(file) : null,
      });
      notifications.show({
        color: 'green',
        message: (
          <Group gap="xs">
            <Text size="sm" data-testid="expense-posted">{t('books.expense.posted', { number: entry.number, amount: format.money(grossCents) })}</Text>
            <Button size="compact-sm" variant="subtle" onClick={() => openEntry(entry.id)}>{t('books.manual.show')}</Button>
          </Group>
        ),
      });
      setText('');
      setGross('');
      setFile(null);
      setFormKey((k) => k + 1);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder maw={760} component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }} aria-label={t('books.tabs.expense')}>
      <Stack>
        <Text c="dimmed" size="sm">{t('books.expense.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('books.columns.date')} value={bookedOn} onChange={(e) => setBookedOn(e.currentTarget.value)} required />
          <TextInput label={t('books.expense.gross')} value={gross} onChange={(e) => setGross(e.currentTarget.value)} required inputMode="decimal" maxLength={20}
            error={gross.trim() && (grossCents === null || grossCents <= 0) ? t('books.expense.badAmount') : undefined} styles={{ input: { textAlign: 'right' } }} />
        </SimpleGrid>
        <TextInput label={t('books.fields.text')} placeholder={t('books.expense.textPlaceholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} required maxLength={200} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('books.expense.account')} value={accountId} onChange={(e) => chooseAccount(e.currentTarget.value)} required
            data={[
              { value: '', label: t('books.expense.chooseAccount'), disabled: true },
              { group: t('books.expense.expenseGroup'), items: expenseAccounts.map(option) },
              ...(assetAccounts.length ? [{ group: t('books.expense.assetGroup'), items: assetAccounts.map(option) }] : []),
            ]} />
          <NativeSelect label={t('books.expense.vatRate')} value={vatRateId} onChange={(e) => setVatRateId(e.currentTarget.value)}
            data={[{ value: NO_VAT, label: t('books.expense.noVat') }, ...activeRates.map((r) => ({ value: String(r.id), label: `${r.name} (${format.percent(r.rateBasisPoints)})` }))]} />
        </SimpleGrid>
        <Group gap="xl" data-testid="expense-split">
          <div><Text size="xs" c="dimmed">{t('books.expense.net')}</Text><Text fw={600}>{split ? format.money(split.net) : '—'}</Text></div>
          <div><Text size="xs" c="dimmed">{t('books.expense.inputVat')}</Text><Text fw={600}>{split ? format.money(split.vat) : '—'}</Text></div>
          <div><Text size="xs" c="dimmed">{t('books.expense.grossShort')}</Text><Text fw={600}>{split ? format.money(grossCents ?? 0) : '—'}</Text></div>
        </Group>
        <div>
          <Text size="sm" fw={500} mb={4} id="expense-paid-from">{t('books.expense.paidFrom')}</Text>
          <SegmentedControl aria-labelledby="expense-paid-from" value={paidFrom} onChange={(v) => setPaidFrom(v as 'cash' | 'bank')}
            data={[{ value: 'cash', label: t('books.expense.cash') }, { value: 'bank', label: t('books.expense.bank') }]} />
        </div>
        <ReceiptFileInput key={formKey} file={file} onChange={setFile} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={busy} disabled={!ready}>{t('books.expense.submit')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
