/** A page of documents: number (or "draft"), customer, dates, gross, what is open and the state; a row opens the document. */
import { Button, Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SalesDocumentSummary } from '../../../src-shared/contract/salesdocs';
import { useMoney } from '../counter/useMoney';
import { StatusBadges } from './StatusBadges';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function DocumentsTable({ documents, onOpen, invoices, label, empty }: {
  documents: SalesDocumentSummary[];
  onOpen: (id: number) => void;
  /** Shows due day and open amount. */
  invoices: boolean;
  label: string;
  empty: string;
}) {
  const { t } = useTranslation();
  const { money, shortDate } = useMoney();
  const day = (d: string | null) => (d ? shortDate(`${d}T12:00:00`) : '–');
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('salesdocs.list.number')}</Table.Th>
              <Table.Th>{t('salesdocs.list.customer')}</Table.Th>
              <Table.Th>{t('salesdocs.list.date')}</Table.Th>
              {invoices && <Table.Th>{t('salesdocs.list.dueOn')}</Table.Th>}
              <Table.Th ta="right">{t('salesdocs.list.gross')}</Table.Th>
              {invoices && <Table.Th ta="right">{t('salesdocs.list.open')}</Table.Th>}
              <Table.Th>{t('salesdocs.list.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((d) => (
              <Table.Tr key={d.id} data-testid="salesdocs-row" onClick={() => onOpen(d.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <Button variant="subtle" size="compact-md" mih={44} px={6} fw={600} ff="monospace"
                    onClick={(e) => { e.stopPropagation(); onOpen(d.id); }}>
                    {d.number ?? t('salesdocs.list.draftNumber')}
                  </Button>
                  {d.kind === 'creditNote' && <Text span size="xs" c="dimmed">{t('salesdocs.kinds.creditNote')}</Text>}
                </Table.Td>
                <Table.Td>{d.buyerName}</Table.Td>
                <Table.Td style={num}>{day(d.documentDate)}</Table.Td>
                {invoices && <Table.Td style={num}>{day(d.dueOn)}</Table.Td>}
                <Table.Td ta="right" style={num}>{money(d.grossCents)}</Table.Td>
                {invoices && <Table.Td ta="right" style={num} fw={d.openCents > 0 ? 700 : undefined}>{d.paymentStatus ? money(d.openCents) : ''}</Table.Td>}
                <Table.Td><StatusBadges document={d} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {documents.length === 0 && <Text c="dimmed" p="lg" ta="center">{empty}</Text>}
    </Card>
  );
}
