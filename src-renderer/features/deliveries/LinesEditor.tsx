/** The lines of a delivery being written: products picked by search, each with its quantity (pieces or kg). */
import { ActionIcon, Card, NumberInput, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { ProductSearch } from '../catalogue/ProductSearch';

export interface FormLine {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  /** As typed: pieces or kilograms ('' while empty). */
  amount: number | string;
}

/** Thousandths for the core; 0 when nothing (or nothing sensible) is typed. */
export const thousandths = (line: FormLine): number => (typeof line.amount === 'number' ? Math.round(line.amount * 1000) : 0);

export function LinesEditor({ lines, onChange }: { lines: FormLine[]; onChange: (lines: FormLine[]) => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const decimal = locale.startsWith('de') ? ',' : '.';
  const setAmount = (productId: number, amount: number | string) => onChange(lines.map((l) => (l.productId === productId ? { ...l, amount } : l)));

  return (
    <Stack gap="sm">
      <ProductSearch label={t('deliveries.form.product')} exclude={lines.map((l) => l.productId)}
        onPick={(p) => onChange([...lines, { productId: p.id, sku: p.sku, name: p.name, unit: p.unit, amount: p.unit === 'piece' ? 1 : '' }])} />
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('deliveries.detail.position')}</Table.Th>
              <Table.Th>{t('deliveries.detail.name')}</Table.Th>
              <Table.Th>{t('deliveries.detail.sku')}</Table.Th>
              <Table.Th w={180}>{t('deliveries.form.quantity')}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l, i) => (
              <Table.Tr key={l.productId} data-testid={`delivery-line-${l.productId}`}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td fw={500}>{l.name}</Table.Td>
                <Table.Td ff="monospace" fz="sm">{l.sku}</Table.Td>
                <Table.Td>
                  <NumberInput aria-label={t('deliveries.form.quantityOf', { name: l.name })} value={l.amount} onChange={(v) => setAmount(l.productId, v)}
                    min={0} allowNegative={false} decimalScale={l.unit === 'kg' ? 3 : 0} decimalSeparator={decimal}
                    rightSection={<Text size="xs" c="dimmed">{l.unit === 'kg' ? 'kg' : ''}</Text>} />
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" size={44} aria-label={t('deliveries.form.removeOf', { name: l.name })}
                    onClick={() => onChange(lines.filter((x) => x.productId !== l.productId))}>
                    <IconTrash size={18} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {lines.length === 0 && <Text c="dimmed" p="md" ta="center">{t('deliveries.form.noLines')}</Text>}
      </Card>
    </Stack>
  );
}
