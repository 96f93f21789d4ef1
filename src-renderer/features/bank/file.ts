/** A statement file as the core takes it: its name, its kind (CSV or CAMT XML) and its bytes as base64. */
import { readBase64 } from '../../lib/download';

/** The largest statement file the core accepts (its base64 stays under the contract's limit). */
export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;
export const STATEMENT_ACCEPT = '.csv,.txt,.xml,text/csv,text/plain,application/xml,text/xml';

export interface StatementFile {
  fileName: string;
  kind: 'csv' | 'camt';
  base64: string;
}

/** XML by its name, or by its first bytes when the name says nothing ("<?xml", "<Document"). */
async function kindOf(file: File): Promise<StatementFile['kind']> {
  if (/\.xml$/i.test(file.name)) return 'camt';
  if (/\.(csv|txt)$/i.test(file.name)) return 'csv';
  const head = await file.slice(0, 200).text();
  return /^\s*(\ufeff)?\s*</.test(head) ? 'camt' : 'csv';
}

export async function readStatementFile(file: File): Promise<StatementFile | 'tooLarge'> {
  if (file.size > MAX_STATEMENT_BYTES) return 'tooLarge';
  return { fileName: file.name.slice(0, 200) || 'statement', kind: await kindOf(file), base64: await readBase64(file) };
}

/** A typed balance, also below zero ("-1.234,56"), in cents; null when it is not an amount. */
export function parseSignedMoney(text: string, parse: (text: string) => number | null): number | null {
  const negative = /^\s*[-−]/.test(text);
  const cents = parse(text.replace(/^\s*[-−]\s*/, ''));
  return cents === null ? null : negative ? -cents : cents;
}
