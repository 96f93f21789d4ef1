/**
 * Receipts as the core takes them (name, type, bytes as base64) and back to a file the person
 * can look at or save.
 */
import type { AttachmentInfo } from '../../../src-shared/contract/ledger';
import type { Input } from '../../../src-shared/contract';
import { call } from '../../lib/api';
import { base64Bytes, downloadBytes, readBase64 } from '../../lib/download';

export type AttachmentInput = Input<'ledger.attach'>['attachment'];

export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic', 'text/plain'] as const;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** What the file picker offers: photos of receipts and PDFs. */
export const ATTACHMENT_ACCEPT = 'image/*,application/pdf';

const BY_EXTENSION: Record<string, (typeof ATTACHMENT_TYPES)[number]> = {
  pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heic: 'image/heic', txt: 'text/plain',
};

/** The file's type as the core knows it (some systems leave `type` empty for HEIC), or null. */
export function attachmentType(file: File): (typeof ATTACHMENT_TYPES)[number] | null {
  const declared = ATTACHMENT_TYPES.find((type) => type === file.type);
  return declared ?? BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

/** Why a file cannot be attached ('type' or 'size'), or null when it can. */
export function attachmentProblem(file: File): 'type' | 'size' | null {
  if (!attachmentType(file)) return 'type';
  return file.size > MAX_ATTACHMENT_BYTES ? 'size' : null;
}

export async function toAttachment(file: File): Promise<AttachmentInput> {
  return { fileName: file.name.slice(0, 200) || 'beleg', mimeType: attachmentType(file) ?? 'application/pdf', base64: await readBase64(file) };
}

/** Fetches an attachment's bytes and answers a Blob URL for it (the caller revokes it). */
export async function attachmentUrl(info: Pick<AttachmentInfo, 'id'>): Promise<{ url: string; mimeType: string; fileName: string }> {
  const file = await call('ledger.attachment', { id: info.id });
  return { url: URL.createObjectURL(new Blob([base64Bytes(file.base64)], { type: file.mimeType })), mimeType: file.mimeType, fileName: file.fileName };
}

/** Saves an attachment through the browser's (or Electron's) download. */
export async function saveAttachment(info: Pick<AttachmentInfo, 'id'>): Promise<void> {
  const file = await call('ledger.attachment', { id: info.id });
  downloadBytes(file.fileName, file.base64, file.mimeType);
}

/** "12 KB", "1,4 MB" */
export function fileSize(bytes: number, locale: string): string {
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / 1024 / 1024)} MB`;
}
