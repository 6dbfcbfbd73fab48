import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExitPageButton } from './features/safety/exit-page-button';
import { HelpNowLink } from './features/safety/help-now-link';
import { UpdateBanner } from './features/update/update-banner';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="safety-bar">
        <HelpNowLink />
        <ExitPageButton />
      </header>
      <UpdateBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
