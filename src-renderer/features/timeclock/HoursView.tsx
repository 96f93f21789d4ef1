/** Placeholder until the view is built. */
export function HoursView() {
  return null;
}
