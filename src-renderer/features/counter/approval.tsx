/**
 * A manager's approval: `askApproval(action)` opens a PIN prompt over whatever is on screen and
 * resolves with the approval id (or null when cancelled). Whoever holds the permission
 * themselves is not asked.
 */
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { ApprovalAction } from '../../../src-shared/contract/sell';
import { ApiError, call } from '../../lib/api';
import { errorText } from '../../lib/errors';

interface ApprovalState {
  pending: { action: ApprovalAction; resolve: (id: number | null) => void } | null;
}

const useApprovalStore = create<ApprovalState>(() => ({ pending: null }));

export function askApproval(action: ApprovalAction): Promise<number | null> {
  useApprovalStore.getState().pending?.resolve(null);
  return new Promise((resolve) => useApprovalStore.setState({ pending: { action, resolve } }));
}

/** Runs a command; when the core answers that a manager has to approve it, asks and runs it again. */
export async function withApproval<T>(run: (approvalId?: number) => Promise<T>, approvalId?: number): Promise<T | null> {
  try {
    return await run(approvalId);
  } catch (e) {
    const details = e instanceof ApiError ? e.body.details : undefined;
    if (!(e instanceof ApiError) || e.code !== 'FORBIDDEN' || details?.reason !== 'approvalRequired') throw e;
    const id = await askApproval((details.action as ApprovalAction | undefined) ?? 'refund');
    return id ? run(id) : null;
  }
}

export function ApprovalDialog() {
  const { t } = useTranslation();
  const pending = useApprovalStore((s) => s.pending);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function finish(id: number | null) {
    pending?.resolve(id);
    useApprovalStore.setState({ pending: null });
    setPin('');
    setError(null);
  }

  async function submit() {
    if (!pending || !/^\d{4,8}$/.test(pin)) return;
    setBusy(true);
    try {
      const approval = await call('counter.approve', { pin, action: pending.action });
      finish(approval.approvalId);
    } catch (e) {
      setError(errorText(t, e));
      setPin('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={!!pending} onClose={() => finish(null)} title={t('sell.approval.title')} centered zIndex={400}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Stack>
          <Text>{pending ? t(`sell.approval.why.${pending.action}`) : ''}</Text>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <PasswordInput label={t('sell.approval.pin')} value={pin} onChange={(e) => setPin(e.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
            inputMode="numeric" autoComplete="off" data-autofocus size="lg" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => finish(null)}>{t('common.cancel')}</Button>
            <Button type="submit" loading={busy} disabled={pin.length < 4}>{t('sell.approval.approve')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
