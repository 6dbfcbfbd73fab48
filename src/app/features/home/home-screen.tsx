import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOutbox } from '../outbox/use-outbox';
import { useProfile } from '../profile/use-profile';

const FirstUseScreen = lazy(() => import('../profile/first-use-screen'));

const CHOICES = [
  { to: '/promise', key: 'home.promise' },
  { to: '/rate', key: 'home.rate' },
  { to: '/advocate', key: 'home.advocate' },
  { to: '/say', key: 'home.say' },
] as const;

export function HomeScreen() {
  const { t } = useTranslation();
  const profile = useProfile();
  const outbox = useOutbox();
  if (!profile.welcomed) {
    return (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <FirstUseScreen />
      </Suspense>
    );
  }
  const waiting = outbox.waiting.length;
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <nav aria-label={t('home.choices')}>
        <ul className="choices">
          {CHOICES.map((choice) => (
            <li key={choice.to}>
              <Link className="choice" to={choice.to}>
                {t(choice.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <Link to="/sent">{t('home.sent')}</Link>
        {waiting > 0 ? ` (${t('home.notSentYet', { count: waiting })})` : null}
      </p>
      <nav aria-label={t('home.more')}>
        <ul className="more-links">
          <li>
            <Link to="/you-said-we-did">{t('home.youSaidWeDid')}</Link>
          </li>
          <li>
            <Link to="/words">{t('home.words')}</Link>
          </li>
          <li>
            <Link to="/settings">{t('home.settings')}</Link>
          </li>
          <li>
            <Link to="/exit-explained">{t('home.exitExplained')}</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}
