/** Finding a product for a delivery line: search as you type (catalogue search), ↑/↓ + Enter, or click. */
import { Box, Group, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../src-shared/contract/catalogue';
import { call } from '../../lib/api';

export function ProductPicker({ onPick, exclude }: { onPick: (product: ProductSummary) => void; exclude: number[] }) {
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
  // Products already on the delivery are left out (a product appears once per delivery).
  const shown = results.filter((p) => !exclude.includes(p.id));

  function pick(product: ProductSummary | undefined) {
    if (!product) return;
    setQuery('');
    setResults([]);
    onPick(product);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive((i) => Math.min(shown.length - 1, i + 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((i) => Math.max(0, i - 1)); }
    else if (event.key === 'Escape') setQuery('');
    else if (event.key === 'Enter') { event.preventDefault(); pick(shown[active]); }
  }

  return (
    <Box pos="relative" w={420} maw="100%">
      <TextInput label={t('deliveries.form.product')} placeholder={t('deliveries.form.productHint')} leftSection={<IconSearch size={16} />}
        value={query} onChange={(e) => setQuery(e.currentTarget.value)} onKeyDown={onKeyDown} autoComplete="off" maxLength={100} />
      {shown.length > 0 && (
        <Paper withBorder shadow="md" pos="absolute" left={0} right={0} mt={4} p={4} style={{ zIndex: 20, maxHeight: 360, overflowY: 'auto' }}>
          <Stack gap={2} role="listbox" aria-label={t('deliveries.form.product')}>
            {shown.map((product, i) => (
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
