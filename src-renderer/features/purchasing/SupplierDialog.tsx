/** Creating or editing a supplier: contact, address, customer number there, payment terms, note. */
import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Supplier } from '../../../src-shared/contract/purchasing';
import { call } from '../../lib/api';
import { errorText, fieldErrors } from '../../lib/errors';

const TEXT_FIELDS = [
  ['name', 120], ['contactPerson', 120], ['email', 200], ['phone', 60], ['street', 120], ['postalCode', 20], ['city', 80],
  ['countryCode', 2], ['vatId', 30], ['customerNumber', 60],
] as const;
type TextField = (typeof TEXT_FIELDS)[number][0];

export function SupplierDialog({ supplier, onClose, onSaved }: { supplier: Supplier | null; onClose: () => void; onSaved?: (s: Supplier) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<TextField, string>>(() => Object.fromEntries(
    TEXT_FIELDS.map(([key]) => [key, supplier ? supplier[key] : key === 'countryCode' ? 'DE' : '']),
  ) as Record<TextField, string>);
  const [paymentTermsDays, setPaymentTermsDays] = useState<number | string>(supplier?.paymentTermsDays ?? 14);
  const [note, setNote] = useState(supplier?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function save() {
    setBusy(true);
    setError(null);
    setFields({});
    const input = {
      ...Object.fromEntries(TEXT_FIELDS.map(([key]) => [key, values[key].trim()])) as Record<TextField, string>,
      countryCode: values.countryCode.trim().toUpperCase(),
      paymentTermsDays: typeof paymentTermsDays === 'number' ? paymentTermsDays : 0,
      note: note.trim(),
    };
    try {
      const saved = supplier ? await call('purchasing.suppliers.update', { id: supplier.id, ...input }) : await call('purchasing.suppliers.create', input);
      onSaved?.(saved);
      onClose();
    } catch (e) {
      setFields(fieldErrors(e));
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: TextField, max: number, extra: { required?: boolean; type?: string } = {}) => (
    <TextInput key={key} label={t(`purchasing.suppliers.fields.${key}`)} value={values[key]} maxLength={max} {...extra}
      error={fields[key] ? t('purchasing.suppliers.invalid') : undefined}
      onChange={(e) => { const v = e.currentTarget.value; setValues((current) => ({ ...current, [key]: v })); }} />
  );

  return (
    <Modal opened onClose={onClose} size="lg" title={supplier ? t('purchasing.suppliers.editTitle', { name: supplier.name }) : t('purchasing.suppliers.newTitle')}>
      <Stack>
        {field('name', 120, { required: true })}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field('contactPerson', 120)}
          {field('customerNumber', 60)}
          {field('email', 200, { type: 'email' })}
          {field('phone', 60)}
        </SimpleGrid>
        {field('street', 120)}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {field('postalCode', 20)}
          {field('city', 80)}
          {field('countryCode', 2)}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field('vatId', 30)}
          <NumberInput label={t('purchasing.suppliers.fields.paymentTermsDays')} value={paymentTermsDays} onChange={setPaymentTermsDays}
            min={0} max={365} allowDecimal={false} allowNegative={false} />
        </SimpleGrid>
        <Textarea label={t('purchasing.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} rows={2} />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('common.cancel')}</Button>
          <Button mih={44} loading={busy} disabled={values.name.trim() === ''} onClick={() => void save()}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
