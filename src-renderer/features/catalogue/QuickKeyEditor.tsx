/** The counter's quick keys: page order and visibility, and the keys of each page. */
import { ActionIcon, Alert, Badge, Button, Card, Grid, Group, Select, SimpleGrid, Stack, Switch, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUICK_KEYS_MAX, type ProductSummary, type QuickKeyLayoutPage } from '../../../src-shared/contract/catalogue';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { catalogueErrorText } from './reasons';

function move<T>(list: readonly T[], index: number, by: number): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(Math.max(0, Math.min(next.length, index + by)), 0, item as T);
  return next;
}

export function QuickKeyEditor({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [layout, setLayout] = useState<QuickKeyLayoutPage[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [keys, setKeys] = useState<ProductSummary[]>([]);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<ProductSummary[]>([]);

  const load = useCallback(async () => setLayout(await call('catalogue.quickKeys.layout')), []);
  useEffect(() => void load(), [load]);
  useChanged(['catalogue'], () => void load());

  const page = layout.find((p) => p.categoryId === selected) ?? layout[0];
  useEffect(() => {
    if (!dirty) setKeys(page?.products ?? []);
  }, [page, dirty]);
  useEffect(() => {
    let live = true;
    void call('catalogue.search', { query: search, limit: 20 }).then((r) => live && setFound(r)).catch(() => undefined);
    return () => { live = false; };
  }, [search]);

  async function run(action: () => Promise<QuickKeyLayoutPage[]>) {
    setError(null);
    try {
      setLayout(await action());
      setDirty(false);
      notifications.show({ color: 'green', message: t('catalogue.quickKeys.saved') });
    } catch (e) {
      setError(catalogueErrorText(t, e));
    }
  }

  const savePages = (pages: QuickKeyLayoutPage[]) =>
    run(() => call('catalogue.quickKeys.setPages', { pages: pages.map((p) => ({ categoryId: p.categoryId, hidden: p.hidden })) }));
  const editKeys = (next: ProductSummary[]) => { setKeys(next); setDirty(true); };
  const choose = (categoryId: number) => { setSelected(categoryId); setDirty(false); };

  return (
    <Stack>
      <Text c="dimmed">{t('catalogue.quickKeys.intro')}</Text>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Title order={5} mb="sm">{t('catalogue.quickKeys.pages')}</Title>
            <Stack gap={4}>
              {layout.map((p, index) => (
                <Group key={p.categoryId} gap="xs" wrap="nowrap" p={6}
                  style={{ borderRadius: 8, background: p.categoryId === page?.categoryId ? 'var(--mantine-color-blue-light)' : undefined }}>
                  <UnstyledButton onClick={() => choose(p.categoryId)} style={{ flex: 1, minHeight: 32 }}>
                    <Text fw={500} c={p.hidden ? 'dimmed' : undefined}>{p.name}</Text>
                    <Text size="xs" c="dimmed">{p.hidden ? t('catalogue.quickKeys.hidden') : p.custom ? t('catalogue.quickKeys.custom') : t('catalogue.quickKeys.automatic')} · {p.products.length}</Text>
                  </UnstyledButton>
                  {canManage && (
                    <>
                      <Switch size="sm" checked={!p.hidden} aria-label={`${t('catalogue.quickKeys.visible')}: ${p.name}`}
                        onChange={(e) => void savePages(layout.map((q) => (q.categoryId === p.categoryId ? { ...q, hidden: !e.currentTarget.checked } : q)))} />
                      <ActionIcon variant="subtle" aria-label={t('catalogue.quickKeys.up')} disabled={index === 0} onClick={() => void savePages(move(layout, index, -1))}><IconArrowUp size={16} /></ActionIcon>
                      <ActionIcon variant="subtle" aria-label={t('catalogue.quickKeys.down')} disabled={index === layout.length - 1} onClick={() => void savePages(move(layout, index, 1))}><IconArrowDown size={16} /></ActionIcon>
                    </>
                  )}
                </Group>
              ))}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {page && (
            <Card withBorder>
              <Group justify="space-between" mb="xs">
                <Title order={5}>{page.name}</Title>
                <Badge variant="light">{page.custom || dirty ? t('catalogue.quickKeys.custom') : t('catalogue.quickKeys.automatic')}</Badge>
              </Group>
              <Text size="sm" c="dimmed" mb="sm">{page.custom || dirty ? t('catalogue.quickKeys.keysHint') : t('catalogue.quickKeys.automaticHint')}</Text>
              {keys.length === 0 && <Text c="dimmed">{t('catalogue.quickKeys.empty')}</Text>}
              <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="xs">
                {keys.map((p, index) => (
                  <Card key={p.id} withBorder padding="xs" radius="md">
                    <Text size="sm" fw={500} lineClamp={2} mih={40}>{p.name}</Text>
                    {canManage && (
                      <Group gap={2} justify="flex-end">
                        <ActionIcon size="sm" variant="subtle" aria-label={t('catalogue.quickKeys.up')} disabled={index === 0} onClick={() => editKeys(move(keys, index, -1))}><IconArrowUp size={14} /></ActionIcon>
                        <ActionIcon size="sm" variant="subtle" aria-label={t('catalogue.quickKeys.down')} disabled={index === keys.length - 1} onClick={() => editKeys(move(keys, index, 1))}><IconArrowDown size={14} /></ActionIcon>
                        <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('catalogue.quickKeys.remove')} onClick={() => editKeys(keys.filter((k) => k.id !== p.id))}><IconX size={14} /></ActionIcon>
                      </Group>
                    )}
                  </Card>
                ))}
              </SimpleGrid>
              {canManage && (
                <Stack mt="md" gap="sm">
                  <Select searchable placeholder={t('catalogue.quickKeys.pickProduct')} searchValue={search} onSearchChange={setSearch} value={null}
                    data={found.filter((f) => !keys.some((k) => k.id === f.id)).map((f) => ({ value: String(f.id), label: `${f.name} (${f.sku})` }))}
                    filter={({ options }) => options} disabled={keys.length >= QUICK_KEYS_MAX}
                    onChange={(value) => {
                      const product = found.find((f) => String(f.id) === value);
                      if (product) editKeys([...keys, product]);
                      setSearch('');
                    }} />
                  <Group justify="flex-end">
                    {page.custom && <Button variant="default" onClick={() => void run(() => call('catalogue.quickKeys.setProducts', { categoryId: page.categoryId, productIds: null }))}>{t('catalogue.quickKeys.resetPage')}</Button>}
                    <Button disabled={!dirty} onClick={() => void run(() => call('catalogue.quickKeys.setProducts', { categoryId: page.categoryId, productIds: keys.map((k) => k.id) }))}>{t('catalogue.quickKeys.savePage')}</Button>
                  </Group>
                </Stack>
              )}
            </Card>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
