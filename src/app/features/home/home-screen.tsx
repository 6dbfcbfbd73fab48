import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOutbox } from '../outbox/use-outbox';
import { SendStatus } from '../outbox/send-status';

export function HomeScreen() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <nav aria-label={t('home.title')}>
        <ul className="choices">
          <li>
            <Link className="choice" to="/rate">
              {t('home.rate')}
            </Link>
          </li>
        </ul>
      </nav>
      <SendStatus view={outbox} />
    </>
  );
}
