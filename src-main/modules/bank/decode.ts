/**
 * Reading an uploaded statement file: base64 to bytes to text. Banks export UTF-8 (some with a
 * BOM) or Windows-1252 (the older German exports); a file that is not valid UTF-8 is read as
 * Windows-1252, which maps every byte, so umlauts come out right either way.
 */
import { AppError } from '../../core/errors';

export type TextEncoding = 'utf-8' | 'windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

export function decodeFile(base64: string): { text: string; encoding: TextEncoding } {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw unreadable('The file is empty.');
  // Text files hold no NUL bytes; a PDF, a spreadsheet or an image does.
  if (bytes.subarray(0, 4096).includes(0)) throw unreadable('The file is not a text file.');
  try {
    return { text: stripBom(utf8.decode(bytes)), encoding: 'utf-8' };
  } catch {
    return { text: stripBom(cp1252.decode(bytes)), encoding: 'windows-1252' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function unreadable(message: string): AppError {
  return new AppError('VALIDATION', message, { details: { reason: 'bankFileUnreadable' } });
}
