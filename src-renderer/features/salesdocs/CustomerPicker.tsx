/**
 * Choosing the document's customer: find as you type (name, number, city …), ↑/↓ + Enter or a
 * click; once chosen, the address and VAT ID the document will print, with a warning when an
 * invoice could not be issued for want of an address.
 */
import { Badge, Box, Button, Card, Group, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, CustomerSummary } from '../../../src-shared/contract/customers';
import { call } from '../../lib/api';

export function CustomerPicker({ customer, onPick, needsAddress, locked = false }: {
  customer: Customer | null;
  onPick: (customer: Customer | null) => void;
  needsAddress: boolean;
  locked?: boolean;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CustomerSummary[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return setResults([]);
    let cancelled = false;
    const timer = setTimeout(() => {
      call('customers.search', { query: q, limit: 8 })
        .then((found) => { if (!cancelled) { setResults(found); setActive(0); } })
        .catch(() => { if (!cancelled) setResults([]); });
    }, 80);
    return () => { cancelled = true; clearTimeout(timer); };
  }, [query]);

  async function pick(summary: CustomerSummary | undefined) {
    if (!summary) return;
    setQuery('');
    setResults([]);
    onPick(await call('customers.get', { id: summary.id }));
  }

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

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive((i) => Math.min(results.length - 1, i + 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((i) => Math.max(0, i - 1)); }
    else if (event.key === 'Escape') setQuery('');
    else if (event.key === 'Enter') { event.preventDefault(); void pick(results[active]); }
  }

  return (
    <Box pos="relative" w={460} maw="100%">
      <TextInput label={t('salesdocs.editor.customer')} placeholder={t('salesdocs.editor.customerSearch')} leftSection={<IconSearch size={16} />}
        value={query} onChange={(e) => setQuery(e.currentTarget.value)} onKeyDown={onKeyDown} autoComplete="off" maxLength={100} required />
      {query.trim() !== '' && (
        <Paper withBorder shadow="md" pos="absolute" left={0} right={0} mt={4} p={4} style={{ zIndex: 20, maxHeight: 360, overflowY: 'auto' }}>
          <Stack gap={2} role="listbox" aria-label={t('salesdocs.editor.customer')}>
            {results.length === 0 && <Text c="dimmed" size="sm" p="xs">{t('salesdocs.editor.customerNone')}</Text>}
            {results.map((c, i) => (
              <UnstyledButton key={c.id} role="option" aria-selected={i === active} onClick={() => void pick(c)} onMouseEnter={() => setActive(i)} p="xs" mih={44}
                style={{ borderRadius: 6, background: i === active ? 'var(--mantine-color-blue-0)' : undefined }}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600} truncate>{c.name}</Text>
                  <Text size="xs" c="dimmed">#{c.number} {c.city}</Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </Paper>
      )}
    </Box>
  );
}
