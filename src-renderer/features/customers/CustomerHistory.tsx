/**
 * A customer's history, newest first: one row per item, whatever its kind. Receipts and account
 * payments today; orders, jobs, invoices and feedback add a case to `describe` when they join the
 * contract's `CustomerHistoryItem` (an unknown kind still shows plainly).
 */
import { Badge, Modal, Table, Text, UnstyledButton } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerHistoryItem } from '../../../src-shared/contract/customers';
import type { Receipt as ReceiptData } from '../../../src-shared/contract/sell';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { Receipt } from '../counter/Receipt';
import '../counter/print.css';
import { useMoney } from '../counter/useMoney';

interface Described { kind: string; reference: string; detail: string; amountCents: number | null }

function useDescribe() {
  const { t } = useTranslation();
  const { money } = useMoney();
  return (item: CustomerHistoryItem): Described => {
    switch (item.kind) {
      case 'receipt':
        return {
          kind: t(`customers.history.receiptKinds.${item.receiptKind}`), reference: item.number, amountCents: item.totalCents,
          detail: item.onAccountCents !== 0 ? t('customers.history.onAccount', { amount: money(item.onAccountCents) }) : '',
        };
      case 'payment':
        return { kind: t('customers.history.kinds.payment'), reference: t(`customers.payment.methods.${item.method}`), detail: item.note, amountCents: -item.amountCents };
      default: {
        const other = item as { kind: string; id: number };
        return { kind: t(`customers.history.kinds.${other.kind}`, { defaultValue: other.kind }), reference: String(other.id), detail: '', amountCents: null };
      }
    }
  };
}

export function CustomerHistory({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const { money, dateTime } = useMoney();
  const describe = useDescribe();
  const [items, setItems] = useState<CustomerHistoryItem[] | null>(null);
  const [receipt, setReceipt] = useState<ReceiptData | null>(null);
  const load = useCallback(() => {
    void refreshQuietly(async () => setItems(await call('customers.history', { id: customerId, limit: 100 })));
  }, [customerId]);
  useEffect(load, [load]);
  useChanged(['customers', 'sales'], load);

  async function openReceipt(id: number) {
    await refreshQuietly(async () => setReceipt(await call('counter.receipt.get', { id })));
  }

  if (items === null) return null;
  if (items.length === 0) return <Text c="dimmed">{t('customers.history.empty')}</Text>;
  return (
    <>
      <Table verticalSpacing="xs" striped aria-label={t('customers.detail.history')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.history.when')}</Table.Th>
            <Table.Th>{t('customers.history.what')}</Table.Th>
            <Table.Th>{t('customers.history.reference')}</Table.Th>
            <Table.Th />
            <Table.Th ta="right">{t('customers.history.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const d = describe(item);
            return (
              <Table.Tr key={`${item.kind}-${item.id}`} data-testid="history-item">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(item.at)}</Table.Td>
                <Table.Td><Badge variant="light" color={item.kind === 'payment' ? 'green' : 'blue'}>{d.kind}</Badge></Table.Td>
                <Table.Td>
                  {item.kind === 'receipt'
                    ? <UnstyledButton c="blue" mih={32} onClick={() => void openReceipt(item.id)}>{d.reference}</UnstyledButton>
                    : d.reference}
                </Table.Td>
                <Table.Td fz="sm" c="dimmed">{d.detail}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{d.amountCents === null ? '' : money(d.amountCents)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Modal opened={receipt !== null} onClose={() => setReceipt(null)} title={receipt ? t('customers.history.receiptTitle', { number: receipt.number }) : ''} size="md">
        {receipt && <Receipt receipt={receipt} />}
      </Modal>
    </>
  );
}
