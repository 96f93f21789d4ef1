/** Picks an account by typing its number or a part of its name ("1000", "kasse"). */
import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/ledger';
import { accountLabel, useBooksStore } from './store';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number | null;
  onChange(id: number | null): void;
  /** Only these accounts (e.g. expense accounts); all active ones when left out. */
  filter?: (account: Account) => boolean;
};

export function AccountSelect({ value, onChange, filter, ...rest }: Props) {
  const { t } = useTranslation();
  const accounts = useBooksStore((s) => s.accounts);
  const data = useMemo(
    () => accounts
      .filter((a) => (a.retiredAt === null || a.id === value) && (!filter || filter(a)))
      .map((a) => ({ value: String(a.id), label: accountLabel(a) })),
    [accounts, filter, value],
  );
  return (
    <Select
      searchable clearable data={data} value={value === null ? null : String(value)} limit={60}
      onChange={(v) => onChange(v ? Number(v) : null)} nothingFoundMessage={t('books.noAccountFound')}
      comboboxProps={{ withinPortal: true }} {...rest}
    />
  );
}
