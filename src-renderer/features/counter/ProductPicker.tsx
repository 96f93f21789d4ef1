/**
 * Finding items without a barcode: the search box (F2; results as you type, ↑/↓ + Enter) and,
 * while it is empty, the quick-key grid (category tabs → product tiles).
 */
import { Alert, Box, CloseButton, Group, Kbd, ScrollArea, SimpleGrid, Stack, Tabs, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductSummary, QuickKeyPage } from '../../../src-shared/contract/catalogue';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { addProduct, scanCode } from './scan';
import { useMoney } from './useMoney';

export const SEARCH_ID = 'counter-search';

function ProductTile({ product, onPick, active }: { product: ProductSummary; onPick: () => void; active?: boolean }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  return (
    <UnstyledButton onClick={onPick} className="counter-tile" data-active={active || undefined} mih={64} p="xs"
      style={{ border: `1px solid var(--mantine-color-${active ? 'blue-5' : 'gray-3'})`, borderRadius: 8, background: active ? 'var(--mantine-color-blue-0)' : 'white' }}>
      <Text fw={600} size="sm" lineClamp={2}>{product.name}</Text>
      <Text size="sm" c="dimmed">{money(product.priceCents)}{product.unit === 'kg' ? ` / ${t('sell.units.kg')}` : ''}</Text>
    </UnstyledButton>
  );
}

function QuickKeys() {
  const { t } = useTranslation();
  const [pages, setPages] = useState<QuickKeyPage[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [tab, setTab] = useState<string | null>(null);
  const load = () => call('catalogue.quickKeys.get', {}).then((p) => { setPages(p); setFailed(false); }).catch(() => setFailed(true));
  useEffect(() => {
    void load();
  }, []);
  useChanged(['catalogue'], () => void load());
  if (failed) return <Alert color="gray">{t('sell.quickKeys.unavailable')}</Alert>;
  if (!pages) return null;
  if (pages.length === 0) return <Text c="dimmed" size="sm">{t('sell.quickKeys.none')}</Text>;
  const current = tab ?? String(pages[0]!.categoryId);
  return (
    <Tabs value={current} onChange={setTab} variant="pills" keepMounted={false} style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
      <ScrollArea type="hover" scrollbarSize={4} style={{ flexShrink: 0 }}>
        <Tabs.List style={{ flexWrap: 'nowrap' }}>
          {pages.map((page) => <Tabs.Tab key={page.categoryId} value={String(page.categoryId)} mih={40}>{page.name}</Tabs.Tab>)}
        </Tabs.List>
      </ScrollArea>
      {pages.map((page) => (
        <Tabs.Panel key={page.categoryId} value={String(page.categoryId)} pt="xs" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto">
            <SimpleGrid cols={3} spacing={6} verticalSpacing={6}>
              {page.products.map((product) => <ProductTile key={product.id} product={product} onPick={() => void addProduct(t, product.id)} />)}
            </SimpleGrid>
          </ScrollArea>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

export function ProductPicker() {
  const { t } = useTranslation();
  const { money } = useMoney();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ProductSummary[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return setResults([]);
    let cancelled = false;
    const timer = setTimeout(() => {
      call('catalogue.search', { query: q, limit: 20 })
        .then((found) => { if (!cancelled) { setResults(found); setActive(0); } })
        .catch(() => { if (!cancelled) setResults([]); });
    }, 80);
    return () => { cancelled = true; clearTimeout(timer); };
  }, [query]);

  function pick(product: ProductSummary | undefined) {
    if (!product) return;
    setQuery('');
    void addProduct(t, product.id);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive((i) => Math.min(results.length - 1, i + 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((i) => Math.max(0, i - 1)); }
    else if (event.key === 'Escape') { setQuery(''); event.currentTarget.blur(); }
    else if (event.key === 'Enter') {
      event.preventDefault();
      const code = query.trim();
      // A scanner (or a typed code) while the search box has focus.
      if (/^\d{8,14}$/.test(code) || (/^\d+$/.test(code) && results.length === 0)) {
        setQuery('');
        void scanCode(t, code);
      } else pick(results[active]);
    }
  }

  return (
    <Stack gap="xs" style={{ flex: 1, minHeight: 0 }}>
      <TextInput id={SEARCH_ID} size="lg" leftSection={<IconSearch size={20} />} placeholder={t('sell.search.placeholder')}
        aria-label={t('sell.search.label')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} onKeyDown={onKeyDown}
        autoComplete="off"
        rightSectionWidth={query ? 40 : 52}
        rightSection={query ? <CloseButton aria-label={t('common.close')} onClick={() => setQuery('')} /> : <Kbd size="xs">F2</Kbd>} />
      {query.trim() ? (
        <ScrollArea style={{ flex: 1 }} type="auto">
          <Stack gap={4} role="listbox" aria-label={t('sell.search.results')}>
            {results.length === 0 && <Text c="dimmed" size="sm" p="xs">{t('sell.search.none')}</Text>}
            {results.map((product, i) => (
              <UnstyledButton key={product.id} role="option" aria-selected={i === active} onClick={() => pick(product)} onMouseEnter={() => setActive(i)}
                p="xs" mih={48} style={{ borderRadius: 8, background: i === active ? 'var(--mantine-color-blue-0)' : undefined }}>
                <Group justify="space-between" wrap="nowrap">
                  <Box style={{ minWidth: 0 }}>
                    <Text fw={600} truncate>{product.name}</Text>
                    <Text size="xs" c="dimmed">{product.sku}{product.barcodes[0] ? ` · ${product.barcodes[0]}` : ''}</Text>
                  </Box>
                  <Text fw={600}>{money(product.priceCents)}{product.unit === 'kg' ? ` / ${t('sell.units.kg')}` : ''}</Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea>
      ) : (
        <QuickKeys />
      )}
    </Stack>
  );
}
