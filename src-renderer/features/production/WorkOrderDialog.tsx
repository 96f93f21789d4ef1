/**
 * A new work order, or the details of an open one: kind (new only), title, fault, the product to
 * make and how many, agreed price or estimate, promised day and (new only) who does it. The
 * customer is taken in at the counter; here it is shown, and kept as it is.
 */
import { Alert, Button, CloseButton, Group, Modal, NativeSelect, SegmentedControl, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_ORDER_KINDS, type WorkOrderDetail, type WorkOrderKind } from '../../../src-shared/contract/production';
import { parseMoneyInput } from '../../../src-shared/money-input';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { centsToInput } from '../counter/money-input';
import { parseQuantityInput, useProductionFormat } from './format';
import { ProductSearch } from '../catalogue/ProductSearch';
import { useProductionStore } from './store';

export function WorkOrderDialog({ order, onClose }: { order?: WorkOrderDetail; onClose: (saved?: WorkOrderDetail) => void }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const assignees = useProductionStore((s) => s.assignees);
  const [kind, setKind] = useState<WorkOrderKind>(order?.kind ?? 'serviceJob');
  const [title, setTitle] = useState(order?.title ?? '');
  const [fault, setFault] = useState(order?.fault ?? '');
  const [product, setProduct] = useState<{ id: number; name: string } | null>(order?.productId ? { id: order.productId, name: order.productName ?? '' } : null);
  const [quantity, setQuantity] = useState(order?.quantity ? f.quantityInput(order.quantity) : '1');
  const [price, setPrice] = useState(order?.priceCents != null ? centsToInput(order.priceCents, f.locale) : '');
  const [estimate, setEstimate] = useState(order?.priceIsEstimate ?? false);
  const [promisedOn, setPromisedOn] = useState(order?.promisedOn ?? '');
  const [assigneeId, setAssigneeId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const priceCents = price.trim() === '' ? null : parseMoneyInput(price);
  const thousandths = product ? parseQuantityInput(quantity) : null;
  const invalid = title.trim() === '' || (price.trim() !== '' && priceCents === null) || (product !== null && !thousandths)
    || (kind === 'stock' && product === null);

  async function save() {
    setBusy(true);
    setError(null);
    const fields = {
      title, fault, priceCents, priceIsEstimate: estimate, promisedOn: promisedOn || null,
      productId: product?.id ?? null, quantity: product ? thousandths : null,
    };
    try {
      const saved = order
        ? await call('production.workOrders.update', { id: order.id, customerId: order.customerId, ...fields })
        : await call('production.workOrders.create', { kind, ...fields, assigneeId: assigneeId ? Number(assigneeId) : null });
      onClose(saved);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={() => onClose()} size="lg" title={order ? t('production.dialog.editTitle', { number: order.number }) : t('production.dialog.newTitle')}>
      <Stack>
        {!order && (
          <SegmentedControl value={kind} onChange={(v) => setKind(v as WorkOrderKind)} aria-label={t('production.fields.kind')}
            data={WORK_ORDER_KINDS.map((k) => ({ value: k, label: t(`production.kinds.${k}`) }))} />
        )}
        {order?.customerName && <Text>{t('production.fields.customer')}: <b>{order.customerName}</b></Text>}
        <TextInput label={t('production.fields.title')} description={t(`production.dialog.titleHint.${kind}`)} value={title}
          onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} required data-autofocus />
        {kind !== 'stock' && (
          <Textarea label={t('production.fields.fault')} value={fault} onChange={(e) => setFault(e.currentTarget.value)} maxLength={2000} rows={3} />
        )}
        {kind !== 'serviceJob' && (
          <Group align="flex-end" wrap="wrap">
            {product ? (
              <TextInput label={t('production.fields.product')} value={product.name} readOnly w={300}
                rightSection={<CloseButton aria-label={t('production.dialog.removeProduct')} onClick={() => setProduct(null)} />} />
            ) : (
              <ProductSearch label={kind === 'stock' ? t('production.fields.productRequired') : t('production.fields.product')} width={300}
                onPick={(p) => setProduct({ id: p.id, name: p.name })} />
            )}
            <TextInput label={t('production.fields.quantity')} value={quantity} onChange={(e) => setQuantity(e.currentTarget.value)} w={120}
              disabled={!product} error={product && !thousandths ? t('production.dialog.quantityInvalid') : undefined} />
          </Group>
        )}
        {kind !== 'stock' && (
          <Group align="flex-end">
            <TextInput label={t('production.fields.price')} value={price} onChange={(e) => setPrice(e.currentTarget.value)} w={160}
              error={price.trim() !== '' && priceCents === null ? t('production.dialog.priceInvalid') : undefined} />
            <Switch label={t('production.fields.estimate')} checked={estimate} onChange={(e) => setEstimate(e.currentTarget.checked)} mb={8} />
          </Group>
        )}
        <TextInput type="date" label={t('production.fields.promisedOn')} value={promisedOn} onChange={(e) => setPromisedOn(e.currentTarget.value)} w={200} />
        {!order && (
          <NativeSelect label={t('production.fields.assignee')} value={assigneeId} onChange={(e) => setAssigneeId(e.currentTarget.value)} w={260}
            data={[{ value: '', label: t('production.board.unassigned') }, ...assignees.filter((a) => a.active).map((a) => ({ value: String(a.id), label: a.name }))]} />
        )}
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button mih={44} onClick={() => void save()} loading={busy} disabled={invalid}>{order ? t('common.save') : t('production.dialog.create')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
