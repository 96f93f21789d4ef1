/** Categories: list with product counts, add, rename. (Their order is set with the quick keys.) */
import { Alert, Button, Card, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../src-shared/contract/catalogue';
import { call } from '../../lib/api';
import { catalogueErrorText } from './reasons';
import { useCatalogueStore } from './store';

export function CategoryList({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { categories, loadCategories } = useCatalogueStore();
  const [editing, setEditing] = useState<Category | 'new' | null>(null);

  return (
    <Stack maw={760}>
      <Text c="dimmed">{t('catalogue.categories.intro')}</Text>
      <Card withBorder padding={0}>
        <Table verticalSpacing="sm" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogue.categories.name')}</Table.Th>
              <Table.Th ta="right">{t('catalogue.categories.products')}</Table.Th>
              <Table.Th ta="right">{t('catalogue.categories.activeProducts')}</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.map((c) => (
              <Table.Tr key={c.id} data-testid={`category-${c.id}`}>
                <Table.Td fw={500}>{c.name}</Table.Td>
                <Table.Td ta="right">{c.productCount}</Table.Td>
                <Table.Td ta="right">{c.activeCount}</Table.Td>
                {canManage && (
                  <Table.Td ta="right">
                    <Button size="xs" variant="default" onClick={() => setEditing(c)}>{t('catalogue.categories.rename')}</Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {canManage && (
        <Group justify="flex-end">
          <Button onClick={() => setEditing('new')}>{t('catalogue.categories.add')}</Button>
        </Group>
      )}
      {editing !== null && (
        <CategoryDialog category={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => void loadCategories()} />
      )}
    </Stack>
  );
}

function CategoryDialog({ category, onClose, onSaved }: { category: Category | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(category?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      if (category) await call('catalogue.category.rename', { id: category.id, name });
      else await call('catalogue.category.create', { name });
      notifications.show({ color: 'green', message: t(category ? 'catalogue.categories.renamed' : 'catalogue.categories.added') });
      onSaved();
      onClose();
    } catch (e) {
      setError(catalogueErrorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={category ? t('catalogue.categories.renameTitle') : t('catalogue.categories.add')}>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <TextInput label={t('catalogue.categories.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={60} required data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" disabled={!name.trim()} loading={busy}>{category ? t('common.save') : t('common.add')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
