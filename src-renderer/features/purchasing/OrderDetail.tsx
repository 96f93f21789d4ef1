/**
 * A placed order, read-only: ordered, received and outstanding per line, its history, its goods
 * receipts, and the next steps (PDF, goods receipt, cancel while nothing arrived, close).
 */
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconPackageImport } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoodsReceipt, PurchaseOrder } from '../../../src-shared/contract/purchasing';
import { call, refreshQuietly } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { usePurchasingFormat } from './format';
import { usePurchasingNav } from './nav';
import { downloadOrderPdf } from './pdf';
import { ReasonDialog } from './ReasonDialog';
import { ReceiptTable } from './ReceiptTable';
import { StatusBadge } from './StatusBadge';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={500} component="div">{children}</Text>
    </Stack>
  );
}

export function OrderDetail({ order, canManage, canReceive }: { order: PurchaseOrder; canManage: boolean; canReceive: boolean }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const nav = usePurchasingNav();
  const [receipts, setReceipts] = useState<GoodsReceipt[]>([]);
  const [dialog, setDialog] = useState<'cancel' | 'close' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loadReceipts = useCallback(() => {
    void refreshQuietly(async () => setReceipts((await call('purchasing.receipts.list', { orderId: order.id })).receipts));
  }, [order.id]);
  useEffect(loadReceipts, [loadReceipts]);
  useChanged(['purchasing'], loadReceipts);

  const open = order.status === 'ordered' || order.status === 'partlyReceived';
  const nothingReceived = order.lines.every((l) => l.received === 0);

  async function pdf() {
    setError(null);
    try {
      const fileName = await downloadOrderPdf(order.id);
      notifications.show({ color: 'green', message: t('purchasing.orders.pdfSaved', { fileName }) });
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  return (
    <Stack mt="md">
      <Group justify="space-between" align="flex-start">
        <Group>
          <Title order={3}>{t('purchasing.orders.title', { number: order.number })}</Title>
          <StatusBadge status={order.status} overdue={order.overdue} />
        </Group>
        <Group>
          <Button variant="default" mih={44} leftSection={<IconFileTypePdf size={18} />} onClick={() => void pdf()}>{t('purchasing.orders.pdf')}</Button>
          {open && canReceive && (
            <Button mih={44} leftSection={<IconPackageImport size={18} />} onClick={() => nav.receive(order.id)}>{t('purchasing.orders.receive')}</Button>
          )}
          {canManage && (order.status === 'ordered' && nothingReceived) && (
            <Button variant="light" color="red" mih={44} onClick={() => setDialog('cancel')}>{t('purchasing.orders.cancel')}</Button>
          )}
          {canManage && (order.status === 'partlyReceived' || order.status === 'received') && (
            <Button variant="light" mih={44} onClick={() => setDialog('close')}>{t('purchasing.orders.close')}</Button>
          )}
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <Card withBorder>
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <Fact label={t('purchasing.supplier')}><Anchor onClick={() => nav.openSupplier(order.supplierId)}>{order.supplierName}</Anchor></Fact>
          <Fact label={t('purchasing.orders.deliverTo')}>{order.locationName}</Fact>
          <Fact label={t('purchasing.orders.orderedAt')}>{order.orderedAt ? format.dateTime(order.orderedAt) : '–'}</Fact>
          <Fact label={t('purchasing.orders.expectedOn')}><Text span inherit c={order.overdue ? 'red' : undefined}>{format.day(order.expectedOn)}</Text></Fact>
          <Fact label={t('purchasing.totalNet')}>{format.money(order.netCents)}</Fact>
        </SimpleGrid>
        {order.note && <Text mt="sm" size="sm">{order.note}</Text>}
      </Card>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped aria-label={t('purchasing.orders.lines')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.product')}</Table.Th>
                <Table.Th>{t('purchasing.supplierSku')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.orders.ordered')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.orders.received')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.orders.outstanding')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.unitCost')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.lines.map((l) => (
                <Table.Tr key={l.id} data-testid={`order-line-${l.productId}`}>
                  <Table.Td><Text fw={500}>{l.name}</Text><Text size="xs" c="dimmed" ff="monospace">{l.sku}</Text></Table.Td>
                  <Table.Td ff="monospace" fz="sm">{l.supplierSku}</Table.Td>
                  <Table.Td ta="right" style={num}>{format.quantity(l.quantity, l.unit)}</Table.Td>
                  <Table.Td ta="right" style={num} data-testid="received">{format.quantity(l.received, l.unit)}</Table.Td>
                  <Table.Td ta="right" style={num} fw={l.outstanding > 0 ? 600 : undefined} data-testid="outstanding">{format.quantity(l.outstanding, l.unit)}</Table.Td>
                  <Table.Td ta="right" style={num}>{format.money(l.unitCostCents)}</Table.Td>
                  <Table.Td ta="right" style={num}>{format.money(l.lineNetCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="xs">
          <Title order={4}>{t('purchasing.orders.history')}</Title>
          <Timeline bulletSize={16} lineWidth={2} active={order.events.length}>
            {order.events.map((e, i) => (
              <Timeline.Item key={i} title={t(`purchasing.status.${e.status}`)}>
                <Text size="sm" c="dimmed">{format.dateTime(e.at)}{e.staffName ? ` · ${e.staffName}` : ''}</Text>
                {e.note && <Text size="sm">{e.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
        <Stack gap="xs">
          <Title order={4}>{t('purchasing.orders.receipts')}</Title>
          {receipts.length === 0
            ? <Text c="dimmed" size="sm">{open ? t('purchasing.orders.noReceiptsYet') : t('purchasing.orders.noReceipts')}</Text>
            : <ReceiptTable receipts={receipts} showOrder={false} />}
        </Stack>
      </SimpleGrid>
      {dialog === 'cancel' && (
        <ReasonDialog title={t('purchasing.orders.cancelTitle', { number: order.number })} intro={t('purchasing.orders.cancelIntro')}
          confirm={t('purchasing.orders.cancel')} required onClose={() => setDialog(null)}
          onConfirm={(reason) => call('purchasing.orders.cancel', { id: order.id, reason })} />
      )}
      {dialog === 'close' && (
        <ReasonDialog title={t('purchasing.orders.closeTitle', { number: order.number })}
          intro={nothingOutstanding(order) ? t('purchasing.orders.closeIntroDone') : t('purchasing.orders.closeIntro')}
          confirm={t('purchasing.orders.close')} required={false} color="blue" onClose={() => setDialog(null)}
          onConfirm={(reason) => call('purchasing.orders.close', { id: order.id, reason })} />
      )}
    </Stack>
  );
}

const nothingOutstanding = (order: PurchaseOrder) => order.lines.every((l) => l.outstanding === 0);
