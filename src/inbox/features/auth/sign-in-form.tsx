import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInResult } from '../../../shared/inbox/staff-wire';
import { ApiError, api } from '../../api';

export function SignInForm({ onSignedIn, ended = false }: { onSignedIn: (result: SignInResult) => void; ended?: boolean }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await api.signIn(String(form.get('email') ?? ''), String(form.get('password') ?? '')));
    } catch (caught) {
      // A 429 carries the server's own plain words (per account, or per address).
      setError(caught instanceof ApiError && caught.status === 429 ? caught.message || t('signIn.tooMany') : t('signIn.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <h1>{t('title')}</h1>
      <form onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">{t('signIn.title')}</h2>
        {ended && !error ? <p role="status">{t('signIn.ended')}</p> : null}
        {error ? <p role="alert">{error}</p> : null}
        <p>
          <label htmlFor="email">{t('signIn.email')}</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </p>
        <p>
          <label htmlFor="password">{t('signIn.password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </p>
        <button type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
