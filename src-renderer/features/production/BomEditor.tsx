/**
 * Editing a bill of materials: the output quantity, the components with their quantities for it,
 * a note. Saving makes a new version (the core refuses a product in its own bill, also through
 * sub-assemblies, and a component twice); past productions keep what they consumed.
 */
import { Alert, Button, CloseButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../src-shared/contract/catalogue';
import type { Bom } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';
import { parseQuantityInput, useProductionFormat } from './format';
import { ProductSearch } from '../catalogue/ProductSearch';

interface Row { productId: number; name: string; unit: 'piece' | 'kg'; quantity: string }

export function BomEditor({ product, bom, onDone }: { product: Product; bom: Bom | null; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const [output, setOutput] = useState(bom ? f.quantityInput(bom.outputQuantity) : '1');
  const [note, setNote] = useState(bom?.note ?? '');
  const [rows, setRows] = useState<Row[]>(bom?.components.map((c) => ({ productId: c.productId, name: c.name, unit: c.unit, quantity: f.quantityInput(c.quantity) })) ?? []);
  const { busy, error, run } = useCommand();
  const outputQuantity = parseQuantityInput(output);
  const parsed = rows.map((r) => parseQuantityInput(r.quantity));
  const invalid = !outputQuantity || rows.length === 0 || parsed.some((q) => !q);

  async function save() {
    await run(async () => {
      await call('production.bom.save', {
        productId: product.id, outputQuantity: outputQuantity ?? 1000, note,
        components: rows.map((r, i) => ({ productId: r.productId, quantity: parsed[i] ?? 0 })),
      });
      onDone(true);
    });
  }

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput label={t('production.boms.outputLabel', { unit: t(`production.units.${product.unit}`) })} value={output}
          onChange={(e) => setOutput(e.currentTarget.value)} w={200} error={!outputQuantity ? t('production.dialog.quantityInvalid') : undefined} />
        <TextInput label={t('production.boms.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} w={320} />
      </Group>
      <Text size="sm" c="dimmed">{t('production.boms.editorHint')}</Text>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('production.boms.component')}</Table.Th>
            <Table.Th>{t('production.boms.quantity')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.productId}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>
                <TextInput aria-label={t('production.boms.quantityOf', { name: r.name })} value={r.quantity} w={140}
                  rightSection={<Text size="xs" c="dimmed">{t(`production.units.${r.unit}`)}</Text>} rightSectionWidth={40}
                  error={!parsed[i]} onChange={(e) => { const v = e.currentTarget.value; setRows((all) => all.map((x, j) => (j === i ? { ...x, quantity: v } : x))); }} />
              </Table.Td>
              <Table.Td ta="right">
                <CloseButton aria-label={t('production.boms.removeComponent', { name: r.name })} onClick={() => setRows((all) => all.filter((_, j) => j !== i))} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ProductSearch label={t('production.boms.addComponent')} exclude={[product.id, ...rows.map((r) => r.productId)]}
        onPick={(p) => setRows((all) => [...all, { productId: p.id, name: p.name, unit: p.unit, quantity: '1' }])} />
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" mih={44} onClick={() => onDone(false)}>{t('common.cancel')}</Button>
        <Button mih={44} onClick={() => void save()} loading={busy} disabled={invalid}>{bom ? t('production.boms.saveVersion') : t('production.boms.create')}</Button>
      </Group>
    </Stack>
  );
}
