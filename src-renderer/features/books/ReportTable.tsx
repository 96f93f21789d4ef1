/** A report sheet on screen: amounts right-aligned in tabular figures, sum lines bold, rows that open something are buttons. */
import { Anchor, Card, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sheet, SheetCell, SheetRow } from './sheet';
import { useBooksFormat } from './useBooksFormat';

const NUMERIC = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function useCellText() {
  const format = useBooksFormat();
  return (cell: SheetCell): string => {
    if (cell === null) return '';
    if (typeof cell !== 'object') return String(cell);
    return 'balance' in cell ? format.balance(cell.balance) : format.money(cell.cents);
  };
}

function rowStyle(row: SheetRow) {
  if (row.kind === 'total') return { fontWeight: 700, borderTop: '2px solid var(--mantine-color-gray-6)' };
  if (row.kind === 'subtotal') return { fontWeight: 600, background: 'var(--mantine-color-gray-0)' };
  return row.onOpen ? { cursor: 'pointer' } : undefined;
}

export function ReportTable({ sheet, label, emptyText, minWidth = 720, testId }: { sheet: Sheet; label: string; emptyText?: string; minWidth?: number; testId?: string }) {
  const { t } = useTranslation();
  const text = useCellText();
  const span = sheet.columns.length;

  const cell = (row: SheetRow, value: SheetCell, index: number): ReactNode => {
    const shown = text(value);
    // The first cell of a row that opens something is a real button, reachable by keyboard.
    if (index === 0 && row.onOpen) {
      return (
        <Anchor component="button" type="button" onClick={(e) => { e.stopPropagation(); row.onOpen?.(); }} aria-label={row.openLabel} fw={500} fz="sm">
          {shown}
        </Anchor>
      );
    }
    return shown;
  };

  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table verticalSpacing={6} horizontalSpacing="md" striped highlightOnHover aria-label={label} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {sheet.columns.map((c, i) => <Table.Th key={i} ta={c.numeric ? 'right' : undefined}>{c.label}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.rows.map((row) => row.kind === 'group' ? (
              <Table.Tr key={row.key}>
                <Table.Td colSpan={span} fw={700} pt="md" bg="var(--mantine-color-gray-1)">{text(row.cells[0] ?? null)}</Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={row.key} style={rowStyle(row)} onClick={row.onOpen}>
                {row.cells.map((value, i) => (
                  <Table.Td key={i} ta={sheet.columns[i]?.numeric ? 'right' : undefined} style={sheet.columns[i]?.numeric ? NUMERIC : undefined}>
                    {cell(row, value, i)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {sheet.rows.length === 0 && <Text c="dimmed" p="lg" ta="center">{emptyText ?? t('books.reports.empty')}</Text>}
    </Card>
  );
}
