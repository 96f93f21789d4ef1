/** Placeholder until the view is built. */
export function TimesheetView() {
  return null;
}
