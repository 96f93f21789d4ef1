/**
 * A customer's history, newest first: one row per item, whatever its kind — receipts, account
 * payments, issued sales documents, customer orders and service jobs, feedback. Each kind says in
 * `describe` how it reads and where it opens (a receipt in place; a document, a work order or the
 * feedback board in its own tab). A kind this screen does not know yet still shows plainly.
 */
import { Badge, Modal, Table, Text, UnstyledButton } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CustomerHistoryItem } from '../../../src-shared/contract/customers';
import type { Receipt as ReceiptData } from '../../../src-shared/contract/sell';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { Receipt } from '../counter/Receipt';
import '../counter/print.css';
import { useMoney } from '../counter/useMoney';

interface Described {
  kind: string;
  color: string;
  reference: string;
  detail: string;
  amountCents: number | null;
  /** Where the item opens; null: it does not. */
  open: (() => void) | null;
}

/** A calendar day (YYYY-MM-DD) at local noon, so no time zone moves it to the day before. */
const noon = (day: string) => new Date(`${day}T12:00:00`);

function useDescribe(openReceipt: (id: number) => void) {
  const { t } = useTranslation();
  const { money, shortDate } = useMoney();
  const navigate = useNavigate();
  const day = (value: string) => shortDate(noon(value));
  return (item: CustomerHistoryItem): Described => {
    switch (item.kind) {
      case 'receipt':
        return {
          kind: t(`customers.history.receiptKinds.${item.receiptKind}`), color: 'blue', reference: item.number, amountCents: item.totalCents,
          detail: item.onAccountCents !== 0 ? t('customers.history.onAccount', { amount: money(item.onAccountCents) }) : '',
          open: () => openReceipt(item.id),
        };
      case 'payment':
        return {
          kind: t('customers.history.kinds.payment'), color: 'green', reference: t(`customers.payment.methods.${item.method}`),
          detail: item.note, amountCents: -item.amountCents, open: null,
        };
      case 'salesDocument': {
        const invoices = item.documentKind === 'invoice' || item.documentKind === 'creditNote';
        const due = item.dueOn ? day(item.dueOn) : '';
        const detail = item.openCents === null
          ? t('customers.history.documentDate', { date: day(item.documentDate) })
          : item.openCents <= 0 ? t('customers.history.invoiceSettled')
            : t(item.overdue ? 'customers.history.invoiceOverdue' : 'customers.history.invoiceOpen', { amount: money(item.openCents), due });
        return {
          kind: t(`salesdocs.kinds.${item.documentKind}`), color: item.overdue ? 'red' : 'indigo', reference: item.number, detail,
          // A credit note takes its gross off the customer's account.
          amountCents: item.documentKind === 'creditNote' ? -item.grossCents : item.grossCents,
          open: () => void navigate(`/back/sales?view=${invoices ? 'invoices' : 'quotes'}&doc=${item.id}`),
        };
      }
      case 'workOrder':
        return {
          kind: t(`production.kinds.${item.orderKind}`), color: 'teal', reference: t('production.board.number', { number: item.number }),
          detail: [item.title, t(`production.status.${item.status}`), item.promisedOn ? t('production.board.promised', { day: day(item.promisedOn) }) : '']
            .filter(Boolean).join(' · '),
          amountCents: null, open: () => void navigate(`/back/production?view=board&order=${item.id}`),
        };
      case 'feedback':
        return {
          kind: t(`feedback.kinds.${item.feedbackKind}`), color: 'orange', reference: item.productName ?? item.text,
          detail: [item.productName !== null ? item.text : '', t(`feedback.statuses.${item.status}`)].filter(Boolean).join(' · '),
          amountCents: null, open: () => void navigate('/back/improvement'),
        };
      default: {
        const other = item as { kind: string; id: number };
        return { kind: t(`customers.history.kinds.${other.kind}`, { defaultValue: other.kind }), color: 'gray', reference: String(other.id), detail: '', amountCents: null, open: null };
      }
    }
  };
}

export function CustomerHistory({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const { money, dateTime } = useMoney();
  const [items, setItems] = useState<CustomerHistoryItem[] | null>(null);
  const [receipt, setReceipt] = useState<ReceiptData | null>(null);
  const describe = useDescribe((id) => void refreshQuietly(async () => setReceipt(await call('counter.receipt.get', { id }))));
  const load = useCallback(() => {
    void refreshQuietly(async () => setItems(await call('customers.history', { id: customerId, limit: 100 })));
  }, [customerId]);
  useEffect(load, [load]);
  useChanged(['customers', 'sales', 'salesDocuments', 'production', 'feedback'], load);

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
                <Table.Td><Badge variant="light" tt="none" color={d.color} style={{ maxWidth: 'none' }}>{d.kind}</Badge></Table.Td>
                <Table.Td>
                  {d.open
                    ? <UnstyledButton c="blue" mih={44} onClick={d.open}>{d.reference}</UnstyledButton>
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
