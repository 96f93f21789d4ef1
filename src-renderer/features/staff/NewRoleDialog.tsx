/** A new custom role: its name, and optionally the permissions of an existing role to start from. */
import { NativeSelect, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../src-shared/contract/staff';
import type { Permission } from '../../../src-shared/permissions';
import { call } from '../../lib/api';
import { CommandDialog } from './CommandDialog';
import { roleName } from './labels';

export function NewRoleDialog({ roles, held, onClose }: { roles: readonly Role[]; held: readonly Permission[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [copyFrom, setCopyFrom] = useState('');
  return (
    <CommandDialog title={t('staff.roles.newTitle')} confirm={t('staff.roles.create')} onClose={onClose} disabled={name.trim() === ''}
      onConfirm={async () => {
        const source = roles.find((r) => String(r.id) === copyFrom);
        // Only what the signed-in person holds can be granted; the rest of a copied role is left out.
        const permissions = (source?.permissions ?? []).filter((p) => held.includes(p));
        await call('staff.roles.create', { name: name.trim(), permissions });
        notifications.show({ color: 'green', message: t('staff.roles.created', { name: name.trim() }) });
      }}>
      <TextInput label={t('staff.roles.name')} value={name} maxLength={60} required data-autofocus onChange={(e) => setName(e.currentTarget.value)} />
      <NativeSelect label={t('staff.roles.copyFrom')} value={copyFrom} onChange={(e) => setCopyFrom(e.currentTarget.value)}
        data={[{ value: '', label: t('staff.roles.copyNone') }, ...roles.map((r) => ({ value: String(r.id), label: roleName(t, r) }))]} />
    </CommandDialog>
  );
}
