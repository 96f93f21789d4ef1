/**
 * The goods-receipt scanner field: it holds the focus, a barcode or SKU + Enter counts one unit
 * (or a scale label's weight) of that product; what was added or why not shows right under it.
 */
import { TextInput } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors';
import { useSessionStore } from '../auth/store';
import { warningBeep } from '../counter/beep';
import { findByCode, UnknownCode, type ScannedProduct } from './lookup';

export function ScanField({ onScan, lastScan }: { onScan: (product: ScannedProduct) => void; lastScan: string | null }) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function scan() {
    const typed = code.trim();
    if (!typed) return;
    setCode('');
    try {
      onScan(await findByCode(typed, session));
      setError(null);
    } catch (e) {
      warningBeep();
      setError(e instanceof UnknownCode ? t('purchasing.scan.unknown', { code: e.code }) : errorText(t, e));
    }
  }

  return (
    <TextInput size="lg" label={t('purchasing.scan.label')} placeholder={t('purchasing.scan.placeholder')} leftSection={<IconBarcode size={22} />}
      value={code} onChange={(e) => setCode(e.currentTarget.value)} autoFocus data-autofocus autoComplete="off" maxLength={40} w={460} maw="100%"
      onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void scan(); } }}
      error={error} description={error ? undefined : lastScan ?? t('purchasing.scan.hint')} inputWrapperOrder={['label', 'input', 'description', 'error']} />
  );
}
