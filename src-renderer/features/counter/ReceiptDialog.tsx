/** The receipt after a sale (or opened from the list): print, reprint as copy, void. */
import { Alert, Button, Drawer, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconPrinter, IconReceiptOff, IconCopy, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-shared/contract';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { withApproval } from './approval';
import { useCounterStore } from './counterStore';
import { PrintPortal, printPaper } from './PrintPortal';
import { canSavePdf, savePdf } from '../../lib/print';
import { Receipt } from './Receipt';
import { ShortcutButton } from './Shortcut';
import { useMoney } from './useMoney';

function ReceiptActions() {
  const { t } = useTranslation();
  const { money } = useMoney();
  const { receipt, showReceipt, close } = useCounterStore();
  const [confirmVoid, setConfirmVoid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!receipt) return null;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  const reprint = () => run(async () => showReceipt(await call('counter.receipt.reprint', { id: receipt.id })));
  const voidSale = () => run(async () => {
    // Without the permission the core asks for a manager (approvalRequired): withApproval asks and retries.
    const result = await withApproval((approvalId) => call('counter.void', { saleId: receipt.id, ...(approvalId ? { approvalId } : {}) }));
    setConfirmVoid(false);
    if (result) showReceipt(result);
  });

  return (
    <Stack gap="xs">
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {confirmVoid && (
        <Alert color="red" title={t('sell.void.confirmTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('sell.void.confirmText', { number: receipt.number, amount: money(receipt.totalCents) })}</Text>
            <Group><Button color="red" loading={busy} onClick={() => void voidSale()}>{t('sell.void.submit')}</Button><Button variant="default" onClick={() => setConfirmVoid(false)}>{t('common.cancel')}</Button></Group>
          </Stack>
        </Alert>
      )}
      <Group grow>
        <ShortcutButton leftSection={<IconPrinter size={18} />} keys="P" onClick={printPaper}>{t('sell.receipt.print')}</ShortcutButton>
        <ShortcutButton variant="default" leftSection={<IconCopy size={18} />} loading={busy && !confirmVoid} onClick={() => void reprint()}>{t('sell.receipt.reprint')}</ShortcutButton>
      </Group>
      {canSavePdf()
        ? <Button variant="subtle" leftSection={<IconFileTypePdf size={18} />} onClick={() => void savePdf(`${t('sell.receipt.pdfName')}-${receipt.number}`)}>{t('sell.receipt.savePdf')}</Button>
        : <Text size="xs" c="dimmed">{t('sell.receipt.pdfHint')}</Text>}
      <Group grow>
        {receipt.kind === 'sale' && (
          <ShortcutButton variant="light" color="red" leftSection={<IconReceiptOff size={18} />} onClick={() => setConfirmVoid(true)}>{t('sell.void.button')}</ShortcutButton>
        )}
        <ShortcutButton color="green" keys="Enter" onClick={close} data-autofocus>{t('sell.receipt.newSale')}</ShortcutButton>
      </Group>
    </Stack>
  );
}

export function ReceiptDialog() {
  const { t } = useTranslation();
  const { dialog, receipt, close } = useCounterStore();
  const opened = dialog === 'receipt' && !!receipt;
  return (
    <Modal opened={opened} onClose={close} title={receipt ? t('sell.receipt.title', { number: receipt.number }) : ''} size={560} centered
      onKeyDown={(e) => { if ((e.key === 'p' || e.key === 'P') && !(e.target instanceof HTMLInputElement)) printPaper(); }}>
      {opened && (
        <Stack>
          <ScrollArea.Autosize mah="56vh" type="auto"><Receipt receipt={receipt} /></ScrollArea.Autosize>
          <ReceiptActions />
          <PrintPortal><Receipt receipt={receipt} /></PrintPortal>
        </Stack>
      )}
    </Modal>
  );
}

type Recent = Output<'counter.receipt.recent'>;

export function RecentReceiptsDrawer() {
  const { t } = useTranslation();
  const { money, dateTime } = useMoney();
  const { dialog, close, showReceipt } = useCounterStore();
  const [recent, setRecent] = useState<Recent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const opened = dialog === 'recent';
  useEffect(() => {
    if (opened) call('counter.receipt.recent', { limit: 30 }).then(setRecent).catch((e: unknown) => setError(errorText(t, e)));
  }, [opened, t]);
  async function open(id: number) {
    try {
      showReceipt(await call('counter.receipt.get', { id }));
    } catch (e) {
      setError(errorText(t, e));
    }
  }
  return (
    <Drawer opened={opened} onClose={close} title={t('sell.recent.title')} position="right" size="md">
      <Stack>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {recent?.length === 0 && <Text c="dimmed">{t('sell.recent.none')}</Text>}
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Tbody>
            {(recent ?? []).map((r) => (
              <Table.Tr key={r.id} style={{ cursor: 'pointer' }} onClick={() => void open(r.id)}>
                <Table.Td><Text fw={600}>{r.number}</Text><Text size="xs" c="dimmed">{dateTime(r.at)} · {t(`sell.receipt.kind.${r.kind}`)}</Text></Table.Td>
                <Table.Td ta="right" fw={600}>{money(r.totalCents)}</Table.Td>
                <Table.Td w={90}><Button variant="light" size="sm" onClick={() => void open(r.id)}>{t('sell.recent.open')}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Drawer>
  );
}
