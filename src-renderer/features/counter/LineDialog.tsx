/** One line: quantity or weight, line discount, price override (the last two may need a manager). */
import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lineAmount } from '../../../src-shared/quantity';
import { can, useSessionStore } from '../auth/store';
import { askApproval } from './approval';
import { useCartStore, type ProductLine } from './cartStore';
import { useCounterStore } from './counterStore';
import { DiscountFields, discountNeedsApproval, draftOf, parseDiscount } from './discounts';
import { centsToInput, parseMoneyInput, parseWeightInput, quantityText } from './money-input';
import { useMoney } from './useMoney';

function LineForm({ line, onDone }: { line: ProductLine; onDone: () => void }) {
  const { t } = useTranslation();
  const { money, locale } = useMoney();
  const { update, setQuantity, remove } = useCartStore();
  const settings = useCounterStore((s) => s.settings);
  const session = useSessionStore((s) => s.session);
  const weighed = line.draft.unit === 'kg';
  const fixed = !!line.draft.embedded;
  const [pieces, setPieces] = useState<number | string>(line.quantity / 1000);
  const [weight, setWeight] = useState(quantityText(line.quantity, 'kg', locale));
  const [discount, setDiscount] = useState(draftOf(line.discount, locale));
  const [price, setPrice] = useState(line.priceOverrideCents !== undefined ? centsToInput(line.priceOverrideCents, locale) : '');
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const quantity = fixed ? line.quantity : weighed ? parseWeightInput(weight) : typeof pieces === 'number' ? pieces * 1000 : null;
    if (!quantity || quantity <= 0 || !Number.isSafeInteger(quantity)) return setError(t(weighed ? 'sell.line.invalidWeight' : 'sell.line.invalidQuantity'));
    const nextDiscount = parseDiscount(discount);
    if (nextDiscount === undefined) return setError(t('sell.discount.invalid'));
    const override = price.trim() ? parseMoneyInput(price) : undefined;
    if (override === null) return setError(t('sell.money.invalid'));
    const overrideChanged = override !== undefined && override !== line.priceOverrideCents && override !== line.draft.unitPriceCents;
    const base = lineAmount(override ?? line.draft.unitPriceCents, quantity);
    const discountChanged = JSON.stringify(nextDiscount) !== JSON.stringify(line.discount ?? null);
    let approvalId = line.approvalId;
    if (overrideChanged && !can(session, 'counter.priceOverride')) {
      const id = await askApproval('priceOverride');
      if (!id) return;
      approvalId = id;
    } else if (discountChanged && discountNeedsApproval(nextDiscount, base, settings, session)) {
      const id = await askApproval('discount');
      if (!id) return;
      approvalId = id;
    }
    setQuantity(line.key, quantity);
    update(line.key, {
      discount: nextDiscount ?? undefined,
      priceOverrideCents: override === line.draft.unitPriceCents ? undefined : override,
      approvalId,
    });
    onDone();
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Stack>
        <Text c="dimmed">{line.draft.sku} · {money(line.draft.unitPriceCents)}{weighed ? ` / ${t('sell.units.kg')}` : ''}</Text>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {fixed ? (
          <Alert color="gray">{t(`sell.line.fixed.${line.draft.embedded}`)}</Alert>
        ) : weighed ? (
          <TextInput label={t('sell.line.weight')} description={t('sell.line.weightHint')} size="lg" value={weight}
            onChange={(e) => setWeight(e.currentTarget.value)} inputMode="decimal" data-autofocus rightSection={t('sell.units.kg')} />
        ) : (
          <NumberInput label={t('sell.line.quantity')} size="lg" min={1} max={100000} allowDecimal={false} allowNegative={false}
            value={pieces} onChange={setPieces} data-autofocus />
        )}
        <DiscountFields value={discount} onChange={setDiscount} />
        <TextInput label={t('sell.line.priceOverride')} description={t('sell.line.priceOverrideHint')} size="md" value={price}
          placeholder={centsToInput(line.draft.unitPriceCents, locale)} onChange={(e) => setPrice(e.currentTarget.value)} inputMode="decimal" />
        <Group justify="space-between">
          <Button variant="subtle" color="red" onClick={() => { remove(line.key); onDone(); }}>{t('sell.cart.remove')}</Button>
          <Group>
            <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
            <Button type="submit">{t('sell.line.apply')}</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

export function LineDialog() {
  const { t } = useTranslation();
  const { dialog, close } = useCounterStore();
  const line = useCartStore((s) => s.lines.find((l) => l.key === s.selected));
  const opened = dialog === 'line' && line?.kind === 'product';
  return (
    <Modal opened={opened} onClose={close} title={line?.kind === 'product' ? line.draft.name : t('sell.line.title')} size="lg" centered>
      {opened && line.kind === 'product' && <LineForm key={line.key} line={line} onDone={close} />}
    </Modal>
  );
}
