/** A short, readable line for an audit entry's before/after: which fields changed and how. */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a few characters: strings bare, everything else as JSON, cut at 40 characters. */
export function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined ? '–' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export interface Change {
  field: string | null;
  before?: string;
  after?: string;
}

/** The fields that differ (or were set / removed); a single change when the values are not objects. */
export function changesOf(before: unknown, after: unknown): Change[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter) return [];
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return fields
      .filter((field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]))
      .map((field) => ({
        field,
        ...(field in b && hasBefore ? { before: shortValue(b[field]) } : {}),
        ...(field in a && hasAfter ? { after: shortValue(a[field]) } : {}),
      }));
  }
  return [{ field: null, ...(hasBefore ? { before: shortValue(before) } : {}), ...(hasAfter ? { after: shortValue(after) } : {}) }];
}

/** One change as text: "Name: Alt → Neu", "PIN: true", "Notiz: x (entfernt)"; fields named by `label`. */
export function changeText(change: Change, removed: string, label: (field: string) => string = (f) => f): string {
  const head = change.field === null ? '' : `${label(change.field)}: `;
  if (change.before !== undefined && change.after !== undefined) return `${head}${change.before} → ${change.after}`;
  if (change.after !== undefined) return `${head}${change.after}`;
  return `${head}${change.before ?? ''} (${removed})`;
}
