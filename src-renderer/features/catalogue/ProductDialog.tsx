/** Create or edit a product; deactivate or reactivate it. Read-only for roles without catalogue.manage. */
import { Alert, Badge, Button, Group, Modal, NativeSelect, SegmentedControl, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product, Unit } from '../../../src-shared/contract/catalogue';
import { divideRounded, splitGross } from '../../../src-shared/money';
import { formatMoneyInput, parseMoneyInput } from '../../../src-shared/money-input';
import { ApiError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useSettingsStore } from '../settings/store';
import { catalogueErrorText } from './reasons';
import { useCatalogueStore } from './store';

type Field = 'name' | 'sku' | 'price' | 'cost' | 'barcodes' | 'vatRateId' | 'categoryId';

export function ProductDialog({ product, canManage, onClose }: { product: Product | null; canManage: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { vatRates, company } = useSettingsStore();
  const categories = useCatalogueStore((s) => s.categories);
  const format = useFormat(company?.countryCode);
  const separator = i18n.language === 'en' ? '.' : ',';
  const activeRates = vatRates.filter((r) => r.retiredAt === null || r.id === product?.vatRateId);

  const [name, setName] = useState(product?.name ?? '');
  const [sku, setSku] = useState(product?.sku ?? '');
  const [categoryId, setCategoryId] = useState(product?.categoryId ? String(product.categoryId) : '');
  const [price, setPrice] = useState(product ? formatMoneyInput(product.priceCents, separator) : '');
  const [cost, setCost] = useState(product ? formatMoneyInput(product.costCents, separator) : '');
  const [vatRateId, setVatRateId] = useState(String(product?.vatRateId ?? ''));
  const [unit, setUnit] = useState<Unit>(product?.unit ?? 'piece');
  const [barcodes, setBarcodes] = useState<string[]>(product?.barcodes ?? []);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const rateId = vatRateId || String(activeRates[0]?.id ?? '');
  const rate = vatRates.find((r) => String(r.id) === rateId);
  const priceCents = parseMoneyInput(price);
  const costCents = cost.trim() === '' ? 0 : parseMoneyInput(cost);
  const margin = priceCents !== null && costCents !== null && rate && priceCents > 0
    ? (() => {
      const net = splitGross(priceCents, rate.rateBasisPoints).net;
      return net > 0 ? format.percent(divideRounded((net - costCents) * 10_000, net)) : null;
    })()
    : null;
  const readOnly = !canManage;

  function failed(e: unknown) {
    const text = catalogueErrorText(t, e);
    const field = e instanceof ApiError ? e.body.details?.field : undefined;
    const map: Record<string, Field> = { sku: 'sku', barcodes: 'barcodes', vatRateId: 'vatRateId', categoryId: 'categoryId', name: 'name' };
    if (typeof field === 'string' && map[field]) setErrors({ [map[field]]: text });
    else setError(text);
  }

  async function save() {
    setError(null);
    const local: Partial<Record<Field, string>> = {};
    if (!name.trim()) local.name = t('errors.required');
    if (!sku.trim()) local.sku = t('errors.required');
    if (priceCents === null) local.price = t('catalogue.dialog.invalidMoney');
    if (costCents === null) local.cost = t('catalogue.dialog.invalidMoney');
    setErrors(local);
    if (Object.keys(local).length > 0 || priceCents === null || costCents === null) return;
    const input = {
      sku: sku.trim(), name: name.trim(), categoryId: categoryId ? Number(categoryId) : null, priceCents, costCents,
      vatRateId: Number(rateId), unit, barcodes,
    };
    setBusy(true);
    try {
      if (product) await call('catalogue.product.update', { id: product.id, ...input });
      else await call('catalogue.product.create', input);
      notifications.show({ color: 'green', message: t(product ? 'catalogue.dialog.saved' : 'catalogue.dialog.created') });
      onClose();
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  }

  async function setActive(active: boolean) {
    if (!product) return;
    setBusy(true);
    try {
      await call('catalogue.product.setActive', { id: product.id, active });
      notifications.show({ color: 'green', message: t(active ? 'catalogue.dialog.reactivated' : 'catalogue.dialog.deactivated') });
      onClose();
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  }

  const title = !product ? t('catalogue.dialog.createTitle') : readOnly ? t('catalogue.dialog.viewTitle') : t('catalogue.dialog.editTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); if (!readOnly) void save(); }}>
        <Stack>
          {product && !product.active && <Alert color="gray">{t('catalogue.dialog.inactiveNote')}</Alert>}
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <TextInput label={t('catalogue.dialog.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name}
            maxLength={120} required readOnly={readOnly} data-autofocus />
          <SimpleGrid cols={2}>
            <TextInput label={t('catalogue.dialog.sku')} description={t('catalogue.dialog.skuHint')} value={sku} onChange={(e) => setSku(e.currentTarget.value)}
              error={errors.sku} maxLength={40} required readOnly={readOnly} />
            <NativeSelect label={t('catalogue.dialog.category')} value={categoryId} onChange={(e) => setCategoryId(e.currentTarget.value)} error={errors.categoryId}
              data={[{ value: '', label: t('catalogue.noCategory') }, ...categories.map((c) => ({ value: String(c.id), label: c.name }))]} disabled={readOnly} mt="auto" />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput label={t('catalogue.dialog.price')} value={price} onChange={(e) => setPrice(e.currentTarget.value)} inputMode="decimal" required
              rightSection={<Text size="sm" c="dimmed">{company?.currency ?? ''}</Text>} rightSectionWidth={48}
              error={errors.price ?? (price && priceCents === null ? t('catalogue.dialog.invalidMoney') : null)} readOnly={readOnly}
              description={priceCents !== null ? `${format.money(priceCents, company?.currency ?? 'EUR')} ${t(`catalogue.perUnit.${unit}`)}` : ' '} />
            <NativeSelect label={t('catalogue.dialog.vatRate')} value={rateId} onChange={(e) => setVatRateId(e.currentTarget.value)} error={errors.vatRateId}
              data={activeRates.map((r) => ({ value: String(r.id), label: `${r.name} (${format.percent(r.rateBasisPoints)})` }))} disabled={readOnly} description=" " />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput label={t('catalogue.dialog.cost')} value={cost} onChange={(e) => setCost(e.currentTarget.value)} inputMode="decimal"
              rightSection={<Text size="sm" c="dimmed">{company?.currency ?? ''}</Text>} rightSectionWidth={48}
              error={errors.cost ?? (cost && costCents === null ? t('catalogue.dialog.invalidMoney') : null)} readOnly={readOnly}
              description={margin ? t('catalogue.dialog.margin', { percent: margin }) : ' '} />
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('catalogue.dialog.unit')}</Text>
              <SegmentedControl value={unit} onChange={(v) => setUnit(v as Unit)} disabled={readOnly}
                data={[{ value: 'piece', label: t('catalogue.units.piece') }, { value: 'kg', label: t('catalogue.units.kg') }]} />
            </Stack>
          </SimpleGrid>
          <TagsInput label={t('catalogue.dialog.barcodes')} description={t('catalogue.dialog.barcodesHint')} value={barcodes}
            onChange={(v) => setBarcodes(v.map((c) => c.trim()).filter(Boolean))} error={errors.barcodes} splitChars={[',', ' ']}
            maxTags={20} readOnly={readOnly} clearable={!readOnly} />
          <Group justify="space-between" mt="sm">
            <Group gap="xs">
              {product && canManage && (product.active
                ? <Button variant="light" color="red" onClick={() => void setActive(false)} disabled={busy}>{t('catalogue.dialog.deactivate')}</Button>
                : <Button variant="light" onClick={() => void setActive(true)} disabled={busy}>{t('catalogue.dialog.reactivate')}</Button>)}
              {product && <Badge color={product.active ? 'green' : 'gray'} variant="light">{t(product.active ? 'catalogue.active' : 'catalogue.inactive')}</Badge>}
            </Group>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>{readOnly ? t('common.close') : t('common.cancel')}</Button>
              {!readOnly && <Button type="submit" loading={busy}>{t('common.save')}</Button>}
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
