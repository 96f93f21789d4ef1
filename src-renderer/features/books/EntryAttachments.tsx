/** The receipts attached to an entry: look at them (pictures in a window), save them, add another. */
import { Alert, Button, Group, Image, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconEye, IconPaperclip } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../src-shared/contract/ledger';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { attachmentProblem, attachmentUrl, fileSize, saveAttachment, toAttachment } from './attachments';
import { ReceiptFileInput } from './ReceiptFileInput';
import { useBooksFormat } from './useBooksFormat';

function Preview({ attachment, onClose }: { attachment: AttachmentInfo; onClose(): void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    attachmentUrl(attachment).then((file) => { made = file.url; setUrl(file.url); }, (e: unknown) => setError(errorText(t, e)));
    return () => { if (made) URL.revokeObjectURL(made); };
  }, [attachment, t]);
  return (
    <Modal opened onClose={onClose} title={attachment.fileName} size="xl">
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {url && <Image src={url} alt={attachment.fileName} fit="contain" mah="75vh" />}
    </Modal>
  );
}

export function EntryAttachments({ entryId, attachments, onAdded }: { entryId: number; attachments: AttachmentInfo[]; onAdded(): void }) {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const [viewing, setViewing] = useState<AttachmentInfo | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function add() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await call('ledger.attach', { entryId, attachment: await toAttachment(file) });
      setFile(null);
      notifications.show({ color: 'green', message: t('books.entry.attached') });
      onAdded();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const save = (a: AttachmentInfo) => saveAttachment(a).catch((e: unknown) => setError(errorText(t, e)));

  return (
    <Stack gap="xs">
      {attachments.length === 0 && <Text c="dimmed" size="sm">{t('books.entry.noAttachments')}</Text>}
      {attachments.map((a) => (
        <Group key={a.id} justify="space-between" wrap="nowrap" data-testid="attachment">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <IconPaperclip size={18} />
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>{a.fileName}</Text>
              <Text size="xs" c="dimmed">{fileSize(a.size, format.locale)} · {format.dateTime(a.addedAt)}</Text>
            </div>
          </Group>
          <Group gap={4} wrap="nowrap">
            {a.mimeType.startsWith('image/') && a.mimeType !== 'image/heic' && (
              <Button variant="subtle" size="sm" leftSection={<IconEye size={16} />} onClick={() => setViewing(a)}>{t('books.entry.view')}</Button>
            )}
            <Button variant="subtle" size="sm" leftSection={<IconDownload size={16} />} onClick={() => void save(a)}>{t('books.entry.download')}</Button>
          </Group>
        </Group>
      ))}
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Group align="flex-end" wrap="nowrap">
        <ReceiptFileInput file={file} onChange={setFile} label={t('books.entry.addAttachment')} />
        <Button onClick={() => void add()} loading={busy} disabled={!file || attachmentProblem(file) !== null}>{t('books.entry.attach')}</Button>
      </Group>
      {viewing && <Preview attachment={viewing} onClose={() => setViewing(null)} />}
    </Stack>
  );
}
