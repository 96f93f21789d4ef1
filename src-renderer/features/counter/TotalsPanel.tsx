/** Subtotal, discounts, the total in big figures, and the VAT per rate (A, B …). */
import { Divider, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { priceOf, useCartStore } from './cartStore';
import { useMoney } from './useMoney';

export const vatLetter = (index: number) => String.fromCharCode(65 + index);

export function TotalsPanel() {
  const { t } = useTranslation();
  const { money, percent } = useMoney();
  const lines = useCartStore((s) => s.lines);
  const basketDiscount = useCartStore((s) => s.basketDiscount);
  const priced = priceOf(lines, basketDiscount);
  const subtotal = priced.lines.reduce((a, l) => a + l.grossCents, 0);
  const itemCount = lines.length;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text c="dimmed">{t('sell.totals.subtotal', { count: itemCount })}</Text>
          <Text data-testid="subtotal">{money(subtotal)}</Text>
        </Group>
        {priced.discountCents !== 0 && (
          <Group justify="space-between">
            <Text c="green.8">
              {t('sell.totals.discounts')}
              {basketDiscount?.kind === 'percent' ? ` (${t('sell.totals.basket')} ${percent(basketDiscount.basisPoints)})` : ''}
            </Text>
            <Text c="green.8" data-testid="discount-total">−{money(priced.discountCents)}</Text>
          </Group>
        )}
        <Divider />
        <Group justify="space-between" align="baseline">
          <Text fw={700} size="xl">{t('sell.totals.total')}</Text>
          <Text fw={800} fz={40} lh={1.1} data-testid="cart-total">{money(priced.totalCents)}</Text>
        </Group>
        {priced.vat.length > 0 && (
          <Table fz="xs" c="dimmed" verticalSpacing={2} horizontalSpacing={4} aria-label={t('sell.totals.vatTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t('sell.totals.rate')}</Table.Th>
                <Table.Th ta="right">{t('sell.totals.net')}</Table.Th>
                <Table.Th ta="right">{t('sell.totals.vat')}</Table.Th>
                <Table.Th ta="right">{t('sell.totals.gross')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {priced.vat.map((bucket, i) => (
                <Table.Tr key={bucket.vatRateId}>
                  <Table.Td>{vatLetter(i)}</Table.Td>
                  <Table.Td>{percent(bucket.rateBasisPoints)}</Table.Td>
                  <Table.Td ta="right">{money(bucket.netCents)}</Table.Td>
                  <Table.Td ta="right">{money(bucket.vatCents)}</Table.Td>
                  <Table.Td ta="right">{money(bucket.grossCents)}</Table.Td>
                </Table.Tr>
              ))}
              {priced.untaxedCents !== 0 && (
                <Table.Tr>
                  <Table.Td />
                  <Table.Td colSpan={3}>{t('sell.totals.untaxed')}</Table.Td>
                  <Table.Td ta="right">{money(priced.untaxedCents)}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
