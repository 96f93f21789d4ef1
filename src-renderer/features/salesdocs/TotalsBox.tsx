/** Net and VAT per rate, the sums and the gross: the figures the PDF prints. */
import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SalesRateTotal } from '../../../src-shared/contract/salesdocs';
import { useMoney } from '../counter/useMoney';

const num = { fontVariantNumeric: 'tabular-nums' } as const;

export function TotalsBox({ rates, netCents, vatCents, grossCents }: { rates: SalesRateTotal[]; netCents: number; vatCents: number; grossCents: number }) {
  const { t } = useTranslation();
  const { money, percent } = useMoney();
  const row = (label: string, cents: number, strong = false) => (
    <Group key={label} justify="space-between" gap="xl">
      <Text fw={strong ? 700 : undefined} size={strong ? 'lg' : 'sm'}>{label}</Text>
      <Text fw={strong ? 700 : undefined} size={strong ? 'lg' : 'sm'} style={num}>{money(cents)}</Text>
    </Group>
  );
  return (
    <Card withBorder padding="sm" w={360} ml="auto" data-testid="salesdocs-totals">
      <Stack gap={4}>
        {rates.flatMap((r) => [
          row(t('salesdocs.totals.netAtRate', { rate: percent(r.rateBasisPoints) }), r.netCents),
          row(t('salesdocs.totals.vatAtRate', { rate: percent(r.rateBasisPoints) }), r.vatCents),
        ])}
        {rates.length > 1 && [row(t('salesdocs.totals.net'), netCents), row(t('salesdocs.totals.vat'), vatCents)]}
        {row(t('salesdocs.totals.gross'), grossCents, true)}
      </Stack>
    </Card>
  );
}
