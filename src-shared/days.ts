/** Calendar-day arithmetic on YYYY-MM-DD strings (the books' dates), free of time zones. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
