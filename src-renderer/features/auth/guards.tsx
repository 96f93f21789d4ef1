/** Route guards: where the app starts, and who may see a screen. */
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { call } from '../../lib/api';
import { can, useSessionStore } from './store';

let loading: Promise<void> | null = null;

/**
 * Loads where the app stands (once, however many guards ask). If the core cannot answer with the
 * session token this browser still holds — the database was found damaged since it was issued —
 * the token is dropped (sign-out clears the cookie) and the core asked once more, so a stale
 * session never locks anyone out of the recovery screen.
 */
export function loadAppState(): Promise<void> {
  loading ??= useSessionStore.getState().load()
    .catch(async () => {
      await call('auth.signOut').catch(() => undefined);
      useSessionStore.setState({ session: null, sessionEnded: false });
      await useSessionStore.getState().load();
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

function useLoaded() {
  const loaded = useSessionStore((s) => s.loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!loaded && !failed) loadAppState().catch(() => setFailed(true));
  }, [loaded, failed]);
  return { loaded, failed, retry: () => setFailed(false) };
}

const Loading = () => (
  <Center h="100vh">
    <Loader />
  </Center>
);

function Unreachable({ retry }: { retry(): void }) {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Stack align="center">
        <Alert color="red" role="alert">{t('errors.NETWORK')}</Alert>
        <Button variant="default" onClick={retry}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}

/** The landing route: recovery on a damaged database, setup on a new one, sign-in, or the person's home screen. */
export function Gate() {
  const { loaded, failed, retry } = useLoaded();
  const { status, session } = useSessionStore();
  if (failed) return <Unreachable retry={retry} />;
  if (!loaded || !status) return <Loading />;
  if (status.readOnly) return <Navigate to="/recovery" replace />;
  if (status.state === 'new') return <Navigate to="/setup" replace />;
  if (!session) return <Navigate to="/login" replace />;
  return <Navigate to={homeOf(session.permissions as string[])} replace />;
}

/** Counter staff start at the counter; whoever runs the business (or never sells) in the back office. */
export function homeOf(permissions: string[]): string {
  if (permissions.includes('counter.sell') && !permissions.includes('settings.manage')) return '/counter';
  return permissions.includes('backoffice.access') ? '/back/settings' : '/counter';
}

/** Setup and sign-in make no sense on a damaged database: its way out is the recovery screen. */
export function NotDamaged({ children }: { children: ReactNode }) {
  const { loaded, failed, retry } = useLoaded();
  const readOnly = useSessionStore((s) => s.status?.readOnly);
  if (failed) return <Unreachable retry={retry} />;
  if (!loaded) return <Loading />;
  if (readOnly) return <Navigate to="/recovery" replace />;
  return <>{children}</>;
}

export function RequireSession({ permission, children }: { permission: string; children: ReactNode }) {
  const { loaded, failed, retry } = useLoaded();
  const session = useSessionStore((s) => s.session);
  const readOnly = useSessionStore((s) => s.status?.readOnly);
  if (failed) return <Unreachable retry={retry} />;
  if (!loaded) return <Loading />;
  if (readOnly) return <Navigate to="/recovery" replace />;
  if (!session) return <Navigate to="/login" replace />;
  if (!can(session, permission)) return <Navigate to={homeOf(session.permissions as string[])} replace />;
  return <>{children}</>;
}
