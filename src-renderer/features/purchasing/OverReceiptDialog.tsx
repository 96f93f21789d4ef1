/** More arrived than the order still expects: list the surplus and book it only when the person confirms. */
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePurchasingFormat } from './format';
import type { Surplus } from './receipt-lines';

export function OverReceiptDialog({ surplus, busy, onConfirm, onClose }: { surplus: Surplus[]; busy: boolean; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  return (
    <Modal opened onClose={onClose} title={t('purchasing.receipts.overTitle')}>
      <Stack>
        <Alert color="orange">{t('purchasing.receipts.overIntro')}</Alert>
        <List spacing={4} data-testid="over-receipt-list">
          {surplus.map((l) => (
            <List.Item key={l.productId}>
              <Text span fw={600}>{l.name}</Text>{': '}
              {l.outstanding === 0
                ? t('purchasing.receipts.notOrdered', { quantity: format.quantity(l.received, l.unit) })
                : t('purchasing.receipts.surplus', { quantity: format.quantity(l.received - l.outstanding, l.unit), outstanding: format.quantity(l.outstanding, l.unit) })}
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('purchasing.receipts.overBack')}</Button>
          <Button color="orange" mih={44} loading={busy} onClick={onConfirm}>{t('purchasing.receipts.overConfirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
