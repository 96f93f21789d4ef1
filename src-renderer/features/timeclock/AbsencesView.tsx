/** Placeholder until the view is built. */
export function AbsencesView() {
  return null;
}
