/** Finding a catalogue product to add as a line: search as you type, ↑/↓ + Enter, or click. */
import { Box, Group, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../src-shared/contract/catalogue';
import { call } from '../../lib/api';

export function ProductPicker({ onPick }: { onPick: (product: ProductSummary) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ProductSummary[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return setResults([]);
    let cancelled = false;
    const timer = setTimeout(() => {
      call('catalogue.search', { query: q, limit: 12 })
        .then((found) => { if (!cancelled) { setResults(found); setActive(0); } })
        .catch(() => { if (!cancelled) setResults([]); });
    }, 80);
    return () => { cancelled = true; clearTimeout(timer); };
  }, [query]);

  function pick(product: ProductSummary | undefined) {
    if (!product) return;
    setQuery('');
    setResults([]);
    onPick(product);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive((i) => Math.min(results.length - 1, i + 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((i) => Math.max(0, i - 1)); }
    else if (event.key === 'Escape') setQuery('');
    else if (event.key === 'Enter') { event.preventDefault(); pick(results[active]); }
  }

  return (
    <Box pos="relative" w={420} maw="100%">
      <TextInput label={t('salesdocs.editor.addProduct')} placeholder={t('salesdocs.editor.productPlaceholder')} leftSection={<IconSearch size={16} />}
        value={query} onChange={(e) => setQuery(e.currentTarget.value)} onKeyDown={onKeyDown} autoComplete="off" maxLength={100} />
      {query.trim() !== '' && (
        <Paper withBorder shadow="md" pos="absolute" left={0} right={0} mt={4} p={4} style={{ zIndex: 20, maxHeight: 360, overflowY: 'auto' }}>
          <Stack gap={2} role="listbox" aria-label={t('salesdocs.editor.addProduct')}>
            {results.length === 0 && <Text c="dimmed" size="sm" p="xs">{t('salesdocs.editor.productNone')}</Text>}
            {results.map((product, i) => (
              <UnstyledButton key={product.id} role="option" aria-selected={i === active} onClick={() => pick(product)} onMouseEnter={() => setActive(i)}
                p="xs" mih={44} style={{ borderRadius: 6, background: i === active ? 'var(--mantine-color-blue-0)' : undefined }}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600} truncate>{product.name}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">{product.sku}</Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </Paper>
      )}
    </Box>
  );
}
