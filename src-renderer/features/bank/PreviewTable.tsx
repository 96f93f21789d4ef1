/** The CSV preview: each row as it would be imported; rows already imported greyed, rows with errors named. */
import { Badge, Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvPreviewRow } from '../../../src-shared/contract/bank';
import { rowProblemText } from './reasons';
import { useBankFormat } from './useBankFormat';

const SHOWN = 200;

export function PreviewTable({ rows, total }: { rows: CsvPreviewRow[]; total: number }) {
  const { t } = useTranslation();
  const format = useBankFormat();
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={760} maxHeight={380}>
        <Table verticalSpacing={6} horizontalSpacing="sm" stickyHeader data-testid="bank-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('bank.preview.line')}</Table.Th>
              <Table.Th w={110}>{t('bank.lines.date')}</Table.Th>
              <Table.Th>{t('bank.lines.counterparty')}</Table.Th>
              <Table.Th>{t('bank.lines.purpose')}</Table.Th>
              <Table.Th ta="right">{t('bank.lines.amount')}</Table.Th>
              <Table.Th>{t('bank.preview.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((row) => (
              <Table.Tr key={row.line} data-testid={`bank-preview-row-${row.line}`} c={row.duplicate ? 'dimmed' : undefined} style={row.duplicate ? { opacity: 0.6 } : undefined}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{row.line}</Table.Td>
                <Table.Td>{row.bookedOn ? format.day(row.bookedOn) : ''}</Table.Td>
                <Table.Td>{row.counterparty}</Table.Td>
                <Table.Td><Text size="sm" lineClamp={2}>{row.purpose}</Text></Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{row.amountCents === null ? '' : format.money(row.amountCents)}</Table.Td>
                <Table.Td>
                  {row.error ? (
                    <Text size="sm" c="red">{rowProblemText(t, row.error)}</Text>
                  ) : row.duplicate ? (
                    <Badge color="gray" variant="light">{t('bank.preview.duplicate')}</Badge>
                  ) : (
                    <Badge color="green" variant="light">{t('bank.preview.new')}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > Math.min(rows.length, SHOWN) && <Text size="sm" c="dimmed" p="sm">{t('bank.preview.more', { count: total - Math.min(rows.length, SHOWN) })}</Text>}
    </Card>
  );
}
