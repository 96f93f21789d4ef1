/** The lines being received: outstanding on the order, counted (typed or scanned), and what that means. */
import { ActionIcon, Badge, Card, Group, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MoneyField, QuantityField } from './fields';
import { usePurchasingFormat } from './format';
import type { CountedLine } from './receipt-lines';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function State({ line, withOrder }: { line: CountedLine; withOrder: boolean }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  if (!withOrder) return null;
  const counted = line.counted ?? 0;
  if (line.outstanding === null) return <Badge color="orange" variant="light" tt="none">{t('purchasing.receipts.notOnOrder')}</Badge>;
  if (counted === line.outstanding) return <Badge color="green" variant="light" tt="none">{t('purchasing.receipts.complete')}</Badge>;
  if (counted > line.outstanding) return <Badge color="orange" variant="light" tt="none">{t('purchasing.receipts.tooMany', { quantity: format.quantity(counted - line.outstanding, line.unit) })}</Badge>;
  return <Badge color="gray" variant="light" tt="none">{t('purchasing.receipts.missing', { quantity: format.quantity(line.outstanding - counted, line.unit) })}</Badge>;
}

export function ReceiptLinesTable({ lines, withOrder, highlight, onChange, onRemove }: {
  lines: CountedLine[];
  withOrder: boolean;
  highlight: number | null;
  onChange: (index: number, patch: Partial<CountedLine>) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" horizontalSpacing="md" aria-label={t('purchasing.receipts.lines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.product')}</Table.Th>
              {withOrder && <Table.Th ta="right">{t('purchasing.orders.outstanding')}</Table.Th>}
              <Table.Th ta="right">{t('purchasing.receipts.counted')}</Table.Th>
              {!withOrder && <Table.Th ta="right">{t('purchasing.unitCost')}</Table.Th>}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l, i) => (
              <Table.Tr key={l.productId} data-testid={`receipt-line-${l.productId}`} bg={highlight === l.productId ? 'var(--mantine-color-blue-0)' : undefined}>
                <Table.Td><Text fw={500}>{l.name}</Text><Text size="xs" c="dimmed" ff="monospace">{l.sku}</Text></Table.Td>
                {withOrder && <Table.Td ta="right" style={num} data-testid="outstanding">{l.outstanding === null ? '–' : format.quantity(l.outstanding, l.unit)}</Table.Td>}
                <Table.Td>
                  <Group justify="flex-end" gap={4} wrap="nowrap">
                    <QuantityField w={110} unit={l.unit} thousandths={l.counted} onThousandths={(counted) => onChange(i, { counted })}
                      aria-label={t('purchasing.receipts.countedOf', { name: l.name })} styles={{ input: { textAlign: 'right' } }} />
                    {l.unit === 'kg' && <Text size="sm">kg</Text>}
                  </Group>
                </Table.Td>
                {!withOrder && (
                  <Table.Td>
                    <Group justify="flex-end">
                      <MoneyField w={120} cents={l.unitCostCents} onCents={(unitCostCents) => onChange(i, { unitCostCents })} placeholder={t('purchasing.receipts.costAuto')}
                        aria-label={t('purchasing.unitCostOf', { name: l.name })} styles={{ input: { textAlign: 'right' } }} />
                    </Group>
                  </Table.Td>
                )}
                <Table.Td>
                  <Group justify="flex-end" wrap="nowrap" gap="xs">
                    <State line={l} withOrder={withOrder} />
                    {(l.outstanding === null || !withOrder) && (
                      <ActionIcon variant="subtle" color="red" size={44} aria-label={t('purchasing.removeLine', { name: l.name })} onClick={() => onRemove(i)}>
                        <IconTrash size={18} />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {lines.length === 0 && <Text c="dimmed" p="lg" ta="center">{withOrder ? t('purchasing.receipts.allArrived') : t('purchasing.receipts.noLines')}</Text>}
    </Card>
  );
}
