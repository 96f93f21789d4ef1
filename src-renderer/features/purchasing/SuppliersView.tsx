/** Suppliers: search, open orders and open payables at a glance, create one; a row opens the supplier. */
import { Badge, Button, Card, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierSummary } from '../../../src-shared/contract/purchasing';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { usePurchasingFormat } from './format';
import { usePurchasingNav } from './nav';
import { SupplierDetail } from './SupplierDetail';
import { SupplierDialog } from './SupplierDialog';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function SupplierList({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const nav = usePurchasingNav();
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [suppliers, setSuppliers] = useState<SupplierSummary[]>([]);
  const [creating, setCreating] = useState(false);
  const load = useCallback(() => {
    void refreshQuietly(async () => setSuppliers(await call('purchasing.suppliers.list', { search: search.trim(), includeInactive })));
  }, [search, includeInactive]);
  useEffect(load, [load]);
  useChanged(['purchasing'], load);

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('purchasing.suppliers.search')} leftSection={<IconSearch size={16} />} value={search} maxLength={100} w={340} type="search"
          onChange={(e) => setSearch(e.currentTarget.value)} />
        <Switch label={t('purchasing.suppliers.showInactive')} checked={includeInactive} mb={8} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
        {canManage && <Button ml="auto" mih={44} leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>{t('purchasing.suppliers.new')}</Button>}
      </Group>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover aria-label={t('purchasing.tabs.suppliers')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.suppliers.fields.name')}</Table.Th>
                <Table.Th>{t('purchasing.suppliers.fields.customerNumber')}</Table.Th>
                <Table.Th>{t('purchasing.suppliers.contact')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.suppliers.openOrders')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.suppliers.openPayable')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {suppliers.map((s) => (
                <Table.Tr key={s.id} data-testid={`supplier-row-${s.id}`} onClick={() => nav.openSupplier(s.id)} style={{ cursor: 'pointer' }}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button variant="subtle" size="compact-md" mih={44} px={6} fw={600} onClick={(e) => { e.stopPropagation(); nav.openSupplier(s.id); }}>{s.name}</Button>
                      {!s.active && <Badge color="gray" size="sm">{t('purchasing.suppliers.inactive')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td ff="monospace" fz="sm">{s.customerNumber}</Table.Td>
                  <Table.Td fz="sm">{[s.email, s.phone].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td ta="right" style={num}>{s.openOrders}</Table.Td>
                  <Table.Td ta="right" style={num} c={s.openPayableCents > 0 ? undefined : 'dimmed'}>{format.money(s.openPayableCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {suppliers.length === 0 && <Text c="dimmed" p="lg" ta="center">{search.trim() ? t('purchasing.suppliers.noMatch') : t('purchasing.suppliers.empty')}</Text>}
      </Card>
      {creating && <SupplierDialog supplier={null} onClose={() => setCreating(false)} onSaved={(s) => nav.openSupplier(s.id)} />}
    </Stack>
  );
}

export function SuppliersView({ canManage }: { canManage: boolean }) {
  const nav = usePurchasingNav();
  return nav.supplierId !== null ? <SupplierDetail key={nav.supplierId} supplierId={nav.supplierId} canManage={canManage} /> : <SupplierList canManage={canManage} />;
}
