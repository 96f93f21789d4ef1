/**
 * Goods receipt: choose an open order (or goods without one), count and book; below, the latest
 * receipts. Opened from an order its address carries the order (?view=receipt&order=12).
 */
import { Alert, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPackageImport } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoodsReceipt, PurchaseOrder, PurchaseOrderSummary } from '../../../src-shared/contract/purchasing';
import { call, refreshQuietly } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { usePurchasingFormat } from './format';
import { usePurchasingNav } from './nav';
import { ReceiptForm } from './ReceiptForm';
import { ReceiptTable } from './ReceiptTable';

function ChooseOrder({ onWithout }: { onWithout: () => void }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const nav = usePurchasingNav();
  const [orders, setOrders] = useState<PurchaseOrderSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const load = useCallback(() => {
    void refreshQuietly(async () => setOrders((await call('purchasing.orders.list', { status: 'open', limit: 500 })).orders));
  }, []);
  useEffect(load, [load]);
  useChanged(['purchasing'], load);
  const label = (o: PurchaseOrderSummary) =>
    `${o.number} · ${o.supplierName} · ${t('purchasing.receipts.expected', { day: format.day(o.expectedOn) })}${o.overdue ? ` · ${t('purchasing.orders.overdue')}` : ''}`;
  return (
    <Card withBorder>
      <Stack>
        <Text>{t('purchasing.receipts.chooseIntro')}</Text>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect label={t('purchasing.receipts.openOrder')} w={460} maw="100%" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}
            data={[{ value: '', label: orders.length ? t('purchasing.receipts.chooseOrder') : t('purchasing.receipts.noOpenOrders'), disabled: true },
              ...orders.map((o) => ({ value: String(o.id), label: label(o) }))]} />
          <Button mih={44} leftSection={<IconPackageImport size={18} />} disabled={!chosen} onClick={() => nav.receive(Number(chosen))}>{t('purchasing.receipts.againstOrder')}</Button>
          <Button mih={44} variant="default" onClick={onWithout}>{t('purchasing.receipts.without')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

function RecentReceipts() {
  const { t } = useTranslation();
  const [receipts, setReceipts] = useState<GoodsReceipt[]>([]);
  const load = useCallback(() => {
    void refreshQuietly(async () => setReceipts((await call('purchasing.receipts.list', { limit: 20 })).receipts));
  }, []);
  useEffect(load, [load]);
  useChanged(['purchasing'], load);
  return (
    <Stack gap="xs">
      <Title order={4}>{t('purchasing.receipts.recent')}</Title>
      {receipts.length === 0 ? <Text c="dimmed" size="sm">{t('purchasing.receipts.none')}</Text> : <ReceiptTable receipts={receipts} />}
    </Stack>
  );
}

export function ReceiptView({ canReceive }: { canReceive: boolean }) {
  const { t } = useTranslation();
  const nav = usePurchasingNav();
  const [order, setOrder] = useState<PurchaseOrder | null>(null);
  const [without, setWithout] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setOrder(null);
    setError(null);
    if (nav.orderId === null) return;
    call('purchasing.orders.get', { id: nav.orderId }).then(setOrder, (e: unknown) => setError(errorText(t, e)));
  }, [nav.orderId, t]);

  if (!canReceive) return <Stack><Alert color="gray">{t('purchasing.receipts.noPermission')}</Alert><RecentReceipts /></Stack>;
  const back = (onClick: () => void, label: string) => (
    <Group><Button variant="subtle" mih={44} leftSection={<IconArrowLeft size={18} />} onClick={onClick}>{label}</Button></Group>
  );
  if (nav.orderId !== null) {
    const open = order && (order.status === 'ordered' || order.status === 'partlyReceived');
    return (
      <Stack>
        {back(() => nav.openOrder(nav.orderId!), t('purchasing.receipts.backToOrder'))}
        {error && <Alert color="red">{error}</Alert>}
        {order && !open && <Alert color="gray">{t('purchasing.receipts.orderNotOpen', { number: order.number, status: t(`purchasing.status.${order.status}`) })}</Alert>}
        {order && open && <ReceiptForm key={order.id} order={order} onDone={() => nav.openOrder(order.id)} />}
      </Stack>
    );
  }
  return (
    <Stack>
      {without ? (
        <>
          {back(() => setWithout(false), t('purchasing.receipts.backToChoice'))}
          <ReceiptForm key={formKey} order={null} onDone={() => setFormKey((k) => k + 1)} />
        </>
      ) : <ChooseOrder onWithout={() => setWithout(true)} />}
      <RecentReceipts />
    </Stack>
  );
}
