import '../src-shared/zod-setup';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { setTransport } from './lib/api';
import { defaultTransport } from './lib/transports';
import { App } from './App';

setTransport(defaultTransport());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
