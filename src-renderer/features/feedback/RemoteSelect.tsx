/**
 * A searchable select whose options come from the core as you type (products, customers): the
 * core filters, so the select shows what it gets; the chosen option stays listed so its label shows.
 */
import { Select } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

export interface RemoteOption<T> {
  id: number;
  label: string;
  item: T;
}

const DEBOUNCE_MS = 150;

export function RemoteSelect<T>({ label, placeholder, value, onChange, search, nothingFound, autoFocus }: {
  label: string;
  placeholder: string;
  value: RemoteOption<T> | null;
  onChange: (option: RemoteOption<T> | null) => void;
  /** Options for a query; failures show as no options (the field is optional). */
  search: (query: string) => Promise<RemoteOption<T>[]>;
  nothingFound: string;
  autoFocus?: boolean;
}) {
  const [query, setQuery] = useState(value?.label ?? '');
  const [options, setOptions] = useState<RemoteOption<T>[]>([]);
  const latest = useRef(search);
  useEffect(() => { latest.current = search; });

  useEffect(() => {
    const q = query.trim();
    if (q === '' || q === value?.label) return;
    let current = true;
    const timer = setTimeout(() => {
      latest.current(q).then((found) => { if (current) setOptions(found); }, () => { if (current) setOptions([]); });
    }, DEBOUNCE_MS);
    return () => { current = false; clearTimeout(timer); };
  }, [query, value?.label]);

  const listed = value && !options.some((o) => o.id === value.id) ? [value, ...options] : options;
  return (
    <Select label={label} placeholder={placeholder} searchable clearable size="md" data-autofocus={autoFocus || undefined}
      data={listed.map((o) => ({ value: String(o.id), label: o.label }))}
      value={value ? String(value.id) : null}
      searchValue={query} onSearchChange={setQuery}
      filter={({ options: all }) => all}
      nothingFoundMessage={query.trim() && query !== value?.label ? nothingFound : undefined}
      comboboxProps={{ withinPortal: true }}
      onChange={(id) => {
        const chosen = listed.find((o) => String(o.id) === id) ?? null;
        onChange(chosen);
        setQuery(chosen?.label ?? '');
      }} />
  );
}
