import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import { DangerBox } from './danger-box';
import { ALWAYS_HEARD, CHILDLINE_CHAT_URL, councilOutOfHours } from './helplines';
import { PhoneLink } from './phone-link';

// Read once: it is fixed when the app is built.
const COUNCIL = councilOutOfHours();

/** Who to call or chat to, each with when they are open and what it costs, so nothing is a surprise. */
export default function HelpScreen() {
  const { t } = useTranslation('safety');
  return (
    <>
      <h1>{t('help.title')}</h1>
      <p>{t('help.intro')}</p>
      <DangerBox />
      <h2>{t('help.talkTitle')}</h2>
      <p>{t('help.childline')}</p>
      <ul className="help-list">
        <li className="card">
          <h3>{t('help.chat.title')}</h3>
          <p>{t('help.chat.body')}</p>
          <p>{t('help.chat.when')}</p>
          <p>
            <a className="big-link" href={CHILDLINE_CHAT_URL} rel="noreferrer">
              {t('help.chat.link')}
            </a>
          </p>
        </li>
        <li className="card">
          <h3>{t('help.advocacyLine.title')}</h3>
          <p>{t('help.advocacyLine.body')}</p>
          <p>{t('help.advocacyLine.when')}</p>
          <p>
            <PhoneLink number={ALWAYS_HEARD} i18nKey="help.advocacyLine.call" ns="safety" />
          </p>
        </li>
        {COUNCIL ? (
          <li className="card">
            <h3>{COUNCIL.name ?? t('help.council.title')}</h3>
            <p>{t('help.council.body')}</p>
            <p>{t('help.council.when')}</p>
            <p>
              <PhoneLink number={COUNCIL} i18nKey="help.council.call" ns="safety" />
            </p>
          </li>
        ) : null}
      </ul>
      <p>{t('help.advocate')}</p>
      <p>
        <AppLink to="/advocate">{t('help.advocateLink')}</AppLink>
      </p>
    </>
  );
}
