/**
 * What can be done with a document, by its kind and state: a draft is edited, issued or
 * discarded; an issued quote or order converts; an issued invoice takes payments and credit
 * notes; every document downloads as a PDF. Without 'sales.manage' only the PDF is offered.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCash, IconCheck, IconFileDownload, IconPencil, IconReceiptRefund, IconTransform, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SalesDocument } from '../../../src-shared/contract/salesdocs';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { can, useSessionStore } from '../auth/store';
import { IssueDialog } from './IssueDialog';
import { PaymentDialog } from './PaymentDialog';
import { downloadDocumentPdf } from './pdf';

export function DocumentActions({ document: d, onEdit, onOpen }: { document: SalesDocument; onEdit: () => void; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const manage = can(session, 'sales.manage');
  const [dialog, setDialog] = useState<'issue' | 'pay' | 'discard' | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(action: () => Promise<T>, done: (result: T) => void) {
    setBusy(true);
    try {
      done(await action());
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    } finally {
      setBusy(false);
    }
  }
  const follow = (to: 'order' | 'invoice') => run(() => call('salesdocs.convert', { id: d.id, to }), (next) => {
    notifications.show({ color: 'green', message: t('salesdocs.detail.converted', { kind: t(`salesdocs.kinds.${to}`) }) });
    onOpen(next.id);
  });
  const credit = () => run(() => call('salesdocs.credit', { invoiceId: d.id }), (next) => {
    notifications.show({ color: 'green', message: t('salesdocs.detail.converted', { kind: t('salesdocs.kinds.creditNote') }) });
    onOpen(next.id);
  });
  const pdf = () => run(() => downloadDocumentPdf(d.id), (fileName) => notifications.show({ color: 'green', message: t('salesdocs.detail.pdfSaved', { fileName }) }));
  const discard = () => run(() => call('salesdocs.discard', { id: d.id }), () => {
    setDialog(null);
    notifications.show({ color: 'green', message: t('salesdocs.detail.discarded') });
  });

  const draft = d.status === 'draft';
  const issued = d.status === 'issued';
  const converted = d.followUps.some((f) => (f.kind === 'order' || f.kind === 'invoice') && f.status !== 'discarded');
  return (
    <Group gap="sm">
      {manage && draft && <Button mih={44} leftSection={<IconCheck size={18} />} onClick={() => setDialog('issue')}>{t('salesdocs.detail.issue')}</Button>}
      {manage && draft && <Button mih={44} variant="light" leftSection={<IconPencil size={18} />} onClick={onEdit}>{t('salesdocs.detail.edit')}</Button>}
      {manage && issued && d.kind === 'quote' && !converted && (
        <Button mih={44} variant="light" leftSection={<IconTransform size={18} />} loading={busy} onClick={() => void follow('order')}>{t('salesdocs.detail.toOrder')}</Button>
      )}
      {manage && issued && (d.kind === 'quote' || d.kind === 'order') && !converted && (
        <Button mih={44} variant="light" leftSection={<IconTransform size={18} />} loading={busy} onClick={() => void follow('invoice')}>{t('salesdocs.detail.toInvoice')}</Button>
      )}
      {manage && issued && d.kind === 'invoice' && d.openCents > 0 && (
        <Button mih={44} leftSection={<IconCash size={18} />} onClick={() => setDialog('pay')}>{t('salesdocs.detail.pay')}</Button>
      )}
      {manage && issued && d.kind === 'invoice' && d.creditedCents < d.grossCents && (
        <Button mih={44} variant="light" color="orange" leftSection={<IconReceiptRefund size={18} />} loading={busy} onClick={() => void credit()}>{t('salesdocs.detail.credit')}</Button>
      )}
      <Button mih={44} variant="default" leftSection={<IconFileDownload size={18} />} loading={busy} onClick={() => void pdf()}>{t('salesdocs.detail.pdf')}</Button>
      {manage && draft && <Button mih={44} variant="subtle" color="red" leftSection={<IconTrash size={18} />} onClick={() => setDialog('discard')}>{t('salesdocs.detail.discard')}</Button>}
      {dialog === 'issue' && <IssueDialog document={d} onClose={() => setDialog(null)} />}
      {dialog === 'pay' && <PaymentDialog invoice={d} onClose={() => setDialog(null)} />}
      {dialog === 'discard' && (
        <Modal opened onClose={() => setDialog(null)} title={t('salesdocs.detail.discardTitle')}>
          <Stack>
            <Text>{t('salesdocs.detail.discardText')}</Text>
            <Group justify="flex-end">
              <Button variant="default" mih={44} onClick={() => setDialog(null)}>{t('salesdocs.editor.cancel')}</Button>
              <Button color="red" mih={44} loading={busy} onClick={() => void discard()}>{t('salesdocs.detail.discardConfirm')}</Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Group>
  );
}
