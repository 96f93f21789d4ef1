/**
 * The sale's customer at the counter: a button in the cart's header (F1) opens a dialog to find
 * one as you type (name, number, phone, e-mail) or create one in a few fields; the attached
 * customer shows in the header with their open balance and can be detached.
 */
import { ActionIcon, Alert, Badge, Button, Group, Kbd, Loader, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch, IconUser, IconUserPlus, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, CustomerSummary } from '../../../src-shared/contract/customers';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { can, useSessionStore } from '../auth/store';
import { CustomerForm } from '../customers/CustomerForm';
import { useCartStore } from './cartStore';
import { useCounterStore } from './counterStore';
import { useMoney } from './useMoney';

/** In the cart's header: the button to choose the sale's customer (F1); nothing once one is attached. */
export function CustomerChip() {
  const { t } = useTranslation();
  const customer = useCartStore((s) => s.customer);
  const open = useCounterStore((s) => s.open);
  if (customer) return null;
  return (
    <Button variant="default" size="sm" mih={44} leftSection={<IconUserPlus size={18} />} rightSection={<Kbd size="xs">F1</Kbd>} onClick={() => open('customer')}>
      {t('customers.counter.button')}
    </Button>
  );
}

/** Under the cart's header while a customer is attached: who, what they owe, whether on account; change or detach. */
export function CustomerBar() {
  const { t } = useTranslation();
  const { money } = useMoney();
  const customer = useCartStore((s) => s.customer);
  const setCustomer = useCartStore((s) => s.setCustomer);
  const open = useCounterStore((s) => s.open);
  if (!customer) return null;
  return (
    <Group gap="xs" wrap="nowrap" px="md" py={4} bg="blue.0" data-testid="cart-customer" style={{ borderBottom: '1px solid var(--mantine-color-blue-2)' }}>
      <IconUser size={20} color="var(--mantine-color-blue-7)" />
      <UnstyledButton onClick={() => open('customer')} style={{ flex: 1, minWidth: 0 }} mih={44} aria-label={t('customers.counter.change')}>
        <Text fw={700} truncate>{t('customers.numbered', { number: customer.number, name: customer.name })}</Text>
      </UnstyledButton>
      {customer.balanceCents !== 0 && <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>{t('customers.counter.owes', { amount: money(customer.balanceCents) })}</Badge>}
      {customer.onAccount && <Badge color="teal" variant="light" style={{ flexShrink: 0 }}>{t('customers.counter.onAccount')}</Badge>}
      <ActionIcon size={44} variant="subtle" color="gray" aria-label={t('customers.counter.detach')} onClick={() => setCustomer(null)}><IconX size={18} /></ActionIcon>
    </Group>
  );
}

function Hit({ hit, active, onPick }: { hit: CustomerSummary; active: boolean; onPick: () => void }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  return (
    <UnstyledButton onClick={onPick} p="sm" data-testid="customer-hit" bg={active ? 'blue.0' : undefined}
      style={{ borderRadius: 8, border: '1px solid var(--mantine-color-gray-3)', minHeight: 56 }}>
      <Group justify="space-between" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} truncate>{hit.name}</Text>
          <Text size="sm" c="dimmed" truncate>
            {[t('customers.numberShort', { number: hit.number }), hit.contactPerson, hit.phone, hit.email, hit.city].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          {!hit.active && <Badge color="gray" variant="light">{t('customers.inactive')}</Badge>}
          {hit.onAccount && <Badge color="teal" variant="light">{t('customers.counter.onAccount')}</Badge>}
          {hit.balanceCents !== 0 && <Badge color="orange" variant="light">{money(hit.balanceCents)}</Badge>}
        </Group>
      </Group>
    </UnstyledButton>
  );
}

function FindOrCreate({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const setCustomer = useCartStore((s) => s.setCustomer);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<CustomerSummary[]>([]);
  const [searching, setSearching] = useState(false);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const typed = query.trim();
    if (!typed) { setHits([]); return; }
    const ticket = ++latest.current;
    setSearching(true);
    // A short pause lets a fast typist finish the word; only the newest answer is shown.
    const timer = setTimeout(() => {
      call('customers.search', { query: typed, limit: 8 })
        .then((found) => { if (ticket === latest.current) { setHits(found); setError(null); } })
        .catch((e: unknown) => { if (ticket === latest.current) setError(errorText(t, e)); })
        .finally(() => { if (ticket === latest.current) setSearching(false); });
    }, 120);
    return () => clearTimeout(timer);
  }, [query, t]);

  async function attach(customerId: number) {
    try {
      setCustomer(await call('customers.get', { id: customerId }));
      onDone();
    } catch (e) {
      setError(errorText(t, e));
    }
  }
  const attachCreated = (customer: Customer) => { setCustomer(customer); onDone(); };

  if (creating) {
    return (
      <CustomerForm customer={null} mode="counter" canGiveCredit={can(session, 'sales.manage')} prefill={query} onSaved={attachCreated}
        onCancel={() => setCreating(false)} onPickExisting={(c) => void attach(c.id)} />
    );
  }
  return (
    <Stack gap="sm">
      <TextInput size="lg" label={t('customers.counter.searchLabel')} placeholder={t('customers.counter.searchPlaceholder')} value={query} data-autofocus
        leftSection={<IconSearch size={18} />} rightSection={searching ? <Loader size="xs" /> : null} autoComplete="off" maxLength={100}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => { if (e.key === 'Enter' && hits[0]) { e.preventDefault(); void attach(hits[0].id); } }} />
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Stack gap={6} aria-label={t('customers.counter.results')} role="list">
        {hits.map((hit, i) => <Hit key={hit.id} hit={hit} active={i === 0} onPick={() => void attach(hit.id)} />)}
      </Stack>
      {query.trim() && !searching && hits.length === 0 && <Text c="dimmed">{t('customers.counter.none')}</Text>}
      <Group justify="space-between">
        <Button variant="default" mih={48} onClick={onDone}>{t('common.cancel')} <Kbd size="xs" ml={8}>Esc</Kbd></Button>
        <Button mih={48} leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>{t('customers.counter.create')}</Button>
      </Group>
    </Stack>
  );
}

export function CustomerDialog() {
  const { t } = useTranslation();
  const { dialog, close } = useCounterStore();
  return (
    <Modal opened={dialog === 'customer'} onClose={close} title={t('customers.counter.title')} size="lg" centered>
      {dialog === 'customer' && <FindOrCreate onDone={close} />}
    </Modal>
  );
}
