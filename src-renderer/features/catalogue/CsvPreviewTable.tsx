/** The CSV preview: per row what importing it would do, or what is wrong with it. */
import { Badge, Card, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvPreviewRow } from '../../../src-shared/contract/catalogue';
import { issueText } from './reasons';

const SHOWN = 200;
const COLORS = { create: 'green', update: 'blue', unchanged: 'gray', error: 'red' } as const;

export function CsvPreviewTable({ rows }: { rows: CsvPreviewRow[] }) {
  const { t } = useTranslation();
  const hasErrors = rows.some((r) => r.action === 'error');
  const mixed = hasErrors && rows.some((r) => r.action !== 'error');
  const [filter, setFilter] = useState<'errors' | 'all'>(hasErrors ? 'errors' : 'all');
  const visible = filter === 'errors' ? rows.filter((r) => r.action === 'error') : rows;

  return (
    <Stack gap="xs">
      {mixed && (
        <SegmentedControl value={filter} onChange={(v) => setFilter(v as 'errors' | 'all')} w="fit-content"
          data={[{ value: 'errors', label: t('catalogue.csv.showErrors') }, { value: 'all', label: t('catalogue.csv.showAll') }]} />
      )}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={720} maxHeight={420}>
          <Table verticalSpacing={6} horizontalSpacing="md" striped stickyHeader data-testid="csv-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('catalogue.csv.line')}</Table.Th>
                <Table.Th>{t('catalogue.columns.sku')}</Table.Th>
                <Table.Th>{t('catalogue.columns.name')}</Table.Th>
                <Table.Th>{t('catalogue.csv.action')}</Table.Th>
                <Table.Th>{t('catalogue.csv.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.slice(0, SHOWN).map((row) => (
                <Table.Tr key={row.line} data-testid={`csv-row-${row.line}`}>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{row.line}</Table.Td>
                  <Table.Td ff="monospace" fz="sm">{row.sku}</Table.Td>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td><Badge color={COLORS[row.action]} variant="light">{t(`catalogue.csv.actions.${row.action}`)}</Badge></Table.Td>
                  <Table.Td>
                    {row.issues.map((issue, i) => (
                      <Text key={i} size="sm" c="red">
                        {issue.column && <Text span ff="monospace" size="sm" fw={600}>{issue.column}: </Text>}
                        {issueText(t, issue)}
                        {issue.value && !['barcodeCheckDigit', 'barcodeFormat', 'barcodeTaken', 'barcodeDuplicate'].includes(issue.reason) && <Text span c="dimmed" size="sm"> („{issue.value}“)</Text>}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {visible.length > SHOWN && <Text size="sm" c="dimmed">{t('catalogue.csv.moreRows', { count: visible.length - SHOWN })}</Text>}
    </Stack>
  );
}
