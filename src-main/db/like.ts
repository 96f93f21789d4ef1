/**
 * LIKE patterns with the user's text taken literally. SQLite's LIKE treats % and _ as wildcards;
 * the helpers here put a backslash before them (and before the backslash itself), so every
 * comparison that uses a pattern from here must say `ESCAPE '\'` (in a JS string: `ESCAPE '\\'`).
 * LIKE ignores case for ASCII letters only ('a' = 'A', but 'ä' ≠ 'Ä').
 */

/** The text with \, % and _ escaped by a backslash. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A pattern matching values that contain `text`: `col LIKE ? ESCAPE '\\'`. */
export function likeContains(text: string): string {
  return `%${likeEscape(text)}%`;
}

/** A pattern matching values that start with `text`: `col LIKE ? ESCAPE '\\'`. */
export function likeStartsWith(text: string): string {
  return `${likeEscape(text)}%`;
}
