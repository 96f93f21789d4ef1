/** The take-in form's customer: found as you type (name, number, phone); starts with the cart's customer if one is attached. */
import { Button, Group, Text } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../src-shared/contract/customers';
import { call } from '../../lib/api';
import { Typeahead } from '../../lib/Typeahead';

export interface ChosenCustomer { id: number; number: number; name: string; phone: string }

export function CustomerSelect({ value, onChange }: { value: ChosenCustomer | null; onChange: (c: ChosenCustomer | null) => void }) {
  const { t } = useTranslation();
  if (value) {
    return (
      <Group justify="space-between" p="xs" bg="blue.0" style={{ borderRadius: 8 }} data-testid="reception-customer">
        <Group gap="xs"><IconUser size={18} /><Text fw={700}>{t('customers.numbered', { number: value.number, name: value.name })}</Text></Group>
        <Button variant="subtle" mih={44} onClick={() => onChange(null)}>{t('reception.takeIn.customerChange')}</Button>
      </Group>
    );
  }
  return (
    <Typeahead<CustomerSummary> label={t('reception.takeIn.customer')} placeholder={t('reception.takeIn.customerSearch')} width={520}
      listLabel={t('reception.takeIn.customer')} noneText={t('reception.takeIn.customerNone')}
      search={(query) => call('customers.search', { query, limit: 6 })} itemKey={(c) => c.id}
      onPick={(hit) => onChange({ id: hit.id, number: hit.number, name: hit.name, phone: hit.phone })}
      renderItem={(hit) => (
        <div data-testid="reception-customer-hit">
          <Text fw={600}>{hit.name}</Text>
          <Text size="sm" c="dimmed">{[t('customers.numberShort', { number: hit.number }), hit.phone, hit.city].filter(Boolean).join(' · ')}</Text>
        </div>
      )} />
  );
}
