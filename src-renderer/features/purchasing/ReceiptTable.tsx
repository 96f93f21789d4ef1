/** Goods receipts as a table; a row opens the receipt with its lines. */
import { Badge, Button, Card, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoodsReceipt } from '../../../src-shared/contract/purchasing';
import { usePurchasingFormat } from './format';
import { usePurchasingNav } from './nav';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function ReceiptDialog({ receipt, onClose }: { receipt: GoodsReceipt; onClose: () => void }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  return (
    <Modal opened onClose={onClose} size="xl" title={t('purchasing.receipts.title', { number: receipt.number })}>
      <Stack>
        <Text size="sm" c="dimmed">
          {[format.dateTime(receipt.at), receipt.supplierName, receipt.locationName, receipt.staffName,
            receipt.deliveryNoteRef ? t('purchasing.receipts.deliveryNoteShort', { ref: receipt.deliveryNoteRef }) : null].filter(Boolean).join(' · ')}
        </Text>
        {receipt.note && <Text size="sm">{receipt.note}</Text>}
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.product')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.quantity')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.unitCost')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {receipt.lines.map((l, i) => (
              <Table.Tr key={i}>
                <Table.Td><Text fw={500}>{l.name}</Text><Text size="xs" c="dimmed" ff="monospace">{l.sku}</Text></Table.Td>
                <Table.Td ta="right" style={num}>{format.quantity(l.quantity, l.unit)}</Table.Td>
                <Table.Td ta="right" style={num}>{format.money(l.unitCostCents)}</Table.Td>
                <Table.Td>{l.overReceived > 0 && <Badge color="orange" variant="light">{t('purchasing.receipts.overReceived', { quantity: format.quantity(l.overReceived, l.unit) })}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text fw={600} ta="right">{t('purchasing.totalNet')}: {format.money(receipt.netCents)}</Text>
      </Stack>
    </Modal>
  );
}

export function ReceiptTable({ receipts, showOrder = true }: { receipts: GoodsReceipt[]; showOrder?: boolean }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const nav = usePurchasingNav();
  const [opened, setOpened] = useState<GoodsReceipt | null>(null);
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={showOrder ? 760 : 480}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover aria-label={t('purchasing.receipts.list')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.receipts.number')}</Table.Th>
              <Table.Th>{t('purchasing.receipts.at')}</Table.Th>
              {showOrder && <Table.Th>{t('purchasing.supplier')}</Table.Th>}
              {showOrder && <Table.Th>{t('purchasing.receipts.order')}</Table.Th>}
              <Table.Th>{t('purchasing.receipts.deliveryNote')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.net')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {receipts.map((r) => (
              <Table.Tr key={r.id} data-testid={`receipt-row-${r.id}`}>
                <Table.Td>
                  <Button variant="subtle" size="compact-md" mih={44} px={6} aria-label={t('purchasing.receipts.openNumber', { number: r.number })}
                    onClick={() => setOpened(r)}>{r.number}</Button>
                </Table.Td>
                <Table.Td style={num}>{format.dateTime(r.at)}</Table.Td>
                {showOrder && <Table.Td>{r.supplierName ?? <Text span c="dimmed" size="sm">{t('purchasing.receipts.noSupplier')}</Text>}</Table.Td>}
                {showOrder && (
                  <Table.Td>
                    {r.orderId !== null
                      ? <Button variant="subtle" size="compact-md" mih={44} px={6} onClick={() => nav.openOrder(r.orderId!)}>{r.orderNumber}</Button>
                      : <Text span c="dimmed" size="sm">{t('purchasing.receipts.withoutOrder')}</Text>}
                  </Table.Td>
                )}
                <Table.Td>{r.deliveryNoteRef}</Table.Td>
                <Table.Td ta="right" style={num}>{format.money(r.netCents)}</Table.Td>
                <Table.Td>{r.invoiceId !== null && <Badge variant="light" color="green">{t('purchasing.receipts.invoiced')}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {opened && <ReceiptDialog receipt={opened} onClose={() => setOpened(null)} />}
    </Card>
  );
}
