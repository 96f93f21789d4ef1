/** The catalogue tab: products, categories, the counter's quick keys, CSV import and export. */
import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useChanged } from '../../lib/useChanged';
import { can, useSessionStore } from '../auth/store';
import { useSettingsStore } from '../settings/store';
import { CategoryList } from './CategoryList';
import { CsvPanel } from './CsvPanel';
import { ProductTable } from './ProductTable';
import { QuickKeyEditor } from './QuickKeyEditor';
import { useCatalogueStore } from './store';

export function CataloguePage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const manage = can(session, 'catalogue.manage');
  const { loadProducts, loadCategories } = useCatalogueStore();
  const { loadVatRates, loadCompany } = useSettingsStore();

  useEffect(() => {
    void loadProducts();
    void loadCategories();
    void loadVatRates();
    void loadCompany();
  }, [loadProducts, loadCategories, loadVatRates, loadCompany]);
  useChanged(['catalogue'], () => {
    void loadProducts();
    void loadCategories();
  });
  useChanged(['vatRates'], () => void loadVatRates());

  return (
    <Stack maw={1280}>
      <Title order={2}>{t('catalogue.title')}</Title>
      {!manage && <Alert color="gray">{t('catalogue.readOnly')}</Alert>}
      <Tabs defaultValue="products" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="products">{t('catalogue.tabs.products')}</Tabs.Tab>
          <Tabs.Tab value="categories">{t('catalogue.tabs.categories')}</Tabs.Tab>
          <Tabs.Tab value="quickKeys">{t('catalogue.tabs.quickKeys')}</Tabs.Tab>
          <Tabs.Tab value="csv">{t('catalogue.tabs.csv')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="products" pt="lg"><ProductTable canManage={manage} /></Tabs.Panel>
        <Tabs.Panel value="categories" pt="lg"><CategoryList canManage={manage} /></Tabs.Panel>
        <Tabs.Panel value="quickKeys" pt="lg"><QuickKeyEditor canManage={manage} /></Tabs.Panel>
        <Tabs.Panel value="csv" pt="lg"><CsvPanel canManage={manage} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
