/**
 * The back office's purchasing and logistics tab: orders, goods receipt, supplier invoices,
 * suppliers, reorder suggestions, incoming and outgoing deliveries. The open view (and the open
 * order or supplier) is part of the address, see nav.ts.
 */
import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can, useSessionStore } from '../auth/store';
import { DeliveriesPanel } from '../deliveries/DeliveriesPanel';
import { IncomingView } from './IncomingView';
import { InvoicesView } from './InvoicesView';
import { PURCHASING_VIEWS, usePurchasingNav, type PurchasingView } from './nav';
import { OrdersView } from './OrdersView';
import { ReceiptView } from './ReceiptView';
import { ReorderView } from './ReorderView';
import { SuppliersView } from './SuppliersView';

export function PurchasingPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const nav = usePurchasingNav();
  const canManage = can(session, 'purchasing.manage');
  const canReceive = can(session, 'stock.manage');

  function panel(view: PurchasingView) {
    switch (view) {
      case 'orders': return <OrdersView canManage={canManage} canReceive={canReceive} />;
      case 'receipt': return <ReceiptView canReceive={canReceive} />;
      case 'invoices': return <InvoicesView canManage={canManage} />;
      case 'suppliers': return <SuppliersView canManage={canManage} />;
      case 'reorder': return <ReorderView canManage={canManage} />;
      case 'incoming': return <IncomingView canReceive={canReceive} />;
      case 'deliveries': return <DeliveriesPanel />;
    }
  }

  return (
    <Stack maw={1400}>
      <Title order={2}>{t('modules.purchasing')}</Title>
      <Tabs value={nav.view} onChange={(v) => v && nav.show(v as PurchasingView)} keepMounted={false}>
        <Tabs.List aria-label={t('modules.purchasing')}>
          {PURCHASING_VIEWS.map((v) => <Tabs.Tab key={v} value={v} mih={44}>{t(`purchasing.tabs.${v}`)}</Tabs.Tab>)}
        </Tabs.List>
        {PURCHASING_VIEWS.map((v) => <Tabs.Panel key={v} value={v} pt="lg">{v === nav.view && panel(v)}</Tabs.Panel>)}
      </Tabs>
    </Stack>
  );
}
