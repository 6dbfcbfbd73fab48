import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { InboxApp } from './inbox-app';
import { initI18n } from './i18n';
import './inbox.css';

void initI18n().then(() => {
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <InboxApp />
      </StrictMode>,
    );
  }
});
