import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from './app-link';
import { ExitPageButton } from './features/safety/exit-page-button';
import { HelpNowLink } from './features/safety/help-now-link';
import { UpdateBanner } from './features/update/update-banner';
import { useScreenFocus } from './use-screen-focus';
import { useStickyHeaderSize } from './use-sticky-header-size';

/** Every screen: skip link, Help now, Exit this page, and a way home. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const header = useRef<HTMLElement>(null);
  const main = useRef<HTMLElement>(null);
  useStickyHeaderSize(header);
  useScreenFocus(main);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="safety-bar" ref={header}>
        <nav aria-label={t('nav.label')} className="top-nav">
          {pathname !== '/' ? <AppLink to="/">{t('nav.home')}</AppLink> : null}
          <HelpNowLink />
        </nav>
        <ExitPageButton />
      </header>
      <UpdateBanner />
      <main id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </>
  );
}
