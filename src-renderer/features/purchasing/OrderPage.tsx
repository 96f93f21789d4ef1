/** One purchase order: a new or draft order opens in the editor, a placed one read-only with its history. */
import { Alert, Button, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../src-shared/contract/purchasing';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { usePurchasingNav } from './nav';
import { OrderDetail } from './OrderDetail';
import { OrderEditor } from './OrderEditor';

export function OrderPage({ orderId, supplierId, canManage, canReceive }: { orderId: number | null; supplierId: number | null; canManage: boolean; canReceive: boolean }) {
  const { t } = useTranslation();
  const nav = usePurchasingNav();
  const [order, setOrder] = useState<PurchaseOrder | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    if (orderId === null) return;
    call('purchasing.orders.get', { id: orderId }).then((o) => { setOrder(o); setError(null); }, (e: unknown) => setError(errorText(t, e)));
  }, [orderId, t]);
  useEffect(load, [load]);
  useChanged(['purchasing'], load);

  const back = (
    <Group>
      <Button variant="subtle" mih={44} leftSection={<IconArrowLeft size={18} />} onClick={() => nav.show('orders')}>{t('purchasing.orders.backToList')}</Button>
    </Group>
  );
  if (error) return <>{back}<Alert color="red" mt="md">{error}</Alert></>;
  if (orderId === null) return <>{back}<OrderEditor order={null} initialSupplierId={supplierId} canManage={canManage} onSaved={(o) => nav.openOrder(o.id)} /></>;
  if (!order || order.id !== orderId) return back;
  return (
    <>
      {back}
      {order.status === 'draft'
        ? <OrderEditor key={`${order.id}-${order.lines.length}`} order={order} initialSupplierId={null} canManage={canManage} onSaved={setOrder} />
        : <OrderDetail order={order} canManage={canManage} canReceive={canReceive} />}
    </>
  );
}
