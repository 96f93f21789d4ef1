/** A delivery's status changes, oldest first, with who and why. */
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeliveryEvent } from '../../../src-shared/contract/deliveries';
import { useFormat } from '../../lib/format';
import { DeliveryStatusBadge } from './StatusBadge';

export function History({ events }: { events: DeliveryEvent[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <Card withBorder>
      <Title order={4} mb="sm">{t('deliveries.detail.history')}</Title>
      <Stack gap="xs" data-testid="delivery-history">
        {events.map((e, i) => (
          <Group key={i} gap="sm" wrap="nowrap" align="baseline">
            <Text size="sm" w={170} style={{ flexShrink: 0 }}>{dateTime(e.at)}</Text>
            <DeliveryStatusBadge status={e.status} />
            {e.staffName && <Text size="sm" c="dimmed">{t('deliveries.detail.historyBy', { name: e.staffName })}</Text>}
            {e.note && <Text size="sm">{e.note}</Text>}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
