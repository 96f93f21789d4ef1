/** The back-office sign-in: a user name and a password typed twice (at least 10 characters). */
import { PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { CommandDialog } from './CommandDialog';

export interface LoginValues { username: string; password: string; repeat: string }
export const EMPTY_LOGIN: LoginValues = { username: '', password: '', repeat: '' };

export const loginIsEmpty = (v: LoginValues) => v.username.trim() === '' && v.password === '' && v.repeat === '';

/** Message keys of what is wrong, by field; empty when the sign-in may be sent. */
export function loginProblems(v: LoginValues): Partial<Record<keyof LoginValues, string>> {
  const problems: Partial<Record<keyof LoginValues, string>> = {};
  if (!/^[a-z0-9._-]{2,40}$/.test(v.username.trim().toLowerCase())) problems.username = 'staff.login.invalidUsername';
  if (v.password.length < 10) problems.password = 'staff.login.tooShort';
  else if (v.password !== v.repeat) problems.repeat = 'staff.login.mismatch';
  return problems;
}

export function LoginFields({ values, onChange }: { values: LoginValues; onChange: (v: LoginValues) => void }) {
  const { t } = useTranslation();
  const problems = loginProblems(values);
  const set = (key: keyof LoginValues, value: string) => onChange({ ...values, [key]: value });
  return (
    <Stack>
      <TextInput label={t('staff.login.username')} description={t('staff.login.usernameHint')} value={values.username} maxLength={40} autoComplete="off"
        error={values.username !== '' && problems.username ? t(problems.username) : undefined} onChange={(e) => set('username', e.currentTarget.value)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PasswordInput label={t('staff.login.password')} placeholder={t('staff.login.passwordHint')} value={values.password} maxLength={200} autoComplete="new-password"
          onChange={(e) => set('password', e.currentTarget.value)} />
        <PasswordInput label={t('staff.login.repeat')} value={values.repeat} maxLength={200} autoComplete="new-password"
          error={values.repeat !== '' && (problems.repeat ?? problems.password) ? t((problems.repeat ?? problems.password)!) : undefined}
          onChange={(e) => set('repeat', e.currentTarget.value)} />
      </SimpleGrid>
    </Stack>
  );
}

export function LoginDialog({ staffId, name, username, onClose }: { staffId: number; name: string; username: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<LoginValues>({ ...EMPTY_LOGIN, username: username ?? '' });
  return (
    <CommandDialog title={t('staff.login.title', { name })} confirm={t('common.save')} onClose={onClose}
      disabled={Object.keys(loginProblems(values)).length > 0}
      onConfirm={async () => {
        await call('staff.setPassword', { staffId, login: { username: values.username.trim().toLowerCase(), password: values.password } });
        notifications.show({ color: 'green', message: t('staff.login.saved') });
      }}>
      <LoginFields values={values} onChange={setValues} />
    </CommandDialog>
  );
}
