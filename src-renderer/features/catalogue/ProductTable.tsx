/** The product table: search as you type, category filter, inactive toggle, pages of 50. */
import { Badge, Button, Card, Group, NativeSelect, Pagination, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../src-shared/contract/catalogue';
import { useFormat } from '../../lib/format';
import { useSettingsStore } from '../settings/store';
import { ProductDialog } from './ProductDialog';
import { PAGE_SIZE, useCatalogueStore } from './store';

export function ProductTable({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const company = useSettingsStore((s) => s.company);
  const format = useFormat(company?.countryCode);
  const currency = company?.currency ?? 'EUR';
  const { query, categoryId, includeInactive, page, items, total, capped, categories, setFilter } = useCatalogueStore();
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('catalogue.search')} placeholder={t('catalogue.searchPlaceholder')} leftSection={<IconSearch size={16} />}
          value={query} onChange={(e) => setFilter({ query: e.currentTarget.value })} maxLength={100} w={340} type="search" data-autofocus
        />
        <NativeSelect
          label={t('catalogue.categoryFilter')} value={categoryId === null ? '' : String(categoryId)} w={220}
          onChange={(e) => setFilter({ categoryId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
          data={[{ value: '', label: t('catalogue.allCategories') }, ...categories.map((c) => ({ value: String(c.id), label: c.name }))]}
        />
        <Switch label={t('catalogue.showInactive')} checked={includeInactive} onChange={(e) => setFilter({ includeInactive: e.currentTarget.checked })} mb={8} />
        {canManage && (
          <Button ml="auto" leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>{t('catalogue.newProduct')}</Button>
        )}
      </Group>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalogue.columns.name')}</Table.Th>
                <Table.Th>{t('catalogue.columns.sku')}</Table.Th>
                <Table.Th>{t('catalogue.columns.category')}</Table.Th>
                <Table.Th ta="right">{t('catalogue.columns.price')}</Table.Th>
                <Table.Th ta="right">{t('catalogue.columns.vat')}</Table.Th>
                <Table.Th>{t('catalogue.columns.unit')}</Table.Th>
                <Table.Th>{t('catalogue.columns.barcodes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id} data-testid={`product-${p.id}`} onClick={() => setEditing(p)} style={{ cursor: 'pointer' }}>
                  <Table.Td fw={500}>
                    <Group gap="xs" wrap="nowrap">
                      <Text span inherit c={p.active ? undefined : 'dimmed'}>{p.name}</Text>
                      {!p.active && <Badge color="gray" size="sm">{t('catalogue.inactive')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td ff="monospace" fz="sm">{p.sku}</Table.Td>
                  <Table.Td>{p.categoryName ?? <Text span c="dimmed" size="sm">{t('catalogue.noCategory')}</Text>}</Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{format.money(p.priceCents, currency)}</Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{format.percent(p.vatRateBasisPoints)}</Table.Td>
                  <Table.Td>{t(`catalogue.units.${p.unit}`)}</Table.Td>
                  <Table.Td ff="monospace" fz="sm">
                    {p.barcodes[0] ?? ''}
                    {p.barcodes.length > 1 && <Badge ml={6} size="sm" variant="light">{t('catalogue.moreBarcodes', { count: p.barcodes.length - 1 })}</Badge>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {items.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('catalogue.empty')}</Text>}
      </Card>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="product-count">
          {capped ? t('catalogue.capped', { count: total }) : t('catalogue.count', { count: total })}
        </Text>
        {pages > 1 && <Pagination total={pages} value={page} onChange={(next) => setFilter({ page: next })} />}
      </Group>
      {editing !== null && (
        <ProductDialog product={editing === 'new' ? null : editing} canManage={canManage} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
