/**
 * Finding a catalogue product to add somewhere (an order, a delivery, a document, a bill of
 * materials …): search as you type, ↑/↓ + Enter, or click. Products already there are shown
 * greyed out and cannot be picked again.
 */
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../src-shared/contract/catalogue';
import { call } from '../../lib/api';
import { Typeahead } from '../../lib/Typeahead';

export function ProductSearch({ label, onPick, exclude = [], width }: {
  label: string;
  onPick: (product: ProductSummary) => void;
  /** Ids of products that are already on the list. */
  exclude?: number[];
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <Typeahead<ProductSummary> label={label} width={width} onPick={onPick}
      placeholder={t('catalogue.productSearch.placeholder')} listLabel={t('catalogue.productSearch.results')} noneText={t('catalogue.productSearch.none')}
      search={(query) => call('catalogue.search', { query, limit: 12 })} itemKey={(p) => p.id} canPick={(p) => !exclude.includes(p.id)}
      renderItem={(product, pickable) => (
        <>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600} truncate>{product.name}</Text>
            <Text size="xs" c="dimmed" ff="monospace">{product.sku}</Text>
          </Group>
          {!pickable && <Text size="xs" c="dimmed">{t('catalogue.productSearch.already')}</Text>}
        </>
      )} />
  );
}
