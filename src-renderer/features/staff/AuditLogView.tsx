/** Placeholder until the view is built. */
export function AuditLogView() {
  return null;
}
