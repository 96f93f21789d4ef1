/** The stock documents (adjustments, transfers, posted counts), newest first, pages of 50; a row opens its moves. */
import { Button, Card, Group, NativeSelect, Pagination, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STOCK_DOCUMENT_KINDS, type StockDocumentKind, type StockDocumentSummary } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { DocumentDrawer } from './DocumentDrawer';

const PAGE_SIZE = 50;

export function DocumentsPanel() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [kind, setKind] = useState<StockDocumentKind | null>(null);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ documents: StockDocumentSummary[]; total: number }>({ documents: [], total: 0 });
  const [opened, setOpened] = useState<number | null>(null);
  const load = useCallback(() => {
    void call('stock.documents.list', { kind, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }).then(setData);
  }, [kind, page]);
  useEffect(load, [load]);
  useChanged(['stock'], load);

  return (
    <Stack>
      <NativeSelect label={t('stock.documents.kind')} w={220} value={kind ?? ''}
        onChange={(e) => { setKind((e.currentTarget.value || null) as StockDocumentKind | null); setPage(1); }}
        data={[{ value: '', label: t('stock.documents.allKinds') }, ...STOCK_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`stock.documents.kinds.${k}`) }))]} />
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stock.documents.kind')}</Table.Th>
              <Table.Th>{t('stock.counts.number')}</Table.Th>
              <Table.Th>{t('stock.documents.at')}</Table.Th>
              <Table.Th>{t('stock.documents.staff')}</Table.Th>
              <Table.Th>{t('stock.adjust.note')}</Table.Th>
              <Table.Th ta="right">{t('stock.documents.moves')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.documents.map((d) => (
              <Table.Tr key={d.id} data-testid={`stock-document-${d.id}`} onClick={() => setOpened(d.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>{t(`stock.documents.kinds.${d.kind}`)}</Table.Td>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{d.number}</Table.Td>
                <Table.Td>{dateTime(d.at)}</Table.Td>
                <Table.Td>{d.staffName ?? '–'}</Table.Td>
                <Table.Td maw={360}><Text size="sm" truncate="end">{d.note}</Text></Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{d.moveCount}</Table.Td>
                <Table.Td ta="right">
                  <Button variant="subtle" size="compact-md" mih={44} onClick={(e) => { e.stopPropagation(); setOpened(d.id); }}>{t('stock.documents.open')}</Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data.documents.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('stock.documents.none')}</Text>}
      </Card>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{t('stock.documents.count', { count: data.total })}</Text>
        <Pagination total={Math.max(1, Math.ceil(data.total / PAGE_SIZE))} value={page} onChange={setPage} />
      </Group>
      {opened !== null && <DocumentDrawer documentId={opened} onClose={() => setOpened(null)} />}
    </Stack>
  );
}
