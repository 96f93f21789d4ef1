/** Supplier invoices: open, overdue, paid or all, with what is still to pay; record one, pay one, look into one. */
import { Badge, Button, Card, Group, Modal, NativeSelect, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierInvoice } from '../../../src-shared/contract/purchasing';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { useSettingsStore } from '../settings/store';
import { usePurchasingFormat } from './format';
import { InvoiceForm } from './InvoiceForm';
import { PaymentDialog } from './PaymentDialog';

const FILTERS = ['open', 'overdue', 'paid', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const PAGE_SIZE = 50;
const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function InvoiceDialog({ invoice, onClose }: { invoice: SupplierInvoice; onClose: () => void }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const vatRates = useSettingsStore((s) => s.vatRates);
  return (
    <Modal opened onClose={onClose} size="lg" title={t('purchasing.invoices.title', { number: invoice.invoiceNumber, supplier: invoice.supplierName })}>
      <Stack>
        <Text size="sm" c="dimmed">{t('purchasing.invoices.dates', { date: format.day(invoice.invoiceDate), due: format.day(invoice.dueOn) })}</Text>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.invoices.vatRate')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.net')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.invoices.vat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.lines.map((l) => (
              <Table.Tr key={l.vatRateId}>
                <Table.Td>{vatRates.find((r) => r.id === l.vatRateId)?.name ?? ''} {format.percent(l.rateBasisPoints)}</Table.Td>
                <Table.Td ta="right" style={num}>{format.money(l.netCents)}</Table.Td>
                <Table.Td ta="right" style={num}>{format.money(l.vatCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text fw={600} ta="right">{t('purchasing.invoices.grossTotal')}: {format.money(invoice.grossCents)}</Text>
        <Text fw={600} size="sm">{t('purchasing.invoices.payments')}</Text>
        {invoice.payments.length === 0 ? <Text size="sm" c="dimmed">{t('purchasing.invoices.noPayments')}</Text> : invoice.payments.map((p) => (
          <Text key={p.id} size="sm">{format.day(p.paidOn)} · {t(`purchasing.invoices.methods.${p.method}`)} · {format.money(p.amountCents)}</Text>
        ))}
      </Stack>
    </Modal>
  );
}

export function InvoicesView({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const loadVatRates = useSettingsStore((s) => s.loadVatRates);
  const [status, setStatus] = useState<Filter>('open');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ invoices: SupplierInvoice[]; total: number }>({ invoices: [], total: 0 });
  const [recording, setRecording] = useState(false);
  const [paying, setPaying] = useState<SupplierInvoice | null>(null);
  const [showing, setShowing] = useState<SupplierInvoice | null>(null);
  const load = useCallback(() => {
    void refreshQuietly(async () => setData(await call('purchasing.invoices.list', { status, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })));
  }, [status, page]);
  useEffect(load, [load]);
  useEffect(() => { void loadVatRates(); }, [loadVatRates]);
  useChanged(['purchasing'], load);
  const openTotal = data.invoices.reduce((sum, i) => sum + i.openCents, 0);

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect label={t('purchasing.invoices.statusFilter')} w={220} value={status}
          onChange={(e) => { setStatus(e.currentTarget.value as Filter); setPage(1); }}
          data={FILTERS.map((f) => ({ value: f, label: t(`purchasing.invoices.filters.${f}`) }))} />
        {status !== 'paid' && data.invoices.length > 0 && <Text mb={10} fw={600} data-testid="invoices-open-total">{t('purchasing.invoices.openTotal', { amount: format.money(openTotal) })}</Text>}
        {canManage && <Button ml="auto" mih={44} leftSection={<IconPlus size={18} />} onClick={() => setRecording(true)}>{t('purchasing.invoices.record')}</Button>}
      </Group>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover aria-label={t('purchasing.tabs.invoices')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.supplier')}</Table.Th>
                <Table.Th>{t('purchasing.invoices.number')}</Table.Th>
                <Table.Th>{t('purchasing.invoices.date')}</Table.Th>
                <Table.Th>{t('purchasing.invoices.dueOn')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.invoices.gross')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.invoices.open')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.invoices.map((i) => (
                <Table.Tr key={i.id} data-testid={`invoice-row-${i.id}`} bg={i.overdue ? 'var(--mantine-color-red-0)' : undefined}>
                  <Table.Td fw={500}>{i.supplierName}</Table.Td>
                  <Table.Td>
                    <Button variant="subtle" size="compact-md" mih={44} px={6} onClick={() => setShowing(i)}>{i.invoiceNumber}</Button>
                  </Table.Td>
                  <Table.Td style={num}>{format.day(i.invoiceDate)}</Table.Td>
                  <Table.Td style={num} c={i.overdue ? 'red' : undefined} fw={i.overdue ? 600 : undefined}>
                    {format.day(i.dueOn)}{i.overdue && <Badge ml={6} color="red" size="sm">{t('purchasing.invoices.overdue')}</Badge>}
                  </Table.Td>
                  <Table.Td ta="right" style={num}>{format.money(i.grossCents)}</Table.Td>
                  <Table.Td ta="right" style={num} fw={600} data-testid="open-amount">
                    {i.openCents === 0 ? <Badge color="green" variant="light">{t('purchasing.invoices.settled')}</Badge> : format.money(i.openCents)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {canManage && i.openCents > 0 && (
                      <Button variant="light" mih={44} aria-label={t('purchasing.invoices.payNumber', { number: i.invoiceNumber })} onClick={() => setPaying(i)}>
                        {t('purchasing.invoices.pay')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data.invoices.length === 0 && <Text c="dimmed" p="lg" ta="center">{t(`purchasing.invoices.empty.${status}`)}</Text>}
      </Card>
      {data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} />}
      {recording && <InvoiceForm onClose={() => setRecording(false)} />}
      {paying && <PaymentDialog invoice={paying} onClose={() => setPaying(null)} />}
      {showing && <InvoiceDialog invoice={showing} onClose={() => setShowing(null)} />}
    </Stack>
  );
}
