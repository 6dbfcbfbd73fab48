import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import { useWaitingCount } from '../outbox/use-waiting-count';
// Not lazy: on a first visit it is the first screen, and one file less to wait for.
import FirstUseScreen from '../profile/first-use-screen';
import { useProfile } from '../profile/use-profile';

const CHOICES = [
  { to: '/promise', key: 'home.promise' },
  { to: '/rate', key: 'home.rate' },
  { to: '/advocate', key: 'home.advocate' },
  { to: '/say', key: 'home.say' },
  // Never anonymous: it goes straight to the "talk to someone" form, with a way to reach the child.
  { to: '/say?talk=1', key: 'home.talk' },
] as const;

export function HomeScreen() {
  const { t } = useTranslation();
  const profile = useProfile();
  const waiting = useWaitingCount();
  if (!profile.welcomed) {
    return (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <FirstUseScreen />
      </Suspense>
    );
  }
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <nav aria-label={t('home.choices')}>
        <ul className="choices">
          {CHOICES.map((choice) => (
            <li key={choice.to}>
              <AppLink className="choice" to={choice.to}>
                {t(choice.key)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <AppLink to="/sent">{t('home.sent')}</AppLink>
        {waiting > 0 ? ` (${t('home.notSentYet', { count: waiting })})` : null}
      </p>
      <nav aria-label={t('home.more')}>
        <ul className="more-links">
          <li>
            <AppLink to="/you-said-we-did">{t('home.youSaidWeDid')}</AppLink>
          </li>
          <li>
            <AppLink to="/words">{t('home.words')}</AppLink>
          </li>
          <li>
            <AppLink to="/settings">{t('home.settings')}</AppLink>
          </li>
          <li>
            <AppLink to="/exit-explained">{t('home.exitExplained')}</AppLink>
          </li>
        </ul>
      </nav>
    </>
  );
}
