/** A journal entry's lines: account, debit and credit side by side, the VAT rate, and the sums. */
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JournalLine } from '../../../src-shared/contract/ledger';
import { useBooksFormat } from './useBooksFormat';

const NUMERIC = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function EntryLines({ lines }: { lines: JournalLine[] }) {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const debit = lines.reduce((sum, l) => sum + Math.max(l.amountCents, 0), 0);
  const credit = lines.reduce((sum, l) => sum + Math.max(-l.amountCents, 0), 0);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing={6} aria-label={t('books.entry.lines')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('books.columns.account')}</Table.Th>
            <Table.Th>{t('books.columns.accountName')}</Table.Th>
            <Table.Th ta="right">{t('books.columns.debit')}</Table.Th>
            <Table.Th ta="right">{t('books.columns.credit')}</Table.Th>
            <Table.Th ta="right">{t('books.columns.vatRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, i) => (
            <Table.Tr key={`${line.accountId}-${i}`}>
              <Table.Td ff="monospace">{line.accountNumber}</Table.Td>
              <Table.Td>{line.accountName}</Table.Td>
              <Table.Td ta="right" style={NUMERIC}>{line.amountCents > 0 ? format.money(line.amountCents) : ''}</Table.Td>
              <Table.Td ta="right" style={NUMERIC}>{line.amountCents < 0 ? format.money(-line.amountCents) : ''}</Table.Td>
              <Table.Td ta="right">{format.vatRate(line.vatRateId)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={700} style={{ borderTop: '2px solid var(--mantine-color-gray-5)' }}>
            <Table.Td colSpan={2}>{t('books.entry.sum')}</Table.Td>
            <Table.Td ta="right" style={NUMERIC}>{format.money(debit)}</Table.Td>
            <Table.Td ta="right" style={NUMERIC}>{format.money(credit)}</Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
