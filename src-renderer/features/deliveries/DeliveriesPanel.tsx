/**
 * Outgoing deliveries (the "Lieferungen" view of purchasing & logistics): the list by status, the
 * form for a new or a planned delivery, and one delivery with its status buttons and history.
 */
import { can, useSessionStore } from '../auth/store';
import { DeliveryDetail } from './DeliveryDetail';
import { DeliveryForm } from './DeliveryForm';
import { DeliveryList } from './DeliveryList';
import { useDeliveriesStore } from './store';

export function DeliveriesPanel() {
  const screen = useDeliveriesStore((s) => s.screen);
  const open = useDeliveriesStore((s) => s.open);
  const canManage = can(useSessionStore((s) => s.session), 'stock.manage');
  const toList = () => open({ kind: 'list' });

  if (screen.kind === 'new' && canManage) {
    return <DeliveryForm deliveryId={null} onSaved={(d) => open({ kind: 'detail', id: d.id })} onCancel={toList} />;
  }
  if (screen.kind === 'edit' && canManage) {
    return <DeliveryForm deliveryId={screen.id} onSaved={(d) => open({ kind: 'detail', id: d.id })} onCancel={() => open({ kind: 'detail', id: screen.id })} />;
  }
  if (screen.kind === 'detail') {
    return <DeliveryDetail id={screen.id} canManage={canManage} onBack={toList} onEdit={() => open({ kind: 'edit', id: screen.id })} />;
  }
  return <DeliveryList canManage={canManage} onOpen={(id) => open({ kind: 'detail', id })} onNew={() => open({ kind: 'new' })} />;
}
