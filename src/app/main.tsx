import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startSyncWhenWaiting } from './features/outbox/outbox-loader';
import { applySettings, getSettings } from './features/profile/profile';
import { registerServiceWorker } from './features/update/service-worker';
import { initI18n } from './i18n';
import './styles.css';
import './forms-and-cards.css';
import './safety-bar.css';

async function boot(): Promise<void> {
  applySettings();
  await initI18n(getSettings().language);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Nothing here may hold up the first screen: both only start work, and load their code when needed.
  startSyncWhenWaiting();
  registerServiceWorker();
}

void boot();
