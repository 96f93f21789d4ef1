/** Discount fields (none / percent / amount) and when a discount needs a manager. */
import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../src-shared/contract/auth';
import type { CounterSettings } from '../../../src-shared/contract/sell';
import { parsePercent } from '../../../src-shared/money';
import type { Discount } from '../../../src-shared/pricing';
import { can } from '../auth/store';
import { centsToInput, parseMoneyInput } from './money-input';

export interface DiscountDraft {
  kind: 'none' | 'percent' | 'amount';
  text: string;
}

export function draftOf(discount: Discount | null | undefined, locale: string): DiscountDraft {
  if (!discount) return { kind: 'none', text: '' };
  if (discount.kind === 'percent') {
    const whole = Math.trunc(discount.basisPoints / 100);
    const rest = discount.basisPoints % 100;
    return { kind: 'percent', text: rest ? `${whole}${locale.startsWith('de') ? ',' : '.'}${String(rest).padStart(2, '0')}` : String(whole) };
  }
  return { kind: 'amount', text: centsToInput(discount.cents, locale) };
}

/** undefined: not a valid entry; null: no discount. */
export function parseDiscount(draft: DiscountDraft): Discount | null | undefined {
  if (draft.kind === 'none') return null;
  if (draft.kind === 'percent') {
    const bp = parsePercent(draft.text);
    return bp && bp > 0 ? { kind: 'percent', basisPoints: bp } : undefined;
  }
  const cents = parseMoneyInput(draft.text);
  return cents && cents > 0 ? { kind: 'amount', cents } : undefined;
}

/** A discount above the shop's limit needs a manager, unless the person may give it themselves. */
export function discountNeedsApproval(discount: Discount | null, baseCents: number, settings: CounterSettings | null, session: SessionInfo | null): boolean {
  if (!discount || can(session, 'counter.discount')) return false;
  const limit = settings?.discountLimitBasisPoints ?? 0;
  if (discount.kind === 'percent') return discount.basisPoints > limit;
  return discount.cents * 10_000 > limit * Math.abs(baseCents);
}

export function DiscountFields({ value, onChange, autoFocus }: { value: DiscountDraft; onChange: (next: DiscountDraft) => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const parsed = parseDiscount(value);
  return (
    <Group align="flex-end" wrap="nowrap">
      <SegmentedControl size="md" value={value.kind} onChange={(kind) => onChange({ kind: kind as DiscountDraft['kind'], text: kind === value.kind ? value.text : '' })}
        data={[
          { value: 'none', label: t('sell.discount.none') },
          { value: 'percent', label: t('sell.discount.percent') },
          { value: 'amount', label: t('sell.discount.amount') },
        ]} aria-label={t('sell.discount.kind')} />
      {value.kind !== 'none' && (
        <TextInput style={{ flex: 1 }} size="md" label={value.kind === 'percent' ? t('sell.discount.percentLabel') : t('sell.discount.amountLabel')}
          value={value.text} onChange={(e) => onChange({ ...value, text: e.currentTarget.value })} inputMode="decimal" data-autofocus={autoFocus || undefined}
          error={value.text && parsed === undefined ? t('sell.discount.invalid') : undefined} />
      )}
    </Group>
  );
}
