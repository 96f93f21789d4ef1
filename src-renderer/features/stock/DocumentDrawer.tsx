/** One stock document in a drawer: who, when, why, and its moves; printable on A4. */
import { Alert, Badge, Button, Drawer, Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockDocument } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { formatMoveQuantity } from './quantity';
import { StockPrintout, usePrintRequest } from './StockPrintout';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function DocumentDrawer({ documentId, onClose }: { documentId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale, dateTime } = useFormat();
  const [doc, setDoc] = useState<StockDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { printing, print } = usePrintRequest();
  useEffect(() => {
    let live = true;
    setDoc(null);
    setError(null);
    call('stock.document.get', { id: documentId }).then((d) => { if (live) setDoc(d); }, (e: unknown) => { if (live) setError(errorText(t, e)); });
    return () => { live = false; };
  }, [documentId, t]);

  const title = doc ? t('stock.documents.title', { kind: t(`stock.documents.kinds.${doc.kind}`), number: doc.number }) : '';
  const quantity = (v: number) => formatMoveQuantity(v, locale);
  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={title} data-testid="stock-document">
      {error && <Alert color="red">{error}</Alert>}
      {!doc && !error && <Loader />}
      {doc && (
        <Stack>
          <SimpleGrid cols={3}>
            <Fact label={t('stock.documents.at')}>{dateTime(doc.at)}</Fact>
            <Fact label={t('stock.documents.staff')}>{doc.staffName ?? '–'}</Fact>
            <Fact label={t('stock.documents.kind')}><Badge variant="light">{t(`stock.documents.kinds.${doc.kind}`)}</Badge></Fact>
          </SimpleGrid>
          {doc.note && <Fact label={t('stock.adjust.note')}>{doc.note}</Fact>}
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('stock.columns.name')}</Table.Th>
                <Table.Th>{t('stock.location')}</Table.Th>
                <Table.Th>{t('stock.documents.reason')}</Table.Th>
                <Table.Th ta="right">{t('stock.adjust.quantity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.moves.map((m, i) => (
                <Table.Tr key={i}>
                  <Table.Td><Text size="sm" fw={500}>{m.name}</Text><Text size="xs" c="dimmed" ff="monospace">{m.sku}</Text></Table.Td>
                  <Table.Td>{m.locationName}</Table.Td>
                  <Table.Td>{t(`stock.reasons.${m.reason}`, { defaultValue: m.reason })}</Table.Td>
                  <Table.Td ta="right" c={m.quantity < 0 ? 'red' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>{quantity(m.quantity)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {doc.moves.length === 0 && <Text c="dimmed" size="sm">{t('stock.documents.noMoves')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={print}>{t('stock.print.print')}</Button>
          </Group>
          {printing && (
            <StockPrintout title={title} testId="document-printout"
              meta={[dateTime(doc.at), doc.staffName, doc.note].filter(Boolean).join(' · ')}
              columns={[
                { label: t('stock.columns.sku') }, { label: t('stock.columns.name') }, { label: t('stock.location') },
                { label: t('stock.documents.reason') }, { label: t('stock.adjust.quantity'), numeric: true },
              ]}
              rows={doc.moves.map((m, i) => ({
                key: i,
                cells: [m.sku, m.name, m.locationName, t(`stock.reasons.${m.reason}`, { defaultValue: m.reason }), quantity(m.quantity)],
              }))} />
          )}
        </Stack>
      )}
    </Drawer>
  );
}
