/** Quantities travel as integer thousandths; pieces show whole, kilograms with three decimals. */
export function formatQuantity(thousandths: number, unit: 'piece' | 'kg', locale: string): string {
  const digits = unit === 'kg' ? 3 : 0;
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: 3 }).format(thousandths / 1000);
  return unit === 'kg' ? `${text} kg` : text;
}

/** A move's signed quantity where the unit is not known (documents list moves of any product): +3, −2, +0,250. */
export function formatMoveQuantity(thousandths: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3, signDisplay: 'exceptZero' }).format(thousandths / 1000);
}
