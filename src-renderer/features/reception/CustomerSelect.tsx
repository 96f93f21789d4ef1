/** The take-in form's customer: found as you type (name, number, phone); starts with the cart's customer if one is attached. */
import { Alert, Button, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch, IconUser } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../src-shared/contract/customers';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';

export interface ChosenCustomer { id: number; number: number; name: string; phone: string }

export function CustomerSelect({ value, onChange }: { value: ChosenCustomer | null; onChange: (c: ChosenCustomer | null) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<CustomerSummary[]>([]);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const typed = query.trim();
    if (!typed) { setHits([]); return; }
    const ticket = ++latest.current;
    setSearching(true);
    const timer = setTimeout(() => {
      call('customers.search', { query: typed, limit: 6 })
        .then((found) => { if (ticket === latest.current) { setHits(found); setError(null); } })
        .catch((e: unknown) => { if (ticket === latest.current) setError(errorText(t, e)); })
        .finally(() => { if (ticket === latest.current) setSearching(false); });
    }, 120);
    return () => clearTimeout(timer);
  }, [query, t]);

  if (value) {
    return (
      <Group justify="space-between" p="xs" bg="blue.0" style={{ borderRadius: 8 }} data-testid="reception-customer">
        <Group gap="xs"><IconUser size={18} /><Text fw={700}>{t('customers.numbered', { number: value.number, name: value.name })}</Text></Group>
        <Button variant="subtle" mih={44} onClick={() => onChange(null)}>{t('reception.takeIn.customerChange')}</Button>
      </Group>
    );
  }
  return (
    <Stack gap={6}>
      <TextInput label={t('reception.takeIn.customer')} placeholder={t('reception.takeIn.customerSearch')} value={query} maxLength={100} autoComplete="off"
        leftSection={<IconSearch size={16} />} rightSection={searching ? <Loader size="xs" /> : null} onChange={(e) => setQuery(e.currentTarget.value)} />
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {hits.map((hit) => (
        <UnstyledButton key={hit.id} p="xs" mih={44} data-testid="reception-customer-hit" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
          onClick={() => { onChange({ id: hit.id, number: hit.number, name: hit.name, phone: hit.phone }); setQuery(''); }}>
          <Text fw={600}>{hit.name}</Text>
          <Text size="sm" c="dimmed">{[t('customers.numberShort', { number: hit.number }), hit.phone, hit.city].filter(Boolean).join(' · ')}</Text>
        </UnstyledButton>
      ))}
      {query.trim() && !searching && hits.length === 0 && <Text size="sm" c="dimmed">{t('reception.takeIn.customerNone')}</Text>}
    </Stack>
  );
}
