/** From a code or a product to a cart line: look it up in the core, add it, or say why not. */
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { parseBarcode } from '../../../src-shared/barcode';
import type { CartLineDraft } from '../../../src-shared/contract/sell';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { warningBeep } from './beep';
import { useCartStore } from './cartStore';
import { useCounterStore } from './counterStore';

function refuse(t: TFunction, message: string) {
  warningBeep();
  notifications.show({ color: 'red', title: t('sell.scan.failed'), message, autoClose: 4000 });
}

function addDraft(draft: CartLineDraft) {
  const key = useCartStore.getState().add(draft);
  // A weighed item without a scale code needs its weight typed in.
  if (draft.unit === 'kg' && !draft.embedded) {
    useCartStore.getState().select(key);
    useCounterStore.getState().open('line');
  }
}

export async function scanCode(t: TFunction, raw: string): Promise<boolean> {
  const code = raw.trim();
  if (!code) return false;
  const prefixes = useCounterStore.getState().settings?.embeddedPrefixes;
  const parsed = parseBarcode(code, prefixes);
  if (parsed.kind === 'invalid') {
    refuse(t, t(`sell.scan.invalid.${parsed.reason}`, { code }));
    return false;
  }
  try {
    addDraft(await call('counter.lookup', { code }));
    return true;
  } catch (e) {
    const notFound = e instanceof Error && 'code' in e && (e as { code: string }).code === 'NOT_FOUND';
    refuse(t, notFound ? t('sell.scan.unknown', { code }) : errorText(t, e));
    return false;
  }
}

export async function addProduct(t: TFunction, productId: number): Promise<void> {
  try {
    addDraft(await call('counter.product', { productId }));
  } catch (e) {
    refuse(t, errorText(t, e));
  }
}
