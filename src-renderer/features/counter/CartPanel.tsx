/** The cart: one big, readable row per line; the newest line is highlighted and scrolled into view. */
import { ActionIcon, Badge, Box, Center, Group, ScrollArea, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconBarcode, IconMinus, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PricedLine } from '../../../src-shared/pricing';
import { useCartStore, type CartLine, unitPriceOf, priceOf } from './cartStore';
import { useCounterStore } from './counterStore';
import { quantityText } from './money-input';
import { useMoney } from './useMoney';

function LineRow({ line, priced, index }: { line: CartLine; priced: PricedLine; index: number }) {
  const { t } = useTranslation();
  const { money, locale } = useMoney();
  const { highlight, selected, step, remove, select } = useCartStore();
  const open = useCounterStore((s) => s.open);
  const ref = useRef<HTMLDivElement>(null);
  const isHighlighted = highlight === line.key;
  const isSelected = selected === line.key;
  useEffect(() => {
    if (isHighlighted || isSelected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isHighlighted, isSelected, line]);

  const product = line.kind === 'product' ? line : null;
  const name = product ? product.draft.name : t('sell.voucher.line');
  const detail = product
    ? product.draft.unit === 'kg'
      ? t('sell.cart.weighed', { quantity: quantityText(product.quantity, 'kg', locale), price: money(unitPriceOf(product)) })
      : t('sell.cart.pieces', { quantity: quantityText(product.quantity, 'piece', locale), price: money(unitPriceOf(product)) })
    : t('sell.voucher.lineHint');
  const canStep = !!product && product.draft.unit === 'piece' && !product.draft.embedded;
  const discount = priced.lineDiscountCents;

  return (
    <Box ref={ref} data-testid="cart-line" data-highlighted={isHighlighted || undefined} className="counter-line"
      bg={isHighlighted ? 'yellow.0' : isSelected ? 'blue.0' : undefined}
      style={{ borderLeft: `4px solid ${isSelected ? 'var(--mantine-color-blue-6)' : 'transparent'}`, borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group wrap="nowrap" gap="sm" px="md" py={8} mih={60}>
        <Text c="dimmed" w={28} ta="right" size="sm">{index + 1}</Text>
        <UnstyledButton style={{ flex: 1, minWidth: 0 }} onClick={() => { select(line.key); if (product) open('line'); }}>
          <Text fw={600} size="lg" truncate>{name}</Text>
          <Group gap={6}>
            <Text size="sm" c="dimmed">{detail}</Text>
            {product?.priceOverrideCents !== undefined && <Badge size="sm" color="orange" variant="light">{t('sell.cart.overridden')}</Badge>}
            {discount !== 0 && <Badge size="sm" color="green" variant="light">−{money(discount)}</Badge>}
            {product?.draft.embedded && <Badge size="sm" variant="light" color="gray">{t(`sell.cart.embedded.${product.draft.embedded}`)}</Badge>}
          </Group>
        </UnstyledButton>
        {canStep && (
          <Group gap={4} wrap="nowrap">
            <ActionIcon size={44} variant="default" aria-label={t('sell.cart.less')} onClick={() => step(line.key, -1)}><IconMinus size={20} /></ActionIcon>
            <Text fw={700} size="xl" w={40} ta="center" data-testid="line-quantity">{quantityText(product.quantity, 'piece', locale)}</Text>
            <ActionIcon size={44} variant="default" aria-label={t('sell.cart.more')} onClick={() => step(line.key, 1)}><IconPlus size={20} /></ActionIcon>
          </Group>
        )}
        <Text fw={700} size="xl" w={120} ta="right" data-testid="line-total">{money(priced.totalCents + priced.basketDiscountCents)}</Text>
        <ActionIcon size={44} variant="subtle" color="red" aria-label={t('sell.cart.remove')} onClick={() => remove(line.key)}><IconTrash size={20} /></ActionIcon>
      </Group>
    </Box>
  );
}

export function CartPanel() {
  const { t } = useTranslation();
  const lines = useCartStore((s) => s.lines);
  const basketDiscount = useCartStore((s) => s.basketDiscount);
  const priced = priceOf(lines, basketDiscount);
  if (lines.length === 0) {
    return (
      <Center h="100%">
        <Stack align="center" gap="xs" c="dimmed">
          <ThemeIcon size={72} radius="xl" variant="light" color="gray"><IconBarcode size={40} /></ThemeIcon>
          <Text size="xl" fw={600}>{t('sell.cart.empty')}</Text>
          <Text size="sm">{t('sell.cart.emptyHint')}</Text>
        </Stack>
      </Center>
    );
  }
  return (
    <ScrollArea h="100%" type="auto" aria-label={t('sell.cart.title')}>
      {lines.map((line, i) => <LineRow key={line.key} line={line} priced={priced.lines[i]!} index={i} />)}
    </ScrollArea>
  );
}
