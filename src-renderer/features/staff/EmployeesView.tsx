/** Placeholder until the view is built. */
export function EmployeesView() {
  return null;
}
