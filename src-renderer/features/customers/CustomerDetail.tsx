/**
 * One customer: contact and address, the account (open, overdue, credit limit and what is left of
 * it, payment terms), the actions (edit, record a payment, deactivate), and below the history and
 * the account statement.
 */
import { Alert, Anchor, Badge, Button, Card, Group, Loader, Modal, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCash, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../src-shared/contract/customers';
import { call, refreshQuietly } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { useMoney } from '../counter/useMoney';
import { useSalesNav } from '../sales/nav';
import { CustomerForm } from './CustomerForm';
import { CustomerHistory } from './CustomerHistory';
import { CustomerPaymentDialog } from './CustomerPaymentDialog';
import { CustomerStatement } from './CustomerStatement';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text>{children || '–'}</Text>
    </div>
  );
}

function AccountCard({ customer, onPay }: { customer: Customer; onPay: () => void }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const left = customer.creditLimitCents === null ? null : customer.creditLimitCents - customer.balanceCents;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('customers.detail.balance')}</Text>
        <Text fz={34} fw={800} c={customer.balanceCents > 0 ? 'orange.8' : undefined} data-testid="customer-balance">{money(customer.balanceCents)}</Text>
        {customer.overdueCents > 0 && <Badge color="red" variant="light" size="lg">{t('customers.detail.overdue', { amount: money(customer.overdueCents) })}</Badge>}
        <Text size="sm">
          {customer.onAccount ? t('customers.detail.onAccountYes') : t('customers.detail.onAccountNo')}
          {' · '}
          {customer.paymentTermsDays > 0 ? t('customers.detail.terms', { count: customer.paymentTermsDays }) : t('customers.detail.termsNow')}
        </Text>
        <Text size="sm">
          {left === null ? t('customers.detail.noLimit') : t('customers.detail.limit', { limit: money(customer.creditLimitCents!), left: money(Math.max(0, left)) })}
        </Text>
        <Button mt="xs" mih={44} leftSection={<IconCash size={18} />} disabled={customer.balanceCents <= 0} onClick={onPay}>{t('customers.payment.record')}</Button>
      </Stack>
    </Card>
  );
}

export function CustomerDetail({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const format = useMoney();
  const nav = useSalesNav();
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [paying, setPaying] = useState(false);
  const [tab, setTab] = useState<string>('history');

  const load = useCallback(() => {
    void refreshQuietly(async () => {
      try {
        setCustomer(await call('customers.get', { id: customerId }));
      } catch (e) {
        setError(errorText(t, e));
      }
    });
  }, [customerId, t]);
  useEffect(load, [load]);
  useChanged(['customers'], load);

  async function setActive(active: boolean) {
    try {
      setCustomer(await call('customers.setActive', { id: customerId, active }));
      notifications.show({ color: 'green', message: t(active ? 'customers.detail.reactivated' : 'customers.detail.deactivated') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    }
  }

  if (error) return <Alert color="red">{error}</Alert>;
  if (!customer) return <Loader />;
  const address = [customer.street, [customer.postalCode, customer.city].filter(Boolean).join(' '), customer.countryCode].filter(Boolean).join(', ');
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Button variant="subtle" mih={44} leftSection={<IconArrowLeft size={18} />} onClick={nav.customerList}>{t('customers.detail.back')}</Button>
          <Title order={3} data-testid="customer-title">{t('customers.numbered', { number: customer.number, name: customer.name })}</Title>
          <Badge variant="light">{t(`customers.kinds.${customer.kind}`)}</Badge>
          {!customer.active && <Badge color="gray">{t('customers.inactive')}</Badge>}
        </Group>
        <Group gap="xs">
          <Button variant="default" mih={44} leftSection={<IconPencil size={18} />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>
          {customer.active
            ? <Button variant="light" color="red" mih={44} leftSection={<IconUserOff size={18} />} onClick={() => void setActive(false)}>{t('customers.detail.deactivate')}</Button>
            : <Button variant="light" mih={44} leftSection={<IconUserCheck size={18} />} onClick={() => void setActive(true)}>{t('customers.detail.reactivate')}</Button>}
        </Group>
      </Group>
      {!customer.active && <Alert color="gray">{t('customers.detail.inactiveNote')}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder style={{ gridColumn: 'span 2' }}>
          <SimpleGrid cols={2} spacing="md">
            <Fact label={t('customers.fields.phone')}>{customer.phone && <Anchor href={`tel:${customer.phone}`}>{customer.phone}</Anchor>}</Fact>
            <Fact label={t('customers.fields.email')}>{customer.email && <Anchor href={`mailto:${customer.email}`}>{customer.email}</Anchor>}</Fact>
            <Fact label={t('customers.detail.address')}>{address}</Fact>
            {customer.kind === 'business' && <Fact label={t('customers.fields.contactPerson')}>{customer.contactPerson}</Fact>}
            {customer.kind === 'business' && <Fact label={t('customers.fields.vatId')}>{customer.vatId}</Fact>}
            <Fact label={t('customers.detail.since')}>{format.shortDate(customer.createdAt)}</Fact>
            {customer.note && <Fact label={t('customers.fields.note')}>{customer.note}</Fact>}
          </SimpleGrid>
        </Card>
        <AccountCard customer={customer} onPay={() => setPaying(true)} />
      </SimpleGrid>
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="history">{t('customers.detail.history')}</Tabs.Tab>
          <Tabs.Tab value="statement">{t('customers.detail.statement')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="history" pt="md"><CustomerHistory customerId={customer.id} /></Tabs.Panel>
        <Tabs.Panel value="statement" pt="md"><CustomerStatement customerId={customer.id} /></Tabs.Panel>
      </Tabs>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('customers.form.editTitle', { number: customer.number })} size="lg">
        {editing && <CustomerForm customer={customer} mode="office" canGiveCredit onCancel={() => setEditing(false)} onSaved={(c) => { setCustomer(c); setEditing(false); }} />}
      </Modal>
      {paying && <CustomerPaymentDialog customer={customer} onClose={() => setPaying(false)} />}
    </Stack>
  );
}
