/**
 * One delivery: recipient and facts, the lines (with what is on hand where the goods leave from,
 * while that still matters), the status buttons for the next step, the delivery note PDF and the
 * history.
 */
import { Alert, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconFileTypePdf } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../../src-shared/contract/deliveries';
import { call, refreshQuietly } from '../../lib/api';
import { downloadBytes } from '../../lib/download';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { useCommand } from '../../lib/useCommand';
import { useSettingsStore } from '../settings/store';
import { CancelDialog } from './CancelDialog';
import { formatDay, formatQuantity } from './format';
import { History } from './History';
import { DeliveryStatusBadge } from './StatusBadge';

type Step = 'deliveries.pack' | 'deliveries.ship' | 'deliveries.deliver';
const NEXT_STEP: Partial<Record<Delivery['status'], { channel: Step; label: string }>> = {
  planned: { channel: 'deliveries.pack', label: 'deliveries.detail.pack' },
  packed: { channel: 'deliveries.ship', label: 'deliveries.detail.ship' },
  shipped: { channel: 'deliveries.deliver', label: 'deliveries.detail.deliver' },
};

export function DeliveryDetail({ id, canManage, onBack, onEdit }: { id: number; canManage: boolean; onBack: () => void; onEdit: () => void }) {
  const { t } = useTranslation();
  const { locale, dateTime } = useFormat();
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const { busy, error, setError, run } = useCommand();
  const [cancelling, setCancelling] = useState(false);
  const homeCountry = useSettingsStore((s) => s.company?.countryCode ?? 'DE');

  const load = useCallback(() => {
    void refreshQuietly(async () => setDelivery(await call('deliveries.get', { id }))).catch((e: unknown) => setError(errorText(t, e)));
  }, [id, t, setError]);
  useEffect(load, [load]);
  useChanged(['deliveries', 'stock'], load);

  function done(next: Delivery) {
    setDelivery(next);
    notifications.show({ color: 'green', message: t('deliveries.detail.done', { number: next.number, status: t(`deliveries.status.${next.status}`) }) });
  }

  const back = <Group><Button variant="subtle" mih={44} leftSection={<IconArrowLeft size={18} />} onClick={onBack}>{t('deliveries.detail.back')}</Button></Group>;
  if (!delivery) return <Stack>{back}{error && <Alert color="red">{error}</Alert>}</Stack>;

  const d = delivery;
  const next = NEXT_STEP[d.status];
  const open = d.status === 'planned' || d.status === 'packed';
  const r = d.recipient;
  return (
    <Stack>
      {back}
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={3}>{t('deliveries.detail.title', { number: d.number })}</Title>
          <DeliveryStatusBadge status={d.status} />
        </Group>
        <Group gap="xs" wrap="wrap">
          {canManage && d.status === 'planned' && <Button variant="default" mih={44} onClick={onEdit}>{t('deliveries.detail.edit')}</Button>}
          {canManage && next && (
            <Button mih={44} loading={busy} onClick={() => void run(async () => done(await call(next.channel, { id: d.id })))}>{t(next.label)}</Button>
          )}
          {canManage && open && <Button color="red" variant="light" mih={44} onClick={() => setCancelling(true)}>{t('deliveries.detail.cancel')}</Button>}
          <Button variant="default" mih={44} leftSection={<IconFileTypePdf size={18} />} onClick={() => void run(async () => {
            const pdf = await call('deliveries.pdf', { id: d.id });
            downloadBytes(pdf.fileName, pdf.base64, 'application/pdf');
          })}>{t('deliveries.detail.pdf')}</Button>
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">{t('deliveries.detail.recipient')}</Text>
          <Text fw={600}>{r.name}</Text>
          {r.contact && <Text>{t('deliveries.detail.attention', { contact: r.contact })}</Text>}
          <Text>{r.street}</Text>
          <Text>{r.postalCode} {r.city}{r.countryCode !== homeCountry ? ` (${r.countryCode})` : ''}</Text>
          {r.phone && <Text size="sm" c="dimmed">{t('deliveries.detail.phone', { phone: r.phone })}</Text>}
        </Card>
        <Card withBorder>
          <Fact label={t('deliveries.detail.reference')} value={d.reference || '—'} />
          <Fact label={t('deliveries.detail.location')} value={d.locationName} />
          <Fact label={t('deliveries.detail.plannedOn')} value={formatDay(d.plannedOn, locale)} />
          {d.shippedAt && <Fact label={t('deliveries.detail.shippedAt')} value={dateTime(d.shippedAt)} />}
          {d.note && <Fact label={t('deliveries.detail.note')} value={d.note} />}
        </Card>
      </SimpleGrid>
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('deliveries.detail.position')}</Table.Th>
              <Table.Th>{t('deliveries.detail.sku')}</Table.Th>
              <Table.Th>{t('deliveries.detail.name')}</Table.Th>
              <Table.Th ta="right">{t('deliveries.detail.quantity')}</Table.Th>
              {open && <Table.Th ta="right">{t('deliveries.detail.onHand')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.lines.map((l) => (
              <Table.Tr key={l.position} data-testid={`delivery-line-${l.productId}`}>
                <Table.Td>{l.position}</Table.Td>
                <Table.Td ff="monospace" fz="sm">{l.sku}</Table.Td>
                <Table.Td fw={500}>{l.name}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{formatQuantity(l.quantity, l.unit, locale)}</Table.Td>
                {open && (
                  <Table.Td ta="right" c={l.onHand < l.quantity ? 'red' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}
                    title={l.onHand < l.quantity ? t('deliveries.detail.short') : undefined}>
                    {formatQuantity(l.onHand, l.unit, locale)}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {open && d.lines.some((l) => l.onHand < l.quantity) && <Alert color="orange">{t('deliveries.detail.short')}</Alert>}
      <History events={d.events} />
      {cancelling && <CancelDialog delivery={d} onClose={() => setCancelling(false)} onDone={(c) => { setCancelling(false); done(c); }} />}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" py={2}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="sm" ta="right">{value}</Text>
    </Group>
  );
}
