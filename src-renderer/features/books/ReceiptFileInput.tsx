/**
 * The receipt file field: a real <input type="file"> carrying the label, so it can be reached by
 * keyboard, by screen readers and by a test that sets a file on the field named "Beleg".
 */
import { ActionIcon, Group, Input, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_ACCEPT, attachmentProblem, fileSize, MAX_ATTACHMENT_BYTES } from './attachments';
import { useBooksFormat } from './useBooksFormat';

export function ReceiptFileInput({ file, onChange, label }: { file: File | null; onChange(file: File | null): void; label?: string }) {
  const { t } = useTranslation();
  const { locale } = useBooksFormat();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const problem = file ? attachmentProblem(file) : null;

  function clear() {
    if (input.current) input.current.value = '';
    onChange(null);
  }

  return (
    <Input.Wrapper id={id} label={label ?? t('books.receipt.label')} description={t('books.receipt.hint')}
      error={problem ? t(`books.receipt.${problem}`, { max: fileSize(MAX_ATTACHMENT_BYTES, locale) }) : undefined}>
      <Group gap="xs" mt={4} wrap="nowrap">
        <input ref={input} id={id} type="file" accept={ATTACHMENT_ACCEPT} style={{ minHeight: 44, maxWidth: '100%' }}
          onChange={(e) => onChange(e.currentTarget.files?.[0] ?? null)} />
        {file && (
          <>
            <Text size="sm" c="dimmed">{fileSize(file.size, locale)}</Text>
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={clear} aria-label={t('books.receipt.remove')}><IconX size={18} /></ActionIcon>
          </>
        )}
      </Group>
    </Input.Wrapper>
  );
}
