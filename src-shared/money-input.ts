/**
 * Amounts typed by people ("2,99", "2.99", "1.234,50", "3") parsed to integer cents without
 * floating point, and cents written back the way such a field shows them ("2,99").
 */

/**
 * Parses a typed amount into cents. Accepts a decimal comma or point with up to two decimals,
 * and German thousands points ("1.234,56"), an optional currency sign or code around it.
 * Returns null for anything else (negative numbers, three decimals, letters).
 */
export function parseMoneyInput(text: string): number | null {
  let s = text.trim().replace(/^(€|EUR|CHF|Fr\.?|\$|£)\s*/i, '').replace(/\s*(€|EUR|CHF|Fr\.?|\$|£)$/i, '').replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return null;
  let whole: string;
  let fraction = '';
  const grouped = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(s) ?? /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(s);
  if (grouped && (grouped[2] !== undefined || s.split(/[.,]/).length > 2)) {
    whole = grouped[1]!.replace(/[.,]/g, '');
    fraction = grouped[2] ?? '';
  } else {
    const plain = /^(\d+)?(?:[.,](\d{1,2}))?$/.exec(s);
    if (!plain || (plain[1] === undefined && plain[2] === undefined)) return null;
    whole = plain[1] ?? '0';
    fraction = plain[2] ?? '';
  }
  s = whole.replace(/^0+(?=\d)/, '');
  if (s.length > 13) return null;
  const cents = Number(s) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as an editable amount: 299 → "2,99" (decimalSeparator ',' by default), never grouped. */
export function formatMoneyInput(cents: number, decimalSeparator = ','): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('cents must be a whole number');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${decimalSeparator}${String(abs % 100).padStart(2, '0')}`;
}
