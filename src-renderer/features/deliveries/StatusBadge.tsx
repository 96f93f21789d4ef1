/** A delivery's status as a coloured word. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus } from '../../../src-shared/contract/deliveries';

const COLORS: Record<DeliveryStatus, string> = { planned: 'gray', packed: 'orange', shipped: 'blue', delivered: 'green', cancelled: 'red' };

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]} variant="light">{t(`deliveries.status.${status}`)}</Badge>;
}
