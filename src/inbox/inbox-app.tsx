import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Me, api, onSessionEnded } from './api';
import { SignInForm } from './features/auth/sign-in-form';
import { AuditPage } from './features/audit/audit-page';
import { CommentsPage } from './features/comments/comments-page';
import { ExportPage } from './features/export/export-page';
import { MessagesPage } from './features/messages/messages-page';
import { QuotesPage } from './features/quotes/quotes-page';
import { StaffPage } from './features/staff/staff-page';
import { WordListsPage } from './features/word-lists/word-lists-page';
import { YouSaidWeDidPage } from './features/you-said-we-did/you-said-we-did-page';
import { InboxNav } from './features/nav/inbox-nav';
import { RatingsPage } from './features/ratings/ratings-page';
import { AdvocateRequestsPage } from './features/requests/advocate-requests-page';
import { TalkRequestsPage } from './features/requests/talk-requests-page';
import { type SectionId, sectionsFor, useSection } from './sections';

function SectionPage({ section, me }: { section: SectionId; me: Me }) {
  switch (section) {
    case 'ratings':
      return <RatingsPage />;
    case 'advocate-requests':
      return <AdvocateRequestsPage canUpdate={me.permissions.includes('advocate-requests:update')} />;
    case 'messages':
      return <MessagesPage />;
    case 'talk-requests':
      return <TalkRequestsPage canUpdate={me.permissions.includes('talk-requests:update')} />;
    case 'comments':
      return <CommentsPage me={me} />;
    case 'export':
      return <ExportPage me={me} />;
    case 'quotes':
      return <QuotesPage me={me} />;
    case 'you-said-we-did':
      return <YouSaidWeDidPage me={me} />;
    case 'word-lists':
      return <WordListsPage me={me} />;
    case 'staff':
      return <StaffPage me={me} />;
    case 'audit':
      return <AuditPage me={me} />;
  }
}

function SignedIn({ me, onSignOut, failedTries }: { me: Me; onSignOut: () => void; failedTries: number }) {
  const { t } = useTranslation();
  const sections = sectionsFor(me);
  const section = useSection(sections);
  const main = useRef<HTMLElement>(null);
  const shown = useRef(section);

  useEffect(() => {
    document.title = section ? t('pageTitle', { section: t(`nav.${section}`) }) : t('title');
    // After moving to another section, put focus on its heading so screen readers announce it.
    if (shown.current !== section) {
      shown.current = section;
      main.current?.querySelector<HTMLElement>('h1')?.focus();
    }
  }, [section, t]);

  return (
    <>
      <header className="inbox-header">
        <p>{t('signedInAs', { email: me.email, role: t(`roles.${me.role}`) })}</p>
        <InboxNav sections={sections} current={section} />
        <button type="button" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </header>
      <main ref={main}>
        {failedTries > 0 ? (
          <p role="status" className="notice">
            {t('signIn.failedSince', { count: failedTries })}
          </p>
        ) : null}
        {section ? (
          <SectionPage key={section} section={section} me={me} />
        ) : (
          <>
            <h1 tabIndex={-1}>{t('title')}</h1>
            <p>{t('nothingToSee')}</p>
          </>
        )}
      </main>
    </>
  );
}

export function InboxApp() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [failedTries, setFailedTries] = useState(0);
  useEffect(() => {
    api.me().then(setMe, () => setMe(null));
  }, []);
  const [ended, setEnded] = useState(false);
  const signedIn = useRef(false);
  signedIn.current = Boolean(me);
  // The session ended: back to sign-in, and every loaded list (contact details too) leaves the screen
  // with the signed-in part of the page, which unmounts. (A first visit's 401 from /me is not "ended".)
  useEffect(
    () =>
      onSessionEnded(() => {
        if (!signedIn.current) return;
        setEnded(true);
        setMe(null);
      }),
    [],
  );
  const signOut = () => void api.signOut().finally(() => setMe(null));

  if (me === undefined) return null;
  if (me === null) {
    return (
      <SignInForm
        ended={ended}
        onSignedIn={({ failedTries: failed, ...member }) => {
          setFailedTries(failed);
          setEnded(false);
          setMe(member);
        }}
      />
    );
  }
  return <SignedIn me={me} onSignOut={signOut} failedTries={failedTries} />;
}
