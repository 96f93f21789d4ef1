/**
 * Choosing the document's customer: find as you type (name, number, city …), ↑/↓ + Enter or a
 * click; once chosen, the address and VAT ID the document will print, with a warning when an
 * invoice could not be issued for want of an address.
 */
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Customer, CustomerSummary } from '../../../src-shared/contract/customers';
import { call } from '../../lib/api';
import { Typeahead } from '../../lib/Typeahead';

export function CustomerPicker({ customer, onPick, needsAddress, locked = false }: {
  customer: Customer | null;
  onPick: (customer: Customer | null) => void;
  needsAddress: boolean;
  locked?: boolean;
}) {
  const { t } = useTranslation();
  if (customer) {
    const missing = needsAddress && (!customer.street || !customer.postalCode || !customer.city);
    return (
      <Card withBorder padding="sm" data-testid="salesdocs-customer">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={700}>{customer.name}</Text>
              <Text size="sm" c="dimmed">#{customer.number}</Text>
              {customer.kind === 'business' && <Badge variant="light" size="sm">{t('salesdocs.editor.business')}</Badge>}
            </Group>
            <Text size="sm">{[customer.street, `${customer.postalCode} ${customer.city}`.trim()].filter(Boolean).join(', ')}</Text>
            {customer.vatId && <Text size="sm">{t('salesdocs.detail.buyerVatId', { vatId: customer.vatId })}</Text>}
            {missing && <Text size="sm" c="red.8">{t('salesdocs.editor.noAddress')}</Text>}
          </Stack>
          {!locked && <Button variant="subtle" mih={44} onClick={() => onPick(null)}>{t('salesdocs.editor.customerChange')}</Button>}
        </Group>
      </Card>
    );
  }

  return (
    <Typeahead<CustomerSummary> label={t('salesdocs.editor.customer')} placeholder={t('salesdocs.editor.customerSearch')} width={460} required
      listLabel={t('salesdocs.editor.customer')} noneText={t('salesdocs.editor.customerNone')}
      search={(query) => call('customers.search', { query, limit: 8 })} itemKey={(c) => c.id}
      onPick={(summary) => void call('customers.get', { id: summary.id }).then(onPick)}
      renderItem={(c) => (
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} truncate>{c.name}</Text>
          <Text size="xs" c="dimmed">#{c.number} {c.city}</Text>
        </Group>
      )} />
  );
}
