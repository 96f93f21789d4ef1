/** Route guards: where the app starts, and who may see a screen. */
import { Center, Loader } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import { can, useSessionStore } from './store';

function useLoaded() {
  const { loaded, load } = useSessionStore();
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  return loaded;
}

const Loading = () => (
  <Center h="100vh">
    <Loader />
  </Center>
);

/** The landing route: setup on a new database, sign-in, or the person's home screen. */
export function Gate() {
  const loaded = useLoaded();
  const { status, session } = useSessionStore();
  if (!loaded || !status) return <Loading />;
  if (status.state === 'new' && !status.readOnly) return <Navigate to="/setup" replace />;
  if (!session) return <Navigate to="/login" replace />;
  return <Navigate to={homeOf(session.permissions as string[])} replace />;
}

/** Counter staff start at the counter; whoever runs the business (or never sells) in the back office. */
export function homeOf(permissions: string[]): string {
  if (permissions.includes('counter.sell') && !permissions.includes('settings.manage')) return '/counter';
  return permissions.includes('backoffice.access') ? '/back/settings' : '/counter';
}

export function RequireSession({ permission, children }: { permission: string; children: ReactNode }) {
  const loaded = useLoaded();
  const session = useSessionStore((s) => s.session);
  if (!loaded) return <Loading />;
  if (!session) return <Navigate to="/login" replace />;
  if (!can(session, permission)) return <Navigate to={homeOf(session.permissions as string[])} replace />;
  return <>{children}</>;
}
