/** Placeholder until the view is built. */
export function RolesView() {
  return null;
}
