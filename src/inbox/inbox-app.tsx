import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Me, api } from './api';
import { SignInForm } from './features/auth/sign-in-form';
import { RatingsPage } from './features/ratings/ratings-page';

export function InboxApp() {
  const { t } = useTranslation();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    api.me().then(setMe, () => setMe(null));
  }, []);
  const signOut = () => void api.signOut().finally(() => setMe(null));

  if (me === undefined) return null;
  if (me === null) return <SignInForm onSignedIn={setMe} />;
  return (
    <>
      <header className="inbox-header">
        <p>{t('signedInAs', { email: me.email, role: me.role })}</p>
        <button type="button" onClick={signOut}>
          {t('signOut')}
        </button>
      </header>
      <main>
        <RatingsPage />
      </main>
    </>
  );
}
