/**
 * Setting a counter PIN: typed twice, masked, 4 to 8 digits. Once saved it is never shown again
 * (the core keeps only a hash), so the fields start empty every time.
 */
import { PasswordInput, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { call } from '../../lib/api';
import { CommandDialog } from './CommandDialog';

export interface PinValues { pin: string; repeat: string }
export const EMPTY_PIN: PinValues = { pin: '', repeat: '' };

/** The message key of what is wrong, or null when the PIN may be sent (an empty pair is "no PIN"). */
export function pinProblem(v: PinValues): string | null {
  if (v.pin === '' && v.repeat === '') return null;
  if (!/^\d{4,8}$/.test(v.pin)) return 'staff.pin.invalid';
  return v.pin === v.repeat ? null : 'staff.pin.mismatch';
}

export function PinFields({ values, onChange }: { values: PinValues; onChange: (v: PinValues) => void }) {
  const { t } = useTranslation();
  const problem = pinProblem(values);
  // Say what is wrong only once both fields were touched, not while the first one is typed.
  const show = values.repeat.length > 0 && problem !== null;
  const field = (key: keyof PinValues, label: string) => (
    <PasswordInput label={label} value={values[key]} inputMode="numeric" maxLength={8} autoComplete="new-password"
      error={key === 'repeat' && show ? t(problem) : undefined}
      onChange={(e) => onChange({ ...values, [key]: e.currentTarget.value.replace(/\D/g, '') })} />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {field('pin', t('staff.pin.new'))}
      {field('repeat', t('staff.pin.repeat'))}
    </SimpleGrid>
  );
}

export function PinDialog({ staffId, name, onClose }: { staffId: number; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY_PIN);
  return (
    <CommandDialog title={t('staff.pin.title', { name })} confirm={t('common.save')} onClose={onClose}
      disabled={values.pin === '' || pinProblem(values) !== null}
      onConfirm={async () => {
        await call('staff.setPin', { staffId, pin: values.pin });
        notifications.show({ color: 'green', message: t('staff.pin.saved') });
      }}>
      <Text size="sm">{t('staff.pin.hint')}</Text>
      <PinFields values={values} onChange={setValues} />
    </CommandDialog>
  );
}
