/**
 * Inputs for amounts and quantities that keep what the person is typing ("1,") while the parent
 * holds the value the core gets: cents, or thousandths of a piece or kg.
 */
import { NumberInput, TextInput, type NumberInputProps, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoneyInput, parseMoneyInput } from '../../../src-shared/money-input';

type MoneyFieldProps = Omit<TextInputProps, 'value' | 'onChange'> & { cents: number | null; onCents: (cents: number | null) => void };

export function MoneyField({ cents, onCents, ...props }: MoneyFieldProps) {
  const { i18n } = useTranslation();
  const separator = i18n.language === 'en' ? '.' : ',';
  const [text, setText] = useState(cents === null ? '' : formatMoneyInput(cents, separator));
  useEffect(() => {
    // Taken over from outside (a prefill, a reset): show it unless the typed text already means it.
    setText((current) => (parseMoneyInput(current) === cents ? current : cents === null ? '' : formatMoneyInput(cents, separator)));
  }, [cents, separator]);
  const parsed = text.trim() === '' ? null : parseMoneyInput(text);
  return (
    <TextInput inputMode="decimal" autoComplete="off" {...props} value={text}
      error={props.error ?? (text.trim() !== '' && parsed === null ? ' ' : undefined)}
      onChange={(e) => {
        setText(e.currentTarget.value);
        const next = e.currentTarget.value.trim() === '' ? null : parseMoneyInput(e.currentTarget.value);
        if (next !== null || e.currentTarget.value.trim() === '') onCents(next);
      }} />
  );
}

type QuantityFieldProps = Omit<NumberInputProps, 'value' | 'onChange'> & {
  unit: 'piece' | 'kg';
  thousandths: number | null;
  onThousandths: (thousandths: number | null) => void;
};

/** Pieces whole, kilograms with up to three decimals; sent as thousandths. */
export function QuantityField({ unit, thousandths, onThousandths, ...props }: QuantityFieldProps) {
  const { i18n } = useTranslation();
  const [value, setValue] = useState<number | string>(thousandths === null ? '' : thousandths / 1000);
  useEffect(() => {
    setValue((current) => {
      const shown = typeof current === 'number' ? Math.round(current * 1000) : null;
      return shown === thousandths ? current : thousandths === null ? '' : thousandths / 1000;
    });
  }, [thousandths]);
  return (
    <NumberInput min={0} allowNegative={false} decimalScale={unit === 'kg' ? 3 : 0} decimalSeparator={i18n.language === 'en' ? '.' : ','}
      hideControls {...props} value={value}
      onChange={(next) => {
        setValue(next);
        onThousandths(typeof next === 'number' ? Math.round(next * 1000) : null);
      }} />
  );
}
