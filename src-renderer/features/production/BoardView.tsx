/**
 * The board: open work in columns by status, soonest promised first; late work in red with its
 * days. Filters by assignee and kind; the step buttons move a card along the flow. Closed work
 * (handed over, cancelled) is listed on its own.
 */
import { Alert, Button, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OPEN_WORK_ORDER_STATUSES, WORK_ORDER_KINDS, type WorkOrderBoard, type WorkOrderKind } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { ClosedOrdersTable } from './ClosedOrdersTable';
import { useProductionStore } from './store';
import { WorkOrderCard, type BoardStep } from './WorkOrderCard';
import { WorkOrderDialog } from './WorkOrderDialog';

export function BoardView({ canManage, onOpen }: { canManage: boolean; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const assignees = useProductionStore((s) => s.assignees);
  const [assigneeId, setAssigneeId] = useState<number | null>(null);
  const [kind, setKind] = useState<WorkOrderKind | null>(null);
  const [show, setShow] = useState<'open' | 'closed'>('open');
  const [board, setBoard] = useState<WorkOrderBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);

  const load = useCallback(() => {
    void call('production.workOrders.board', { assigneeId, kind }).then(setBoard, (e: unknown) => setError(errorText(t, e)));
  }, [assigneeId, kind, t]);
  useEffect(load, [load]);
  useChanged(['production'], load);

  async function move(id: number, status: BoardStep) {
    setBusy(true);
    try {
      const order = await call('production.workOrders.setStatus', { id, status });
      notifications.show({ color: 'green', message: t('production.board.moved', { number: order.number, status: t(`production.status.${status}`) }) });
      load();
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <SegmentedControl value={show} onChange={(v) => setShow(v as 'open' | 'closed')} mb={2}
            data={[{ value: 'open', label: t('production.board.showOpen') }, { value: 'closed', label: t('production.board.showClosed') }]} />
          {show === 'open' && (
            <>
              <NativeSelect label={t('production.board.assignee')} w={220} value={assigneeId === null ? '' : String(assigneeId)}
                onChange={(e) => setAssigneeId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
                data={[{ value: '', label: t('production.board.everyone') }, ...assignees.filter((a) => a.active).map((a) => ({ value: String(a.id), label: a.name }))]} />
              <NativeSelect label={t('production.board.kind')} w={220} value={kind ?? ''}
                onChange={(e) => setKind((e.currentTarget.value || null) as WorkOrderKind | null)}
                data={[{ value: '', label: t('production.board.allKinds') }, ...WORK_ORDER_KINDS.map((k) => ({ value: k, label: t(`production.kinds.${k}`) }))]} />
            </>
          )}
        </Group>
        {canManage && <Button leftSection={<IconPlus size={18} />} mih={44} onClick={() => setCreating(true)}>{t('production.board.new')}</Button>}
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {show === 'closed' ? <ClosedOrdersTable onOpen={onOpen} /> : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          {OPEN_WORK_ORDER_STATUSES.map((status) => {
            const cards = board?.cards.filter((c) => c.status === status) ?? [];
            return (
              <Stack key={status} gap="sm" p="sm" bg="gray.0" style={{ borderRadius: 8, minHeight: 200 }} role="region" aria-label={t(`production.status.${status}`)}>
                <Group justify="space-between">
                  <Title order={4}>{t(`production.status.${status}`)}</Title>
                  <Text c="dimmed" fw={600}>{cards.length}</Text>
                </Group>
                {cards.length === 0 && <Text c="dimmed" size="sm">{t('production.board.emptyColumn')}</Text>}
                {cards.map((card) => (
                  <WorkOrderCard key={card.id} card={card} canManage={canManage} busy={busy} onOpen={() => onOpen(card.id)}
                    onMove={(s) => void move(card.id, s)} onProduce={() => navigate(`/back/production?view=produce&for=${card.id}`)} />
                ))}
              </Stack>
            );
          })}
        </SimpleGrid>
      )}
      {creating && <WorkOrderDialog onClose={(created) => { setCreating(false); if (created) { load(); onOpen(created.id); } }} />}
    </Stack>
  );
}
