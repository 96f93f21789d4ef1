/** Returns against the original receipt: find it, choose lines and quantities, refund cash or card. */
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receipt, ReceiptLine } from '../../../src-shared/contract/sell';
import { divideRounded } from '../../../src-shared/money';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { can, useSessionStore } from '../auth/store';
import { askApproval, withApproval } from './approval';
import { useCounterStore } from './counterStore';
import { parseWeightInput, quantityText } from './money-input';
import { newClientRef } from './PaymentDialog';
import { useMoney } from './useMoney';

/** What a partial return of a line refunds (its total in proportion; display only, the core decides). */
const refundOf = (line: ReceiptLine, quantity: number) => (quantity <= 0 ? 0 : divideRounded(line.totalCents * quantity, line.quantity));

function ReturnForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { money, locale } = useMoney();
  const { settings, showReceipt } = useCounterStore();
  const session = useSessionStore((s) => s.session);
  const [number, setNumber] = useState('');
  const [sale, setSale] = useState<Receipt | null>(null);
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const [method, setMethod] = useState<'cash' | 'card'>('cash');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [clientRef] = useState(newClientRef);

  async function find() {
    setError(null);
    try {
      const found = await call('counter.receipt.get', { number: number.trim() });
      if (found.kind !== 'sale') throw new Error('notSale');
      setSale(found);
      setChosen({});
    } catch (e) {
      setSale(null);
      setError(e instanceof Error && e.message === 'notSale' ? t('sell.return.notSale') : errorText(t, e));
    }
  }

  const quantityOf = (line: ReceiptLine): number => {
    const text = chosen[line.id] ?? '';
    if (!text) return 0;
    const q = line.unit === 'kg' ? parseWeightInput(text) : /^\d+$/.test(text) ? Number(text) * 1000 : null;
    return q === null ? -1 : q;
  };
  const returnable = sale?.lines.filter((l) => l.kind === 'product') ?? [];
  const picked = returnable.map((line) => ({ line, quantity: quantityOf(line) })).filter((p) => p.quantity !== 0);
  const invalid = picked.some((p) => p.quantity < 0 || p.quantity > p.line.returnableQuantity);
  const refund = picked.reduce((a, p) => a + (p.quantity > 0 ? refundOf(p.line, p.quantity) : 0), 0);

  async function submit() {
    if (!sale || invalid || picked.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const overLimit = settings && refund > settings.refundLimitCents && !can(session, 'counter.refund');
      const first = overLimit ? await askApproval('refund') : undefined;
      if (overLimit && !first) return;
      const lines = picked.map((p) => ({ saleLineId: p.line.id, quantity: p.quantity }));
      const result = await withApproval(
        (approvalId) => call('counter.return', { saleId: sale.id, lines, refundMethod: method, clientRef, ...(approvalId ? { approvalId } : {}) }),
        first ?? undefined,
      );
      if (result) {
        onDone();
        showReceipt(result);
      }
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <form onSubmit={(e) => { e.preventDefault(); void find(); }}>
        <Group align="flex-end" wrap="nowrap">
          <TextInput style={{ flex: 1 }} size="lg" label={t('sell.return.number')} description={t('sell.return.numberHint')} value={number}
            onChange={(e) => setNumber(e.currentTarget.value)} data-autofocus autoComplete="off" />
          <Button type="submit" size="lg" leftSection={<IconSearch size={18} />} disabled={!number.trim()}>{t('sell.return.find')}</Button>
        </Group>
      </form>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {sale && (
        <>
          <Text c="dimmed">{t('sell.return.saleInfo', { number: sale.number, amount: money(sale.totalCents), staff: sale.staffName })}</Text>
          {sale.inClosedPeriod && <Alert color="blue">{t('sell.return.closedPeriod')}</Alert>}
          {sale.customer && sale.payments.some((p) => p.method === 'account') && (
            <Alert color="teal" data-testid="return-account-hint">{t('customers.counter.returnToAccount', { name: sale.customer.name })}</Alert>
          )}
          <Table verticalSpacing="xs" aria-label={t('sell.return.lines')}>
            <Table.Thead>
              <Table.Tr><Table.Th>{t('sell.return.item')}</Table.Th><Table.Th ta="right">{t('sell.return.returnable')}</Table.Th><Table.Th w={150}>{t('sell.return.quantity')}</Table.Th><Table.Th ta="right">{t('sell.return.amount')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {returnable.map((line) => {
                const q = quantityOf(line);
                const bad = q < 0 || q > line.returnableQuantity;
                const unitText = line.unit === 'kg' ? ` ${t('sell.units.kg')}` : '';
                return (
                  <Table.Tr key={line.id}>
                    <Table.Td><Text fw={600}>{line.name}</Text><Text size="xs" c="dimmed">{money(line.totalCents)}</Text></Table.Td>
                    <Table.Td ta="right">{quantityText(line.returnableQuantity, line.unit, locale)}{unitText}</Table.Td>
                    <Table.Td>
                      {line.unit === 'kg' ? (
                        <TextInput size="md" aria-label={t('sell.return.quantityFor', { name: line.name })} value={chosen[line.id] ?? ''} error={bad}
                          disabled={line.returnableQuantity === 0} onChange={(e) => setChosen({ ...chosen, [line.id]: e.currentTarget.value })} placeholder="0,000" />
                      ) : (
                        <NumberInput size="md" aria-label={t('sell.return.quantityFor', { name: line.name })} value={chosen[line.id] ?? ''} error={bad} min={0}
                          max={line.returnableQuantity / 1000} allowDecimal={false} allowNegative={false} disabled={line.returnableQuantity === 0}
                          onChange={(v) => setChosen({ ...chosen, [line.id]: v === '' ? '' : String(v) })} />
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{q > 0 && !bad ? money(refundOf(line, q)) : ''}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <SegmentedControl size="md" value={method} onChange={(v) => setMethod(v as 'cash' | 'card')}
              data={[{ value: 'cash', label: t('sell.methods.cash') }, { value: 'card', label: t('sell.methods.card') }]} aria-label={t('sell.return.method')} />
            <Text fw={700} size="xl">{t('sell.return.refund', { amount: money(refund) })}</Text>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
            <Button color="orange" size="md" loading={busy} disabled={invalid || picked.length === 0} onClick={() => void submit()}>{t('sell.return.submit')}</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

export function ReturnDialog() {
  const { t } = useTranslation();
  const { dialog, close } = useCounterStore();
  return (
    <Modal opened={dialog === 'return'} onClose={close} title={t('sell.return.title')} size="xl" centered>
      {dialog === 'return' && <ReturnForm onDone={close} />}
    </Modal>
  );
}
