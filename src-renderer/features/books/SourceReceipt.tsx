/** The counter receipt behind a sale, return or void entry, opened from the entry drawer. */
import { Alert, Button, Modal, ScrollArea } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntrySource } from '../../../src-shared/contract/ledger';
import type { Receipt as ReceiptData } from '../../../src-shared/contract/sell';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { Receipt } from '../counter/Receipt';

const RECEIPT_SOURCES = new Set(['counter.sale', 'counter.return', 'counter.void']);

export function SourceReceipt({ entryId, source }: { entryId: number; source: EntrySource }) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<ReceiptData | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!RECEIPT_SOURCES.has(source.type)) return null;

  async function open() {
    try {
      setReceipt(await call('ledger.receipt', { entryId }));
      setError(null);
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  return (
    <>
      <Button variant="light" w="fit-content" leftSection={<IconReceipt size={18} />} onClick={() => void open()}>
        {t('books.entry.showReceipt', { reference: source.reference })}
      </Button>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Modal opened={receipt !== null} onClose={() => setReceipt(null)} title={t('books.entry.receiptTitle', { reference: source.reference })} size="sm">
        {receipt && <ScrollArea.Autosize mah="70vh" type="auto"><Receipt receipt={receipt} /></ScrollArea.Autosize>}
      </Modal>
    </>
  );
}
