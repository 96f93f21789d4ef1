/** A new delivery, or a planned one being changed: recipient, reference, location, day, note and lines. */
import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery, DeliveryRecipient } from '../../../src-shared/contract/deliveries';
import type { StockLocation } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { today } from './format';
import { LinesEditor, thousandths, type FormLine } from './LinesEditor';

const EMPTY_RECIPIENT: DeliveryRecipient = { name: '', street: '', postalCode: '', city: '', countryCode: 'DE', contact: '', phone: '' };

export function DeliveryForm({ deliveryId, onSaved, onCancel }: { deliveryId: number | null; onSaved: (delivery: Delivery) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [locations, setLocations] = useState<StockLocation[]>([]);
  const [number, setNumber] = useState<number | null>(null);
  const [recipient, setRecipient] = useState<DeliveryRecipient>(EMPTY_RECIPIENT);
  const [reference, setReference] = useState('');
  const [locationId, setLocationId] = useState<number | null>(null);
  const [plannedOn, setPlannedOn] = useState(today());
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<FormLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('stock.locations.list', {}).then(setLocations);
  }, []);
  useEffect(() => {
    if (deliveryId === null) return;
    void call('deliveries.get', { id: deliveryId }).then((d) => {
      setNumber(d.number);
      setRecipient(d.recipient);
      setReference(d.reference);
      setLocationId(d.locationId);
      setPlannedOn(d.plannedOn);
      setNote(d.note);
      setLines(d.lines.map((l) => ({ productId: l.productId, sku: l.sku, name: l.name, unit: l.unit, amount: l.quantity / 1000 })));
    }).catch((e: unknown) => setError(errorText(t, e)));
  }, [deliveryId, t]);

  const field = (key: keyof DeliveryRecipient) => ({
    value: recipient[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setRecipient({ ...recipient, [key]: e.currentTarget.value }),
  });
  const chosenLocation = locationId ?? locations[0]?.id ?? null;
  const complete = ['name', 'street', 'postalCode', 'city'].every((k) => recipient[k as keyof DeliveryRecipient].trim() !== '')
    && /^[A-Z]{2}$/.test(recipient.countryCode) && chosenLocation !== null && plannedOn !== '' && lines.length > 0 && lines.every((l) => thousandths(l) > 0);

  async function save() {
    if (!complete || chosenLocation === null) return setError(t('deliveries.form.missing'));
    setBusy(true);
    setError(null);
    const fields = { recipient, reference, locationId: chosenLocation, plannedOn, note, lines: lines.map((l) => ({ productId: l.productId, quantity: thousandths(l) })) };
    try {
      onSaved(deliveryId === null ? await call('deliveries.create', fields) : await call('deliveries.update', { id: deliveryId, ...fields }));
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={3}>{deliveryId === null ? t('deliveries.form.titleNew') : t('deliveries.form.titleEdit', { number: number ?? '' })}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Title order={4}>{t('deliveries.form.recipient')}</Title>
            <TextInput label={t('deliveries.form.name')} required maxLength={120} {...field('name')} />
            <TextInput label={t('deliveries.form.street')} required maxLength={120} {...field('street')} />
            <Group align="flex-start" wrap="nowrap">
              <TextInput label={t('deliveries.form.postalCode')} required maxLength={20} w={110} {...field('postalCode')} />
              <TextInput label={t('deliveries.form.city')} required maxLength={80} style={{ flex: 1 }} {...field('city')} />
              <TextInput label={t('deliveries.form.countryCode')} required maxLength={2} w={110} value={recipient.countryCode}
                onChange={(e) => setRecipient({ ...recipient, countryCode: e.currentTarget.value.toUpperCase() })} />
            </Group>
            <Group align="flex-start" grow>
              <TextInput label={t('deliveries.form.contact')} maxLength={120} {...field('contact')} />
              <TextInput label={t('deliveries.form.phone')} maxLength={60} {...field('phone')} />
            </Group>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Title order={4}>{t('deliveries.form.delivery')}</Title>
            <TextInput label={t('deliveries.form.reference')} placeholder={t('deliveries.form.referenceHint')} maxLength={60}
              value={reference} onChange={(e) => setReference(e.currentTarget.value)} />
            <Group align="flex-start" grow>
              <NativeSelect label={t('deliveries.form.location')} value={chosenLocation === null ? '' : String(chosenLocation)}
                onChange={(e) => setLocationId(Number(e.currentTarget.value))} data={locations.map((l) => ({ value: String(l.id), label: l.name }))} />
              <TextInput type="date" label={t('deliveries.form.plannedOn')} required value={plannedOn} onChange={(e) => setPlannedOn(e.currentTarget.value)} />
            </Group>
            <Textarea label={t('deliveries.form.note')} maxLength={1000} minRows={3} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          </Stack>
        </Card>
      </SimpleGrid>
      <Title order={4}>{t('deliveries.form.lines')}</Title>
      <LinesEditor lines={lines} onChange={setLines} />
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" mih={44} onClick={onCancel}>{t('deliveries.form.cancel')}</Button>
        <Button mih={44} onClick={() => void save()} loading={busy}>{deliveryId === null ? t('deliveries.form.save') : t('deliveries.form.saveChanges')}</Button>
      </Group>
    </Stack>
  );
}
