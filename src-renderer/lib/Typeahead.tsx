/**
 * A search field that lists matches as you type; ↑/↓ + Enter or a click picks one. The shared
 * behaviour of the product and customer pickers: the search waits 80 ms after the last key so a
 * scanner's burst asks the core once, and an answer that arrives after the query changed is dropped.
 */
import { Box, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';

export interface TypeaheadProps<T> {
  label: string;
  placeholder: string;
  /** The accessible name of the list of matches. */
  listLabel: string;
  /** Shown when the core found nothing. */
  noneText: string;
  /** Asks the core for matches to the trimmed, non-empty query. */
  search: (query: string) => Promise<T[]>;
  onPick: (item: T) => void;
  itemKey: (item: T) => number | string;
  renderItem: (item: T, pickable: boolean) => ReactNode;
  /** Items that are shown greyed out but cannot be chosen (e.g. already on the list). */
  canPick?: (item: T) => boolean;
  width?: number;
  required?: boolean;
}

export function Typeahead<T>({ label, placeholder, listLabel, noneText, search, onPick, itemKey, renderItem,
  canPick = () => true, width = 420, required }: TypeaheadProps<T>) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<T[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return setResults([]);
    let cancelled = false;
    const timer = setTimeout(() => {
      search(q)
        .then((found) => { if (!cancelled) { setResults(found); setActive(0); } })
        .catch(() => { if (!cancelled) setResults([]); });
    }, 80);
    return () => { cancelled = true; clearTimeout(timer); };
    // `search` is a new closure on every render of the caller; only the query starts a new search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  function pick(item: T | undefined) {
    if (item === undefined || !canPick(item)) return;
    setQuery('');
    setResults([]);
    onPick(item);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive((i) => Math.min(results.length - 1, i + 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((i) => Math.max(0, i - 1)); }
    else if (event.key === 'Escape') setQuery('');
    else if (event.key === 'Enter') { event.preventDefault(); pick(results[active]); }
  }

  return (
    <Box pos="relative" w={width} maw="100%">
      <TextInput label={label} placeholder={placeholder} leftSection={<IconSearch size={16} />} required={required}
        value={query} onChange={(e) => setQuery(e.currentTarget.value)} onKeyDown={onKeyDown} autoComplete="off" maxLength={100} />
      {query.trim() !== '' && (
        // Above Mantine's modals and drawers (z-index 200): pickers also live inside dialogs.
        <Paper withBorder shadow="md" pos="absolute" left={0} right={0} mt={4} p={4} style={{ zIndex: 300, maxHeight: 360, overflowY: 'auto' }}>
          <Stack gap={2} role="listbox" aria-label={listLabel}>
            {results.length === 0 && <Text c="dimmed" size="sm" p="xs">{noneText}</Text>}
            {results.map((item, i) => {
              const pickable = canPick(item);
              return (
                <UnstyledButton key={itemKey(item)} role="option" aria-selected={i === active} disabled={!pickable} onClick={() => pick(item)}
                  onMouseEnter={() => setActive(i)} p="xs" mih={44}
                  style={{ borderRadius: 6, background: i === active ? 'var(--mantine-color-blue-0)' : undefined, opacity: pickable ? 1 : 0.5 }}>
                  {renderItem(item, pickable)}
                </UnstyledButton>
              );
            })}
          </Stack>
        </Paper>
      )}
    </Box>
  );
}
