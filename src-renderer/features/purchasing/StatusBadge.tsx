/** An order's status as a coloured word; an overdue order says so next to it. */
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../../src-shared/contract/purchasing';

const COLORS: Record<OrderStatus, string> = {
  draft: 'gray', ordered: 'blue', partlyReceived: 'orange', received: 'teal', closed: 'dark', cancelled: 'red',
};

export function StatusBadge({ status, overdue = false }: { status: OrderStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COLORS[status]} variant="light">{t(`purchasing.status.${status}`)}</Badge>
      {overdue && <Badge color="red">{t('purchasing.orders.overdue')}</Badge>}
    </Group>
  );
}
