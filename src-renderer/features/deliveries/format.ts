/** Calendar days and quantities on the delivery screens. */
export { formatQuantity } from '../stock/quantity';

/** A calendar day (YYYY-MM-DD) as the locale writes it; taken as UTC so no time zone shifts it. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Today in the local calendar, as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
