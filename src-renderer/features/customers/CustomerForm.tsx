/**
 * The customer's fields, for the counter's quick create and the back office's dialog. The core
 * checks everything again; its reasons land at the field they name. Before a new customer is
 * saved, customers with the same phone or e-mail are shown: a hint, never a refusal.
 */
import { Alert, Button, Collapse, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, CustomerFields, CustomerKind, CustomerSummary } from '../../../src-shared/contract/customers';
import { formatMoneyInput, parseMoneyInput } from '../../../src-shared/money-input';
import { ApiError, call } from '../../lib/api';
import { errorText } from '../../lib/errors';

const TEXT_KEYS = ['name', 'contactPerson', 'phone', 'email', 'vatId', 'street', 'postalCode', 'city', 'countryCode', 'note'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
const MAX: Record<TextKey, number> = { name: 120, contactPerson: 120, phone: 40, email: 200, vatId: 20, street: 120, postalCode: 20, city: 80, countryCode: 2, note: 500 };

export interface CustomerFormProps {
  customer: Customer | null;
  /** 'counter': the quick form (name, phone, e-mail; more on request); 'office': everything. */
  mode: 'counter' | 'office';
  canGiveCredit: boolean;
  /** What was typed into the search: becomes the name, phone or e-mail of a new customer. */
  prefill?: string;
  onSaved: (customer: Customer) => void;
  onCancel: () => void;
  /** The counter may take an existing customer from the duplicate hint instead. */
  onPickExisting?: (customer: CustomerSummary) => void;
}

function initialText(customer: Customer | null, prefill: string | undefined): Record<TextKey, string> {
  const text = Object.fromEntries(TEXT_KEYS.map((k) => [k, customer ? customer[k] : ''])) as Record<TextKey, string>;
  const typed = prefill?.trim() ?? '';
  if (!customer && typed) {
    if (typed.includes('@')) text.email = typed;
    else if (/^[\d\s+()/.-]+$/.test(typed)) text.phone = typed;
    else text.name = typed;
  }
  return text;
}

export function CustomerForm({ customer, mode, canGiveCredit, prefill, onSaved, onCancel, onPickExisting }: CustomerFormProps) {
  const { t, i18n } = useTranslation();
  const separator = i18n.language === 'en' ? '.' : ',';
  const [kind, setKind] = useState<CustomerKind>(customer?.kind ?? 'person');
  const [text, setText] = useState(() => initialText(customer, prefill));
  const [terms, setTerms] = useState<number | string>(customer?.paymentTermsDays ?? 14);
  const [onAccount, setOnAccount] = useState(customer?.onAccount ?? false);
  const [limit, setLimit] = useState(customer?.creditLimitCents != null ? formatMoneyInput(customer.creditLimitCents, separator) : '');
  const [more, setMore] = useState(mode === 'office' || (customer?.kind ?? 'person') === 'business');
  const [duplicates, setDuplicates] = useState<CustomerSummary[] | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const limitCents = limit.trim() === '' ? null : parseMoneyInput(limit);
  // Credit terms: in the back office, and at the counter for whoever may give credit (a manager), under "more".
  const credit = canGiveCredit && (mode === 'office' || more);
  const set = (key: TextKey) => (value: string) => { setText((v) => ({ ...v, [key]: value })); setDuplicates(null); };

  function input(): CustomerFields {
    const trimmed = Object.fromEntries(TEXT_KEYS.map((k) => [k, text[k].trim()])) as Record<TextKey, string>;
    return {
      ...trimmed, kind, countryCode: trimmed.countryCode.toUpperCase(),
      // Credit terms are set in the back office only; an edit keeps what the customer has.
      ...(credit
        ? { paymentTermsDays: typeof terms === 'number' ? terms : 0, onAccount, creditLimitCents: limitCents }
        : customer ? { paymentTermsDays: customer.paymentTermsDays, onAccount: customer.onAccount, creditLimitCents: customer.creditLimitCents } : {}),
    };
  }

  async function save() {
    setError(null);
    setFieldError(null);
    if (!text.name.trim()) return setFieldError({ field: 'name', text: t('errors.required') });
    if (limit.trim() && limitCents === null) return setFieldError({ field: 'creditLimit', text: t('sell.money.invalid') });
    setBusy(true);
    try {
      // A new customer: the hint about customers with the same phone or e-mail comes first, once.
      if (!customer && duplicates === null) {
        const found = await call('customers.duplicates', { phone: text.phone.trim(), email: text.email.trim() });
        if (found.length > 0) return setDuplicates(found);
      }
      const saved = customer ? await call('customers.update', { id: customer.id, ...input() }) : await call('customers.create', input());
      onSaved(saved);
    } catch (e) {
      const field = e instanceof ApiError ? e.body.details?.field : undefined;
      if (typeof field === 'string') setFieldError({ field, text: errorText(t, e) });
      else setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (field: string) => (fieldError?.field === field ? fieldError.text : undefined);
  const field = (key: TextKey, extra: { required?: boolean; type?: string; autoFocus?: boolean } = {}) => (
    <TextInput label={t(key === 'name' && kind === 'business' ? 'customers.fields.company' : `customers.fields.${key}`)} value={text[key]}
      maxLength={MAX[key]} error={errorOf(key)} onChange={(e) => set(key)(e.currentTarget.value)} data-autofocus={extra.autoFocus || undefined}
      required={extra.required} type={extra.type} size={mode === 'counter' ? 'md' : 'sm'} />
  );

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Stack gap="sm">
        <SegmentedControl value={kind} onChange={(v) => { setKind(v as CustomerKind); if (v === 'business') setMore(true); }} aria-label={t('customers.fields.kind')}
          data={[{ value: 'person', label: t('customers.kinds.person') }, { value: 'business', label: t('customers.kinds.business') }]} />
        {field('name', { required: true, autoFocus: true })}
        <SimpleGrid cols={2}>
          {field('phone', { type: 'tel' })}
          {field('email', { type: 'email' })}
        </SimpleGrid>
        {duplicates && duplicates.length > 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('customers.form.duplicatesTitle')} data-testid="duplicate-hint">
            <Stack gap={4}>
              {duplicates.map((d) => (
                <Group key={d.id} justify="space-between" wrap="nowrap">
                  <Text size="sm">{t('customers.numbered', { number: d.number, name: d.name })} · {[d.phone, d.email].filter(Boolean).join(' · ')}</Text>
                  {onPickExisting && <Button size="xs" variant="light" mih={36} onClick={() => onPickExisting(d)}>{t('customers.form.useExisting')}</Button>}
                </Group>
              ))}
            </Stack>
          </Alert>
        )}
        {mode === 'counter' && !more && (
          <UnstyledButton onClick={() => setMore(true)}><Text size="sm" c="blue">{t('customers.form.more')}</Text></UnstyledButton>
        )}
        <Collapse expanded={more}>
          <Stack gap="sm">
            {kind === 'business' && (
              <SimpleGrid cols={2}>
                {field('contactPerson')}
                {field('vatId')}
              </SimpleGrid>
            )}
            {field('street')}
            <SimpleGrid cols={3}>
              {field('postalCode')}
              {field('city')}
              {field('countryCode')}
            </SimpleGrid>
            {mode === 'office' && <Textarea label={t('customers.fields.note')} value={text.note} maxLength={500} rows={2} onChange={(e) => set('note')(e.currentTarget.value)} />}
          </Stack>
        </Collapse>
        {credit && (
          <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
            <Switch label={t('customers.fields.onAccount')} checked={onAccount} onChange={(e) => setOnAccount(e.currentTarget.checked)} size="md" />
            <SimpleGrid cols={2}>
              <NumberInput label={t('customers.fields.paymentTermsDays')} value={terms} onChange={setTerms} min={0} max={365} allowDecimal={false} allowNegative={false} />
              <TextInput label={t('customers.fields.creditLimit')} description={t('customers.form.creditLimitHint')} value={limit} inputMode="decimal"
                error={errorOf('creditLimit')} onChange={(e) => setLimit(e.currentTarget.value)} />
            </SimpleGrid>
          </Stack>
        )}
        {mode === 'office' && !canGiveCredit && <Text size="sm" c="dimmed">{t('customers.form.creditByOffice')}</Text>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" mih={44} loading={busy} color={duplicates?.length ? 'yellow' : undefined}>
            {duplicates?.length ? t('customers.form.createAnyway') : customer ? t('common.save') : t('customers.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
