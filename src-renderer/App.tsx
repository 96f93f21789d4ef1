/** The app: theme, notifications and the routes of ARCHITECTURE.md §5. */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { Gate, NotDamaged, RequireSession } from './features/auth/guards';
import { SignInPage } from './features/auth/SignInPage';
import { BackOfficePage } from './features/backoffice/BackOfficePage';
import { RecoveryPage } from './features/backup/RecoveryPage';
import { CounterPage } from './features/counter/CounterPage';
import { SetupPage } from './features/setup/SetupPage';
import { theme } from './theme';

export function App({ testEnv = false }: { testEnv?: boolean }) {
  return (
    <MantineProvider theme={theme} env={testEnv ? 'test' : 'default'}>
      <Notifications position="top-right" />
      <HashRouter>
        <Routes>
          <Route path="/" element={<Gate />} />
          <Route path="/recovery" element={<RecoveryPage />} />
          <Route path="/setup" element={<NotDamaged><SetupPage /></NotDamaged>} />
          <Route path="/login" element={<NotDamaged><SignInPage /></NotDamaged>} />
          <Route path="/counter" element={<RequireSession permission="counter.sell"><CounterPage /></RequireSession>} />
          <Route path="/back" element={<Navigate to="/back/settings" replace />} />
          <Route path="/back/:tab" element={<RequireSession permission="backoffice.access"><BackOfficePage /></RequireSession>} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </HashRouter>
    </MantineProvider>
  );
}
