/** Everything still to arrive on placed orders, earliest expected first; grouped by order or one line per product. */
import { Badge, Button, Card, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomingLine } from '../../../src-shared/contract/purchasing';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { usePurchasingFormat } from './format';
import { usePurchasingNav } from './nav';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function IncomingView({ canReceive }: { canReceive: boolean }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const nav = usePurchasingNav();
  const [lines, setLines] = useState<IncomingLine[] | null>(null);
  const [grouped, setGrouped] = useState(true);
  const load = useCallback(() => {
    void refreshQuietly(async () => setLines(await call('purchasing.incoming', {})));
  }, []);
  useEffect(load, [load]);
  useChanged(['purchasing'], load);

  // An incoming line carries no unit: the number alone (whole pieces, or kilograms with their decimals).
  const quantity = (l: IncomingLine) => format.quantity(l.outstanding, 'piece');
  const orders = [...new Map((lines ?? []).map((l) => [l.orderId, l])).values()];
  const overdueCount = orders.filter((o) => o.overdue).length;

  const orderCell = (l: IncomingLine) => (
    <Button variant="subtle" size="compact-md" mih={44} px={6} aria-label={t('purchasing.orders.openNumber', { number: l.orderNumber })} onClick={() => nav.openOrder(l.orderId)}>
      {l.orderNumber}
    </Button>
  );
  const expected = (l: IncomingLine) => (
    <Group gap={6} wrap="nowrap">
      <Text span inherit c={l.overdue ? 'red' : undefined} fw={l.overdue ? 600 : undefined}>{format.day(l.expectedOn)}</Text>
      {l.overdue && <Badge color="red" size="sm">{t('purchasing.orders.overdue')}</Badge>}
    </Group>
  );

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Switch label={t('purchasing.incoming.grouped')} checked={grouped} onChange={(e) => setGrouped(e.currentTarget.checked)} />
        {lines && lines.length > 0 && (
          <Text size="sm" c={overdueCount ? 'red' : 'dimmed'} data-testid="incoming-summary">
            {t('purchasing.incoming.summary', { count: orders.length })}{overdueCount ? ` · ${t('purchasing.incoming.overdueCount', { count: overdueCount })}` : ''}
          </Text>
        )}
      </Group>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" horizontalSpacing="md" aria-label={t('purchasing.tabs.incoming')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.orders.expectedOn')}</Table.Th>
                <Table.Th>{t('purchasing.orders.number')}</Table.Th>
                <Table.Th>{t('purchasing.supplier')}</Table.Th>
                <Table.Th>{t('purchasing.product')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.orders.outstanding')}</Table.Th>
                {grouped && canReceive && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grouped ? orders.map((o) => {
                const items = (lines ?? []).filter((l) => l.orderId === o.orderId);
                return items.map((l, i) => (
                  <Table.Tr key={`${l.orderId}-${l.productId}`} bg={o.overdue ? 'var(--mantine-color-red-0)' : undefined}
                    style={i === 0 ? { borderTop: '2px solid var(--mantine-color-gray-4)' } : undefined}>
                    <Table.Td>{i === 0 && expected(l)}</Table.Td>
                    <Table.Td>{i === 0 && orderCell(l)}</Table.Td>
                    <Table.Td fw={500}>{i === 0 && l.supplierName}</Table.Td>
                    <Table.Td>{l.name}</Table.Td>
                    <Table.Td ta="right" style={num}>{quantity(l)}</Table.Td>
                    {canReceive && (
                      <Table.Td ta="right">
                        {i === 0 && <Button variant="light" mih={44} onClick={() => nav.receive(l.orderId)}
                          aria-label={t('purchasing.incoming.receiveNumber', { number: l.orderNumber })}>{t('purchasing.orders.receive')}</Button>}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ));
              }) : (lines ?? []).map((l) => (
                <Table.Tr key={`${l.orderId}-${l.productId}`} bg={l.overdue ? 'var(--mantine-color-red-0)' : undefined}>
                  <Table.Td>{expected(l)}</Table.Td>
                  <Table.Td>{orderCell(l)}</Table.Td>
                  <Table.Td>{l.supplierName}</Table.Td>
                  <Table.Td fw={500}>{l.name}</Table.Td>
                  <Table.Td ta="right" style={num}>{quantity(l)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {lines?.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('purchasing.incoming.empty')}</Text>}
      </Card>
    </Stack>
  );
}
