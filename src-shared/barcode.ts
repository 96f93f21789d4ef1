/**
 * Barcodes at the counter: EAN-13, EAN-8 and UPC-A with check digits, and in-store EAN-13 codes
 * whose prefix says they carry a price or a weight (layout PP IIIII VVVVV C: prefix, item
 * number, value, check digit).
 */

export type EmbeddedKind = 'price' | 'weight';

export interface EmbeddedPrefixes {
  /** Two-digit prefix → what the 5-digit value means (cents or grams). */
  [prefix: string]: EmbeddedKind;
}

/** GS1 in-store prefixes; shops configure their scales' prefixes in Settings. */
export const DEFAULT_EMBEDDED_PREFIXES: EmbeddedPrefixes = {
  '21': 'price', '22': 'price', '23': 'price', '24': 'price', '25': 'price',
  '26': 'weight', '27': 'weight', '28': 'weight', '29': 'weight',
};

export type ParsedBarcode =
  | { kind: 'plain'; code: string }
  | { kind: 'embedded'; code: string; embedded: EmbeddedKind; itemCode: string; value: number }
  | { kind: 'invalid'; code: string; reason: 'format' | 'checkDigit' };

/** GS1 check digit over all digits but the last (weights 3,1 from the right). */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const fromRight = body.length - i;
    sum += Number(body[i]) * (fromRight % 2 === 1 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function hasValidCheckDigit(code: string): boolean {
  return /^\d+$/.test(code) && gs1CheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

/**
 * Classifies a scanned or typed code. 8, 12 and 13 digits are GS1 codes and must carry a valid
 * check digit; other lengths (a shop's own codes) are looked up as they are.
 */
export function parseBarcode(raw: string, prefixes: EmbeddedPrefixes = DEFAULT_EMBEDDED_PREFIXES): ParsedBarcode {
  const code = raw.trim();
  if (!/^[0-9A-Za-z._-]{1,40}$/.test(code)) return { kind: 'invalid', code, reason: 'format' };
  if (!/^\d+$/.test(code) || ![8, 12, 13].includes(code.length)) return { kind: 'plain', code };
  if (!hasValidCheckDigit(code)) return { kind: 'invalid', code, reason: 'checkDigit' };
  const embedded = code.length === 13 ? prefixes[code.slice(0, 2)] : undefined;
  if (embedded) {
    return { kind: 'embedded', code, embedded, itemCode: code.slice(0, 7), value: Number(code.slice(7, 12)) };
  }
  // A UPC-A is the EAN-13 with a leading zero; store and look up the 13-digit form.
  return { kind: 'plain', code: code.length === 12 ? `0${code}` : code };
}

/** Builds an in-store code (for tests, labels and the demo's scale). */
export function embeddedCode(itemCode: string, value: number): string {
  const body = `${itemCode}${String(value).padStart(5, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
}
