/** VAT rates: add, rename, retire, reactivate. A rate's percentage is fixed; nothing is deleted. */
import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VatRate } from '../../../src-shared/contract/settings';
import { parsePercent } from '../../../src-shared/money';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { useSettingsStore } from './store';

export function VatRateSettings({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { vatRates, loadVatRates } = useSettingsStore();
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<VatRate | null>(null);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void loadVatRates();
  }, [loadVatRates]);
  useChanged(['vatRates'], () => void loadVatRates());

  async function run(action: () => Promise<unknown>, message: string) {
    setError(null);
    try {
      await action();
      await loadVatRates();
      notifications.show({ color: 'green', message });
      return true;
    } catch (e) {
      setError(errorText(t, e));
      return false;
    }
  }

  return (
    <Stack>
      <Text c="dimmed">{t('settings.vatIntro')}</Text>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Card withBorder padding={0}>
        <Table verticalSpacing="sm" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.rateName')}</Table.Th>
              <Table.Th ta="right">{t('settings.ratePercent')}</Table.Th>
              <Table.Th>{t('settings.rateUsedBy')}</Table.Th>
              <Table.Th>{t('settings.rateStatus')}</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {vatRates.map((rate) => (
              <Table.Tr key={rate.id} data-testid={`vat-rate-${rate.id}`}>
                <Table.Td fw={500}>{rate.name}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{format.percent(rate.rateBasisPoints)}</Table.Td>
                <Table.Td>{rate.usedBy > 0 ? t('settings.rateProducts', { count: rate.usedBy }) : <Text c="dimmed" size="sm" span>{t('settings.rateUnused')}</Text>}</Table.Td>
                <Table.Td>
                  {rate.retiredAt ? <Badge color="gray">{t('settings.rateRetired')}</Badge> : <Badge color="green">{t('settings.rateActive')}</Badge>}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setRenaming(rate)}>{t('settings.rename')}</Button>
                      {rate.retiredAt ? (
                        <Button size="xs" variant="light" onClick={() => void run(() => call('settings.vatRates.reactivate', { id: rate.id }), t('settings.rateReactivated'))}>{t('settings.reactivate')}</Button>
                      ) : (
                        <Button size="xs" variant="light" color="red" onClick={() => void run(() => call('settings.vatRates.retire', { id: rate.id }), t('settings.rateRetiredDone'))}>{t('settings.retire')}</Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {canManage && (
        <Group justify="flex-end">
          <Button onClick={() => setAdding(true)}>{t('settings.addRate')}</Button>
        </Group>
      )}
      <RenameDialog rate={renaming} onClose={() => setRenaming(null)}
        onSave={(name) => run(() => call('settings.vatRates.rename', { id: renaming!.id, name }), t('settings.rateRenamed'))} />
      <AddDialog opened={adding} onClose={() => setAdding(false)}
        onSave={(name, rateBasisPoints) => run(() => call('settings.vatRates.create', { name, rateBasisPoints }), t('settings.rateAdded'))} />
    </Stack>
  );
}

function RenameDialog({ rate, onClose, onSave }: { rate: VatRate | null; onClose(): void; onSave(name: string): Promise<boolean> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  useEffect(() => setName(rate?.name ?? ''), [rate]);
  return (
    <Modal opened={rate !== null} onClose={onClose} title={t('settings.renameTitle')}>
      <form onSubmit={(e) => { e.preventDefault(); void onSave(name).then((ok) => ok && onClose()); }}>
        <Stack>
          <TextInput label={t('settings.rateName')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={40} required data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" disabled={!name.trim()}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function AddDialog({ opened, onClose, onSave }: { opened: boolean; onClose(): void; onSave(name: string, bp: number): Promise<boolean> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [percent, setPercent] = useState('');
  const bp = parsePercent(percent);
  const close = () => { setName(''); setPercent(''); onClose(); };
  return (
    <Modal opened={opened} onClose={close} title={t('settings.addRate')}>
      <form onSubmit={(e) => { e.preventDefault(); if (bp !== null) void onSave(name, bp).then((ok) => ok && close()); }}>
        <Stack>
          <TextInput label={t('settings.rateName')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={40} required data-autofocus />
          <TextInput label={t('settings.ratePercent')} value={percent} onChange={(e) => setPercent(e.currentTarget.value)} rightSection="%"
            error={percent && bp === null ? t('errors.invalidPercent') : null} inputMode="decimal" required />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" disabled={!name.trim() || bp === null}>{t('common.add')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
