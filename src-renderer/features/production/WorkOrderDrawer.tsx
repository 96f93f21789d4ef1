/**
 * One work order in a drawer: its facts, the steps along the flow, cancelling with a reason, the
 * assignee, and its notes, time, materials and history. Everything is appended, nothing edited
 * away; a closed order is shown as it ended.
 */
import { Alert, Badge, Button, Drawer, Group, Modal, NativeSelect, SimpleGrid, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorkOrderDetail, WorkOrderStatus } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { formatMinutes, useProductionFormat } from './format';
import { HistorySection } from './HistorySection';
import { MaterialsSection } from './MaterialsSection';
import { NotesSection } from './NotesSection';
import { useProductionStore } from './store';
import { TimeSection } from './TimeSection';
import { boardSteps } from './WorkOrderCard';
import { WorkOrderDialog } from './WorkOrderDialog';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text>{children}</Text>
    </div>
  );
}

export function WorkOrderDrawer({ id, canManage, onClose }: { id: number; canManage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const navigate = useNavigate();
  const assignees = useProductionStore((s) => s.assignees);
  const [order, setOrder] = useState<WorkOrderDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');

  const load = useCallback(() => {
    void call('production.workOrders.get', { id }).then((o) => { setOrder(o); setError(null); }, (e: unknown) => setError(errorText(t, e)));
  }, [id, t]);
  useEffect(load, [load]);
  useChanged(['production', 'stock'], load);

  async function run(action: () => Promise<WorkOrderDetail>) {
    try {
      setOrder(await action());
      return true;
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
      return false;
    }
  }
  const move = (status: Exclude<WorkOrderStatus, 'received'>, note = '') => run(() => call('production.workOrders.setStatus', { id, status, note }));
  const open = order !== null && order.status !== 'handedOver' && order.status !== 'cancelled';
  const manage = canManage && open;

  return (
    <Drawer opened onClose={onClose} position="right" size={760} data-testid="work-order-drawer"
      title={order ? <Text component="span" fw={700} size="xl">{t('production.detail.title', { number: order.number, title: order.title })}</Text> : t('common.loading')}>
      {error && <Alert color="red">{error}</Alert>}
      {order && (
        <Stack>
          <Group gap="xs">
            <Badge size="lg" variant="light">{t(`production.kinds.${order.kind}`)}</Badge>
            <Badge size="lg" color={order.status === 'cancelled' ? 'gray' : order.status === 'handedOver' ? 'green' : 'blue'} data-testid="work-order-status">
              {t(`production.status.${order.status}`)}
            </Badge>
            {order.daysLate > 0 && <Badge size="lg" color="red" variant="filled">{t('production.board.daysLate', { count: order.daysLate })}</Badge>}
          </Group>
          <SimpleGrid cols={3}>
            <Fact label={t('production.fields.customer')}>{order.customerName ?? '–'}</Fact>
            <Fact label={t('production.fields.promisedOn')}>{f.day(order.promisedOn)}</Fact>
            <Fact label={order.priceIsEstimate ? t('production.fields.estimateShort') : t('production.fields.price')}>
              {order.priceCents === null ? '–' : f.money(order.priceCents)}
            </Fact>
            {order.productName && <Fact label={t('production.fields.product')}>{f.quantity(order.quantity ?? 0, order.unit)} × {order.productName}</Fact>}
            <Fact label={t('production.detail.created')}>{f.dateTime(order.createdAt)}{order.createdByName ? ` · ${order.createdByName}` : ''}</Fact>
            <Fact label={t('production.detail.totals')}>{t('production.detail.totalsText', { time: formatMinutes(t, order.totalMinutes), cost: f.money(order.materialCostCents) })}</Fact>
          </SimpleGrid>
          {order.fault && <Alert color="gray" title={t('production.fields.fault')}>{order.fault}</Alert>}
          {manage ? (
            <Group align="flex-end" wrap="wrap">
              <NativeSelect label={t('production.fields.assignee')} w={240} value={order.assigneeId === null ? '' : String(order.assigneeId)}
                onChange={(e) => void run(() => call('production.workOrders.assign', { id, assigneeId: e.currentTarget.value ? Number(e.currentTarget.value) : null }))}
                data={[{ value: '', label: t('production.board.unassigned') }, ...assignees.filter((a) => a.active || a.id === order.assigneeId).map((a) => ({ value: String(a.id), label: a.name }))]} />
              {boardSteps(order.status).map((step) => (
                <Button key={step} mih={44} variant="light" onClick={() => void move(step)}>{t(`production.move.${step}`)}</Button>
              ))}
              {order.kind === 'stock' && <Button mih={44} color="teal" onClick={() => navigate(`/back/production?view=produce&for=${order.id}`)}>{t('production.board.produce')}</Button>}
              <Button mih={44} variant="default" onClick={() => setEditing(true)}>{t('production.detail.edit')}</Button>
              <Button mih={44} variant="subtle" color="red" onClick={() => setCancelling(true)}>{t('production.detail.cancel')}</Button>
            </Group>
          ) : (
            <Text c="dimmed">{t('production.detail.assignee', { name: order.assigneeName ?? t('production.board.unassigned') })}</Text>
          )}
          {order.status === 'ready' && order.kind !== 'stock' && <Alert color="green">{t('production.board.handoverAtCounter')}</Alert>}
          <Tabs defaultValue="notes">
            <Tabs.List>
              <Tabs.Tab value="notes">{t('production.detail.tabs.notes', { n: order.notes.length })}</Tabs.Tab>
              <Tabs.Tab value="time">{t('production.detail.tabs.time', { n: order.time.length })}</Tabs.Tab>
              <Tabs.Tab value="materials">{t('production.detail.tabs.materials', { n: order.materials.length })}</Tabs.Tab>
              <Tabs.Tab value="history">{t('production.detail.tabs.history')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="notes" pt="md"><NotesSection order={order} canManage={canManage} onSaved={setOrder} /></Tabs.Panel>
            <Tabs.Panel value="time" pt="md"><TimeSection order={order} canManage={canManage} onSaved={setOrder} /></Tabs.Panel>
            <Tabs.Panel value="materials" pt="md"><MaterialsSection order={order} canManage={manage} onSaved={setOrder} /></Tabs.Panel>
            <Tabs.Panel value="history" pt="md"><HistorySection order={order} /></Tabs.Panel>
          </Tabs>
        </Stack>
      )}
      {editing && order && <WorkOrderDialog order={order} onClose={(saved) => { setEditing(false); if (saved) setOrder(saved); }} />}
      <Modal opened={cancelling} onClose={() => setCancelling(false)} title={t('production.detail.cancelTitle')}>
        <Stack>
          <TextInput label={t('production.detail.cancelReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} required data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" mih={44} onClick={() => setCancelling(false)}>{t('common.back')}</Button>
            <Button color="red" mih={44} disabled={reason.trim() === ''}
              onClick={() => void move('cancelled', reason).then((ok) => { if (ok) { setCancelling(false); setReason(''); } })}>
              {t('production.detail.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Drawer>
  );
}
