/** Stock locations: add one, rename one. A location with moves is never deleted, so there is no delete. */
import { Alert, Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLocation } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';

function NameForm({ initial, label, onSave }: { initial: string; label: string; onSave: (name: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  async function save() {
    setError(null);
    try {
      await onSave(name);
      if (!initial) setName('');
    } catch (e) {
      setError(errorText(t, e));
    }
  }
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <TextInput aria-label={label} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={60} w={260} />
        <Button variant="light" mih={44} onClick={() => void save()} disabled={name.trim() === '' || name.trim() === initial}>{label}</Button>
      </Group>
      {error && <Alert color="red" py={6}>{error}</Alert>}
    </Stack>
  );
}

export function LocationsPanel({ locations, canManage }: { locations: StockLocation[]; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack maw={760}>
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stock.location')}</Table.Th>
              <Table.Th ta="right">{t('stock.locations.moves')}</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {locations.map((l) => (
              <Table.Tr key={l.id} data-testid={`location-${l.id}`}>
                <Table.Td fw={500}>{l.name}{l.role === 'shop' && <Text span c="dimmed" size="sm"> · {t('stock.locations.sellsHere')}</Text>}</Table.Td>
                <Table.Td ta="right">{l.moves}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <NameForm initial={l.name} label={t('stock.locations.rename')} onSave={(name) => call('stock.locations.rename', { id: l.id, name })} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {canManage && <NameForm initial="" label={t('stock.locations.create')} onSave={(name) => call('stock.locations.create', { name })} />}
    </Stack>
  );
}
