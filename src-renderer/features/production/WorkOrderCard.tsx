/** One work order on the board: number, kind, title, customer, promised day (late ones in red, with the days), assignee, the next steps. */
import { Badge, Button, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WORK_ORDER_FLOW, type WorkOrderCard as WorkOrderCardData, type WorkOrderStatus } from '../../../src-shared/contract/production';
import { useProductionFormat } from './format';

/** The steps the board offers as buttons: forward along the flow (handover and cancelling live elsewhere). */
export type BoardStep = 'inProgress' | 'waitingForParts' | 'ready';
export const boardSteps = (status: WorkOrderStatus): BoardStep[] =>
  WORK_ORDER_FLOW[status].filter((s): s is BoardStep => s === 'inProgress' || s === 'waitingForParts' || s === 'ready');

export function WorkOrderCard({ card, canManage, busy, onOpen, onMove, onProduce }: {
  card: WorkOrderCardData;
  canManage: boolean;
  busy: boolean;
  onOpen: () => void;
  onMove: (status: BoardStep) => void;
  onProduce: () => void;
}) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const late = card.daysLate > 0;
  return (
    <Card withBorder padding="sm" radius="md" data-testid={`work-order-${card.number}`} data-late={late || undefined}
      style={late ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2, background: 'var(--mantine-color-red-0)' } : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" c="dimmed" ff="monospace">{t('production.board.number', { number: card.number })}</Text>
          <Badge variant="light" color={card.kind === 'serviceJob' ? 'grape' : card.kind === 'customerOrder' ? 'blue' : 'teal'}>{t(`production.kinds.${card.kind}`)}</Badge>
        </Group>
        <UnstyledButton onClick={onOpen} mih={44} aria-label={t('production.board.open', { number: card.number, title: card.title })}>
          <Text fw={700} lineClamp={2}>{card.title}</Text>
          {card.customerName && <Text size="sm">{card.customerName}</Text>}
          {card.productName && card.quantity !== null && <Text size="sm" c="dimmed">{f.quantity(card.quantity, card.unit)} × {card.productName}</Text>}
        </UnstyledButton>
        <Group gap="xs" justify="space-between">
          <Text size="sm" c={late ? 'red.8' : undefined} fw={late ? 700 : undefined}>
            {card.promisedOn ? t('production.board.promised', { day: f.day(card.promisedOn) }) : t('production.board.noDate')}
          </Text>
          {late && (
            <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />}>{t('production.board.daysLate', { count: card.daysLate })}</Badge>
          )}
        </Group>
        <Text size="sm" c={card.assigneeName ? undefined : 'dimmed'}>{card.assigneeName ?? t('production.board.unassigned')}</Text>
        {canManage && (
          <Group gap={6}>
            {boardSteps(card.status).map((step) => (
              <Button key={step} size="compact-sm" mih={44} variant="light" disabled={busy} onClick={() => onMove(step)}>
                {t(`production.move.${step}`)}
              </Button>
            ))}
            {card.kind === 'stock' && <Button size="compact-sm" mih={44} variant="filled" color="teal" onClick={onProduce}>{t('production.board.produce')}</Button>}
            {card.status === 'ready' && card.kind !== 'stock' && <Text size="xs" c="dimmed">{t('production.board.handoverAtCounter')}</Text>}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
